#!/usr/bin/env bash
# Makes docs/analysis.png for the README: imports the sample answers and a month of written
# questions into a fresh workspace with the built product's headless `index` command, starts
# the product under Xvfb in the Analysis perspective, opens the Serious Organised Crime
# Agency's entity page from the Agencies view, and saves the window. Needs a built product
# and xdotool (installed here on Debian as root).
# Usage: tests/readme-analysis-screenshot.sh
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
corpus=${DOSSIER_CORPUS:-$repo/../shared/corpus}
# shellcheck source=tests/lib/screenshot.sh
. "$repo/tests/lib/screenshot.sh"
dossier_shot_prepare

"$product" index --workspace "$tmp/workspace" "$corpus/samples" \
    "$corpus/written-questions/commons-2023-12.json.gz" >"$tmp/index.log" 2>&1 \
    || { cat "$tmp/index.log" >&2; exit 1; }
dossier_shot_launch -data "$tmp/workspace" -perspective dossier.ui.perspectives.analysis
xdotool windowsize "$window" 1600 1000 windowmove "$window" 0 0
sleep 8 # the entity catalog is gathered in the background

# The Agencies view's filter has the focus: find SOCA and open its page.
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool type --delay 40 "Serious Organised"
sleep 1
xdotool key Down Return
sleep 3
dossier_shot_save "$repo/docs/analysis.png"
