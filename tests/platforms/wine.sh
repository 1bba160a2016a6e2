#!/bin/sh
# Runs a Windows x64 program under wine64: the stackls tests, and the build's own knowledge
# snapshot writer when the server is cross-compiled for Windows.
#   wine.sh PROGRAM.exe ARGS...   |   wine.sh --check (only the check below)
# Exits 77 with "SKIP: reason" when the stand-in is not installed.
# Wine keeps its state in a prefix; creating one takes a while, so it is made once and kept.
wine=/usr/lib/wine/wine64  # where Debian's wine64 package puts it (not on PATH)
if [ ! -x "$wine" ]; then
    echo "SKIP: wine64 is not installed (Debian package wine64)" >&2
    exit 77
fi
[ "$1" = --check ] && exit 0
export WINEPREFIX="${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/stackls-wine}"
export WINEDEBUG=-all
mkdir -p "$WINEPREFIX"
exec "$wine" "$@"
