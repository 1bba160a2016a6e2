#!/bin/sh
# Runs a static Linux arm64 stackls under user-mode QEMU.
#   qemu_aarch64.sh STACKLS ARGS...   |   qemu_aarch64.sh --check (only the check below)
# Exits 77 with "SKIP: reason" when the stand-in is not installed.
if ! command -v qemu-aarch64-static >/dev/null; then
    echo "SKIP: qemu-aarch64-static is not installed (Debian package qemu-user-static)" >&2
    exit 77
fi
[ "$1" = --check ] && exit 0
exec qemu-aarch64-static "$@"
