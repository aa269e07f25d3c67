# shellcheck shell=bash
# Dossier: find a Java runtime of version 21 or newer.
#
# Source this file from bash (3.2 or newer, so macOS's /bin/bash works too), then:
#   java=$(dossier_find_java)     prints the path of a suitable java and returns 0, or returns 1
#   java=$(dossier_require_java)  the same, but prints one clear sentence to stderr and exits 1
#                                 when there is none
# Search order: $JAVA_HOME/bin/java, then `java` on PATH, then the usual JDK folders
# (the newest suitable one among those). The folders come from dossier_java_candidates,
# which callers (tests) may redefine after sourcing this file.
# Nothing here changes shell options, so it is safe under `set -euo pipefail`.

DOSSIER_MIN_JAVA=21

# dossier_java_version JAVA: prints the major Java version of the executable JAVA
# (from the "java.specification.version = N" line; "1.8" counts as 8), or returns 1.
dossier_java_version() {
    local java=$1 out line v=''
    [ -n "$java" ] && [ -f "$java" ] && [ -x "$java" ] || return 1
    out=$("$java" -XshowSettings:properties -version 2>&1) || true
    while IFS= read -r line; do
        case $line in
            *'java.specification.version = '*)
                v=${line#*= }
                break
                ;;
        esac
    done <<DOSSIER_EOF
$out
DOSSIER_EOF
    v=${v//[[:space:]]/}
    case $v in 1.*) v=${v#1.} ;; esac
    v=${v%%.*}
    case $v in '' | *[!0-9]*) return 1 ;; esac
    printf '%s\n' "$v"
}

# dossier_java_candidates: prints candidate java executables from the usual JDK folders,
# one a line. Symlinked folders (default-java, sdkman's "current", ...) are skipped: they
# point at folders that are listed anyway.
dossier_java_candidates() {
    local home=${HOME:-} d
    for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
        ${home:+"$home"/.sdkman/candidates/java/*} \
        /Library/Java/JavaVirtualMachines/*/Contents/Home \
        ${home:+"$home"/Library/Java/JavaVirtualMachines/*/Contents/Home}; do
        [ -d "$d" ] || continue
        [ -L "$d" ] && continue
        case $d in */Contents/Home) [ -L "${d%/Contents/Home}" ] && continue ;; esac
        [ -x "$d/bin/java" ] && printf '%s\n' "$d/bin/java"
    done
    return 0
}

dossier_find_java() {
    local java v best='' best_v=0 candidates note=''
    # 1. JAVA_HOME
    if [ -n "${JAVA_HOME:-}" ]; then
        java=${JAVA_HOME%/}/bin/java
        if v=$(dossier_java_version "$java") && [ "$v" -ge "$DOSSIER_MIN_JAVA" ]; then
            printf '%s\n' "$java"
            return 0
        fi
        # said only when another Java is used instead
        note="Note: ignoring JAVA_HOME=$JAVA_HOME (no Java $DOSSIER_MIN_JAVA or newer there)."
    fi
    # 2. java on PATH
    if java=$(command -v java 2>/dev/null) && [ -n "$java" ]; then
        if v=$(dossier_java_version "$java") && [ "$v" -ge "$DOSSIER_MIN_JAVA" ]; then
            [ -z "$note" ] || echo "$note" >&2
            printf '%s\n' "$java"
            return 0
        fi
    fi
    # 3. the usual JDK folders: the newest suitable one
    candidates=$(dossier_java_candidates)
    while IFS= read -r java; do
        [ -n "$java" ] || continue
        v=$(dossier_java_version "$java") || continue
        if [ "$v" -ge "$DOSSIER_MIN_JAVA" ] && [ "$v" -gt "$best_v" ]; then
            best=$java
            best_v=$v
        fi
    done <<DOSSIER_EOF
$candidates
DOSSIER_EOF
    if [ -n "$best" ]; then
        [ -z "$note" ] || echo "$note" >&2
        printf '%s\n' "$best"
        return 0
    fi
    return 1
}

dossier_require_java() {
    if ! dossier_find_java; then
        echo "Dossier needs Java 21 or newer: install a JDK 21+ (for example Eclipse Temurin 21, or on Debian/Ubuntu 'apt-get install openjdk-21-jre' where available) or set JAVA_HOME to one." >&2
        exit 1
    fi
}
