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
corpus=$repo/../shared/corpus
product_dir=$repo/releng/dossier.product/target/products/dossier/linux/gtk/x86_64
out=$repo/docs/analysis.png

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
    "$corpus/written-questions/commons-2023-12.json.gz" >"$tmp/index.log" 2>&1 \
    || { cat "$tmp/index.log" >&2; exit 1; }

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

# The Agencies view's filter has the focus: find SOCA and open its page.
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool type --delay 40 "Serious Organised"
sleep 1
xdotool key Down Return
sleep 3
xdotool mousemove 1590 990 # no hover tooltip in the picture

geometry=$(xwininfo -id "$window" | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF} /Width/{w=$NF} /Height/{h=$NF} END{print w "x" h "+" x "+" y}')
mkdir -p "$(dirname "$out")"
xwd -root -silent | /usr/bin/convert xwd:- -crop "$geometry" +repage "$out"
echo "Saved $out ($geometry)"
