# shellcheck shell=bash
# Dossier's README screenshots: the shared steps of tests/readme-*screenshot.sh. Source this
# file from bash after setting $repo (the source tree), then
#   dossier_shot_prepare       checks the built product, installs xdotool (Debian, as root),
#                              makes $tmp and sets an EXIT trap that stops everything
#   dossier_shot_launch ARGS   starts the product under a private Xvfb with ARGS, waits for
#                              its main window and sets $window to it
#   dossier_shot_save FILE     saves the main window, without a hover tooltip, to FILE
# $product is the materialized Linux product's launch script.

product=$repo/releng/dossier.product/target/products/dossier/linux/gtk/x86_64/dossier
tmp=''
app_pid=''
window=''

dossier_shot_prepare() {
    [ -x "$product" ] || { echo "No product at $product: build it first (./mvnw -B -DskipTests verify)." >&2; exit 1; }
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
    trap dossier_shot_cleanup EXIT
}

dossier_shot_cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
    dossier_xvfb_stop
}

# the largest window named "Dossier" (SWT on GTK pads titles with a space and also names small helper windows so)
dossier_shot_largest_window() {
    local id w best='' best_w=0
    for id in $(xdotool search --name '^Dossier ?$' 2>/dev/null || true); do
        w=$(xwininfo -id "$id" 2>/dev/null | awk '/Width:/{print $NF}')
        if [ -n "$w" ] && [ "$w" -gt "$best_w" ]; then best=$id; best_w=$w; fi
    done
    [ "$best_w" -gt 200 ] && printf '%s\n' "$best"
    return 0
}

dossier_shot_launch() {
    unset DISPLAY
    dossier_xvfb_start
    "$product" "$@" >"$tmp/dossier.log" 2>&1 &
    app_pid=$!
    window=''
    for _ in $(seq 1 600); do
        window=$(dossier_shot_largest_window)
        [ -z "$window" ] || break
        sleep 0.1
    done
    [ -n "$window" ] || { echo "No Dossier window after 60 s; log:" >&2; tail -n 40 "$tmp/dossier.log" >&2; exit 1; }
}

dossier_shot_save() {
    local geometry
    xdotool mousemove 1910 1070 # no hover tooltip in the picture
    sleep 1
    geometry=$(xwininfo -id "$window" | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF} /Width/{w=$NF} /Height/{h=$NF} END{print w "x" h "+" x "+" y}')
    mkdir -p "$(dirname "$1")"
    xwd -root -silent | /usr/bin/convert xwd:- -crop "$geometry" +repage "$1"
    echo "Saved $1 ($geometry)"
}
