#!/usr/bin/env bash
# Runs the JMH benchmark of the core (parse, check, render, whole generation) on generated corpora
# of 2,000 and 20,000 marked declarations. Needs the plugin installed (see compare.sh, which
# installs it into a private repository; this uses the same one when it exists).
#   bench/jmh.sh                 # all, both sizes
#   bench/jmh.sh -p declarations=20000 'CoreBenchmark.parse1'
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${WORK:-/tmp/cowrap-bench}
SETTINGS=()
[ -f "$WORK-settings.xml" ] && SETTINGS=(-s "$WORK-settings.xml")
mvn -B -q -T1 "${SETTINGS[@]}" -f "$HERE/pom.xml" package >/dev/null
exec java -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" org.openjdk.jmh.Main \
    -rf text -rff "$HERE/target/jmh-result.txt" "$@"
