# shellcheck shell=bash
# Dossier tests: start and stop a private Xvfb server. Source this file from bash, then
#   dossier_xvfb_start   when DISPLAY is empty: starts Xvfb on a free display (:99 downwards),
#                        exports DISPLAY and sets DOSSIER_XVFB_PID; otherwise does nothing
#   dossier_xvfb_stop    stops the server started by dossier_xvfb_start (if any)
# The caller owns its EXIT trap, e.g.:  trap dossier_xvfb_stop EXIT

DOSSIER_XVFB_PID=''
DOSSIER_XVFB_DISPLAY=''

dossier_xvfb_start() {
    local n pid waited log
    if [ -n "${DISPLAY:-}" ]; then
        return 0
    fi
    if ! command -v Xvfb >/dev/null 2>&1; then
        echo "Xvfb is not installed (Debian/Ubuntu: apt-get install xvfb xauth)." >&2
        return 1
    fi
    n=99
    while [ "$n" -ge 1 ]; do
        if [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; then
            n=$((n - 1))
            continue
        fi
        log=${TMPDIR:-/tmp}/dossier-xvfb-$n.log
        Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >"$log" 2>&1 &
        pid=$!
        # Ready when its socket appears; if it exits instead, another server took the
        # number in the meantime: try the next one.
        waited=0
        while kill -0 "$pid" 2>/dev/null && [ ! -S "/tmp/.X11-unix/X$n" ] && [ "$waited" -lt 100 ]; do
            sleep 0.1
            waited=$((waited + 1))
        done
        if kill -0 "$pid" 2>/dev/null && [ -S "/tmp/.X11-unix/X$n" ]; then
            DOSSIER_XVFB_PID=$pid
            DOSSIER_XVFB_DISPLAY=:$n
            export DISPLAY=":$n"
            echo "Started Xvfb on DISPLAY=$DISPLAY (pid $pid, 1920x1080x24)."
            return 0
        fi
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        n=$((n - 1))
    done
    echo "Could not start Xvfb: no free display number between :1 and :99 (see ${TMPDIR:-/tmp}/dossier-xvfb-*.log)." >&2
    return 1
}

dossier_xvfb_stop() {
    local pid=$DOSSIER_XVFB_PID i=0
    [ -n "$pid" ] || return 0
    DOSSIER_XVFB_PID=''
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 50 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ "${DISPLAY:-}" = "$DOSSIER_XVFB_DISPLAY" ]; then
        unset DISPLAY
    fi
    DOSSIER_XVFB_DISPLAY=''
    return 0
}
