#!/usr/bin/env bash
# Makes docs/world-map.png and docs/country-page.png for the README: imports the sample
# answers and the Commons written questions of December 2023 and December 2024 into a fresh
# workspace with the built product's headless `index` command, starts the product under Xvfb
# in the Analysis perspective, shows the World Map (Alt+Shift+Q, M) maximised with Nigeria
# chosen by typing its name, saves the window, then opens Nigeria's country page (Enter) and
# saves the window again. Needs a built product and xdotool (installed here on Debian as root).
# Usage: tests/readme-countries-screenshot.sh [COUNTRY]   (default Nigeria)
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
country=${1:-Nigeria}
corpus=${DOSSIER_CORPUS:-$repo/../shared/corpus}
# shellcheck source=tests/lib/screenshot.sh
. "$repo/tests/lib/screenshot.sh"
dossier_shot_prepare

"$product" index --workspace "$tmp/workspace" "$corpus/samples" \
    "$corpus/written-questions/commons-2023-12.json.gz" "$corpus/written-questions/commons-2024-12.json.gz" \
    >"$tmp/index.log" 2>&1 || { cat "$tmp/index.log" >&2; exit 1; }

dossier_shot_launch -data "$tmp/workspace" -perspective dossier.ui.perspectives.analysis
xdotool windowsize "$window" 1600 1000 windowmove "$window" 0 0
sleep 8 # the entity catalog is gathered in the background
xdotool windowfocus --sync "$window" 2>/dev/null || true

# The World Map, maximised (Ctrl+M), with the country chosen by typing its name.
xdotool key alt+shift+q
sleep 0.3
xdotool key m
sleep 3
xdotool key ctrl+m
sleep 1
xdotool type --delay 60 "$country"
dossier_shot_save "$repo/docs/world-map.png"

# Enter opens the chosen country's page; maximised too.
xdotool key ctrl+m
sleep 1
xdotool key Return
sleep 4
xdotool key ctrl+m
dossier_shot_save "$repo/docs/country-page.png"
