#!/usr/bin/env bash
# Makes docs/screenshot.png for the README: starts the built Linux product on a fresh
# workspace under Xvfb, searches the sample collection for "Pentameter", opens the first
# hit, and saves the window. Needs a built product (./dossier or ./mvnw verify) and
# xdotool (installed here on Debian as root).
# Usage: tests/readme-screenshot.sh [QUERY]
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
query=${1:-Pentameter}
# shellcheck source=tests/lib/screenshot.sh
. "$repo/tests/lib/screenshot.sh"
dossier_shot_prepare
dossier_shot_launch -data "$tmp/workspace"
sleep 4 # the first start imports the sample collection

# The Search view has the focus on start: type the query, then open the first hit.
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool type --delay 40 "$query"
xdotool key Return
sleep 2
xdotool key Down Return
sleep 3
dossier_shot_save "$repo/docs/screenshot.png"
