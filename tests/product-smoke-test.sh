#!/usr/bin/env bash
# Smoke test of the materialized Linux product: starts it with a fresh workspace under
# the current DISPLAY (or a private Xvfb), waits for the "Dossier" window, takes a
# screenshot, checks the logs for exceptions and closes it again.
# Output: releng/dossier.product/target/smoke/{dossier.log,dossier.png,workspace.log}
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)

product_dir=$repo/releng/dossier.product/target/products/dossier/linux/gtk/x86_64
smoke_dir=$repo/releng/dossier.product/target/smoke
log=$smoke_dir/dossier.log
png=$smoke_dir/dossier.png
ws_log_copy=$smoke_dir/workspace.log
timeout_s=60
settle_s=5

if [ ! -x "$product_dir/dossier" ]; then
    echo "FAIL: no product at $product_dir (expected its launch script 'dossier'); build it first with ./mvnw verify" >&2
    exit 1
fi
for tool in xwininfo xwd /usr/bin/convert; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing (Debian/Ubuntu: apt-get install x11-utils x11-apps imagemagick)" >&2
        exit 1
    fi
done

# shellcheck source=tests/lib/xvfb.sh
. "$repo/tests/lib/xvfb.sh"

tmp=''
app_pid=''

# the process $1 and all its descendants
process_tree() {
    local pids=$1 frontier=$1 next p
    while [ -n "$frontier" ]; do
        next=''
        for p in $frontier; do
            for c in $(ps -o pid= --ppid "$p" 2>/dev/null || true); do
                next="$next $c"
            done
        done
        pids="$pids$next"
        frontier=${next# }
    done
    printf '%s\n' "$pids"
}

stop_product() {
    local pids p i=0 alive
    [ -n "$app_pid" ] || return 0
    pids=$(process_tree "$app_pid")
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
    while [ "$i" -lt 50 ]; do
        alive=''
        for p in $pids; do
            if kill -0 "$p" 2>/dev/null; then alive="$alive $p"; fi
        done
        [ -n "$alive" ] || break
        sleep 0.1
        i=$((i + 1))
    done
    if [ -n "${alive:-}" ]; then
        echo "Dossier did not stop within 5 s of SIGTERM: killing it."
        # shellcheck disable=SC2086
        kill -KILL $alive 2>/dev/null || true
    fi
    wait "$app_pid" 2>/dev/null || true
    app_pid=''
}

cleanup() {
    stop_product
    if [ -n "$tmp" ]; then rm -rf "$tmp"; fi
    dossier_xvfb_stop
}
trap cleanup EXIT

if [ -n "${DISPLAY:-}" ]; then
    echo "Using DISPLAY=$DISPLAY"
else
    dossier_xvfb_start
fi

mkdir -p "$smoke_dir"
rm -f "$log" "$png" "$ws_log_copy"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dossier-smoke.XXXXXX")
workspace=$tmp/workspace

# ids of the windows named exactly "Dossier" (from xwininfo -root -tree)
dossier_windows() {
    local tree
    tree=$(xwininfo -root -tree 2>/dev/null || true)
    # SWT on GTK pads every shell title with a trailing space, and names small helper
    # shells "Dossier" too: only a real window (over 300x300) counts
    awk '$1 ~ /^0x[0-9a-fA-F]+$/ && ($2 == "\"Dossier\":" || ($2 == "\"Dossier" && $3 == "\":")) {
        for (i = 3; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+[+-]/) { split($i, g, /[x+-]/); if (g[1] > 300 && g[2] > 300) print $1; break }
    }' <<<"$tree"
}
before=" $(dossier_windows | tr '\n' ' ') "

now_ms() { date +%s%3N; }

echo "Starting $product_dir/dossier -data $workspace -consoleLog"
start=$(now_ms)
"$product_dir/dossier" -data "$workspace" -consoleLog >"$log" 2>&1 &
app_pid=$!

found=''
while :; do
    for w in $(dossier_windows); do
        case $before in
            *" $w "*) ;;
            *) found=$w ;;
        esac
    done
    [ -z "$found" ] || break
    elapsed=$(($(now_ms) - start))
    if ! kill -0 "$app_pid" 2>/dev/null; then
        wait "$app_pid" && code=0 || code=$?
        app_pid=''
        echo "FAIL: Dossier exited (status $code) before its window appeared. Last lines of $log:" >&2
        tail -n 40 "$log" >&2 || true
        exit 1
    fi
    if [ "$elapsed" -ge $((timeout_s * 1000)) ]; then
        echo "FAIL: no window named \"Dossier\" after $timeout_s s. Last lines of $log:" >&2
        tail -n 40 "$log" >&2 || true
        exit 1
    fi
    sleep 0.1
done
elapsed=$(($(now_ms) - start))
printf 'Dossier window appeared after %d.%02d s\n' $((elapsed / 1000)) $((elapsed % 1000 / 10))

# Let the first-start sample indexing job run and the UI paint.
sleep "$settle_s"
if ! kill -0 "$app_pid" 2>/dev/null; then
    app_pid=''
    echo "FAIL: Dossier exited within $settle_s s of opening its window. Last lines of $log:" >&2
    tail -n 40 "$log" >&2 || true
    exit 1
fi

xwd -root -silent | /usr/bin/convert xwd:- "$png"
echo "Screenshot: $png"
if [ -f "$workspace/.metadata/.log" ]; then
    cp "$workspace/.metadata/.log" "$ws_log_copy"
    echo "Workspace log: $ws_log_copy"
fi

# Java exceptions and Eclipse error entries, ignoring known noise (dbus, GLib/GTK, SLF4J).
noise='dbus|dbus-launch|GLib|Gtk-|Gdk-|GdkPixbuf|Pango-|dconf|at-spi|accessibility bus|SLF4J'
problems='^(Exception|Error:)|^[[:space:]]*([[:alnum:]_$]+\.)+[[:alnum:]_$]*(Exception|Error)([:[:space:]]|$)|^Caused by:|^!ENTRY [^ ]+ 4 |^!ENTRY .*ERROR|^!STACK'
failed=false
for f in "$log" "$ws_log_copy"; do
    [ -f "$f" ] || continue
    hits=$(awk -v noise="$noise" -v problems="$problems" \
        '$0 ~ problems && $0 !~ noise { print FNR ": " $0 }' "$f")
    if [ -n "$hits" ]; then
        failed=true
        echo "FAIL: errors in $f:" >&2
        printf '%s\n' "$hits" | head -n 60 >&2
    fi
done

stop_product
echo "Dossier closed."

for archive in "$repo"/releng/dossier.product/target/products/*.zip "$repo"/releng/dossier.product/target/products/*.tar.gz; do
    [ -f "$archive" ] && du -h "$archive"
done

if [ "$failed" = true ]; then
    exit 1
fi
echo "Product smoke test passed."
