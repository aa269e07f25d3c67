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
product_dir=$repo/releng/dossier.product/target/products/dossier/linux/gtk/x86_64
map_out=$repo/docs/world-map.png
page_out=$repo/docs/country-page.png

[ -x "$product_dir/dossier" ] || { echo "No product at $product_dir: build it first (./mvnw -B -DskipTests verify)." >&2; exit 1; }
if ! command -v xdotool >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xdotool
    else
        echo "xdotool is needed: sudo apt-get install xdotool" >&2
        exit 1
    fi
fi

# shellcheck source=tests/lib/xvfb.sh
. "$repo/tests/lib/xvfb.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dossier-shot.XXXXXX")
app_pid=''
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
    dossier_xvfb_stop
}
trap cleanup EXIT

"$product_dir/dossier" index --workspace "$tmp/workspace" "$corpus/samples" \
    "$corpus/written-questions/commons-2023-12.json.gz" "$corpus/written-questions/commons-2024-12.json.gz" \
    >"$tmp/index.log" 2>&1 || { cat "$tmp/index.log" >&2; exit 1; }

unset DISPLAY
dossier_xvfb_start
"$product_dir/dossier" -data "$tmp/workspace" -perspective dossier.ui.perspectives.analysis >"$tmp/dossier.log" 2>&1 &
app_pid=$!
# the largest window named "Dossier" (SWT on GTK pads titles with a space and also names small helper windows so)
largest_dossier_window() {
    local id w best='' best_w=0
    for id in $(xdotool search --name '^Dossier ?$' 2>/dev/null || true); do
        w=$(xwininfo -id "$id" 2>/dev/null | awk '/Width:/{print $NF}')
        if [ -n "$w" ] && [ "$w" -gt "$best_w" ]; then best=$id; best_w=$w; fi
    done
    [ "$best_w" -gt 200 ] && printf '%s\n' "$best"
    return 0
}
window=''
for _ in $(seq 1 600); do
    window=$(largest_dossier_window)
    [ -z "$window" ] || break
    sleep 0.1
done
[ -n "$window" ] || { echo "No Dossier window after 60 s; log:" >&2; tail -n 40 "$tmp/dossier.log" >&2; exit 1; }
xdotool windowsize "$window" 1600 1000 windowmove "$window" 0 0
sleep 8 # the entity catalog is gathered in the background
xdotool windowfocus --sync "$window" 2>/dev/null || true

save() {
    local geometry
    xdotool mousemove 1590 990 # no hover tooltip in the picture
    sleep 1
    geometry=$(xwininfo -id "$window" | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF} /Width/{w=$NF} /Height/{h=$NF} END{print w "x" h "+" x "+" y}')
    mkdir -p "$(dirname "$1")"
    xwd -root -silent | /usr/bin/convert xwd:- -crop "$geometry" +repage "$1"
    echo "Saved $1 ($geometry)"
}

# The World Map, maximised (Ctrl+M), with the country chosen by typing its name.
xdotool key alt+shift+q
sleep 0.3
xdotool key m
sleep 3
xdotool key ctrl+m
sleep 1
xdotool type --delay 60 "$country"
save "$map_out"

# Enter opens the chosen country's page; maximised too.
xdotool key ctrl+m
sleep 1
xdotool key Return
sleep 4
xdotool key ctrl+m
save "$page_out"
