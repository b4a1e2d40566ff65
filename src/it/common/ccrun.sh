#!/bin/sh
# ccrun.sh - compile generated coroutine wrappers with the test runtime and a
# C test driver, run the result, and fail when compiling or any check fails.
#
# Usage:
#   ccrun.sh [--legacy | --dialect NAME] [--header NAME.h] OUT_DIR \
#            GENERATED.c DRIVER.c [EXTRA_INCLUDE_DIR...]
#
#   --legacy        build the runtime for the qemu-legacy dialect
#                   (-DCOWRAP_LEGACY: BdrvPollCo records bs and carries ret)
#   --dialect NAME  the same by dialect name: qemu (default) or qemu-legacy
#   --header NAME   make block/coroutines.h #include "NAME" (for generated
#                   files that have only the default #include lines)
#   OUT_DIR         where the binary and its log (NAME.log) go; created
#   GENERATED.c     the generated wrappers
#   DRIVER.c        the test driver: defines the targets, has main(), ends
#                   with "return rt_finish();"
#   EXTRA_INCLUDE_DIR  added with -I after the runtime's include directory
#                   and the driver's own directory
#
# Environment: CC (default gcc), CCRUN_CFLAGS (extra flags, split on
# spaces), CCRUN_TIMEOUT seconds (default 60).
# Exit status: 0 when everything compiled and the driver reported
# "N passed, 0 failed"; 2 on usage or compile errors; else the failure.
set -eu

usage() {
    sed -n '5,24p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

here=$(cd "$(dirname "$0")" && pwd)
runtime="$here/runtime"
legacy=
header=
while [ $# -gt 0 ]; do
    case "$1" in
    --legacy) legacy=-DCOWRAP_LEGACY; shift ;;
    --dialect)
        [ $# -ge 2 ] || usage
        case "$2" in
        qemu) legacy= ;;
        qemu-legacy) legacy=-DCOWRAP_LEGACY ;;
        *) echo "ccrun: unknown dialect $2" >&2; exit 2 ;;
        esac
        shift 2 ;;
    --header) [ $# -ge 2 ] || usage; header=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "ccrun: unknown option $1" >&2; usage ;;
    *) break ;;
    esac
done
[ $# -ge 3 ] || usage
out_dir=$1 generated=$2 driver=$3
shift 3

for f in "$generated" "$driver"; do
    if [ ! -r "$f" ]; then
        echo "ccrun: cannot read $f" >&2
        exit 2
    fi
done

mkdir -p "$out_dir"
name=$(basename "$driver" .c)
bin="$out_dir/$name"
log="$out_dir/$name.log"

# Build the compiler's include options in "$@" (safe for spaces in paths).
n=$#
for d in "$@"; do
    set -- "$@" "-I$d"
done
shift "$n"
set -- -I"$runtime/include" -I"$(dirname "$driver")" "$@"
if [ -n "$header" ]; then
    set -- "$@" "-DCOWRAP_TEST_HEADER=\"$header\""
fi
[ -z "$legacy" ] || set -- "$@" "$legacy"

cc=${CC:-gcc}
extra=${CCRUN_CFLAGS:-}
echo "ccrun: $cc -std=gnu11 -Wall -Wextra -Werror -O2 -g $extra $* $generated $runtime/cowrap_rt.c $driver -o $bin"
# shellcheck disable=SC2086 # CCRUN_CFLAGS is meant to be split
if ! "$cc" -std=gnu11 -Wall -Wextra -Werror -O2 -g $extra "$@" \
        "$generated" "$runtime/cowrap_rt.c" "$driver" -o "$bin"; then
    echo "ccrun: FAILED to compile $generated with $driver" >&2
    exit 2
fi

echo "ccrun: running $bin"
status=0
if command -v timeout >/dev/null 2>&1; then
    timeout "${CCRUN_TIMEOUT:-60}" "$bin" >"$log" 2>&1 || status=$?
else
    "$bin" >"$log" 2>&1 || status=$?
fi
cat "$log"

if [ "$status" -ne 0 ]; then
    echo "ccrun: FAILED: $bin exited with status $status" >&2
    exit "$status"
fi
if ! tail -n 1 "$log" | grep -Eq '^[0-9]+ passed, 0 failed$'; then
    echo "ccrun: FAILED: $bin did not end with 'N passed, 0 failed'" \
        "(does main return rt_finish()?)" >&2
    exit 1
fi
echo "ccrun: OK $name"
