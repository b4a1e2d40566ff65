#!/bin/sh
# Check the runtime without the plugin: generate wrappers for the self-test
# headers with QEMU's own generator (from QEMU source trees unpacked OUTSIDE
# this repository, from QEMU's release tarballs), then compile
# and run them with ccrun.sh. Nothing generated is written into the
# repository.
#
# Usage: run-with-qemu-generator.sh QEMU_10_SOURCE_DIR QEMU_7_2_SOURCE_DIR
set -eu
[ $# -eq 2 ] || { sed -n '8p' "$0" | sed 's/^# //' >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
q10=$1 q72=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$q10/scripts/block-coroutine-wrapper.py" "$tmp/qemu.c" \
    "$here/qemu/selftest.h"
"$here/../ccrun.sh" --header selftest.h "$tmp/out" "$tmp/qemu.c" \
    "$here/qemu/driver.c"

python3 "$q72/scripts/block-coroutine-wrapper.py" "$tmp/legacy.c" \
    "$here/legacy/selftest_legacy.h"
"$here/../ccrun.sh" --legacy --header selftest_legacy.h "$tmp/out" \
    "$tmp/legacy.c" "$here/legacy/driver_legacy.c"
