#!/bin/sh
# Runs a static stackls inside a root that holds nothing but the binary and the test's
# files: no /lib, no /usr, no /etc, no /proc. A binary that needs any shared library, loader
# or configuration file from the machine it was built on fails here.
#   bare_root.sh ROOT/stackls ARGS...   ROOT is the folder holding the binary; the test's
#                                       files are in $TMPDIR, mounted at the same path inside
#   bare_root.sh --check                only the check below
# Exits 77 with "SKIP: reason" when this machine cannot provide the stand-in.
if [ "$(id -u)" != 0 ]; then echo "SKIP: the bare-root stand-in needs root (chroot and a bind mount)" >&2; exit 77; fi
if ! command -v unshare >/dev/null; then echo "SKIP: unshare (util-linux) is not installed" >&2; exit 77; fi
[ "$1" = --check ] && exit 0
server=$1
shift
: "${TMPDIR:?the test files must be under TMPDIR}"
# A private mount namespace: the bind mount disappears with the process.
exec unshare --mount --propagation private -- sh -c '
    root=$1 files=$2 exe=$3
    shift 3
    mkdir -p "$root$files" && mount --bind "$files" "$root$files" && exec chroot "$root" "/$exe" "$@"
' bare-root "$(dirname "$server")" "$TMPDIR" "$(basename "$server")" "$@"
