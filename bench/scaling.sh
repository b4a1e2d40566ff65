#!/bin/bash
# scaling.sh: is the cost linear in the size of one header? Times the CLI (a cold JVM, the whole
# run: parse, check, render, write) on one header of 2,000, 8,000 and 20,000 marks, and on the same
# 20,000 marks over 200 headers, each under -Xmx512m. Prints, for the run with the best wall
# time of RUNS, its wall seconds, its CPU seconds (user + system: the figure that matters on a
# busy machine) and its peak RSS. Needs the CLI jar: mvn -B -o package -DskipTests -Dinvoker.skip in the root.
#   bench/scaling.sh                 # RUNS=3 SIZES="2000 8000 20000"
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$(ls "$ROOT"/target/cowrap-maven-plugin-*-cli.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "scaling.sh: build the CLI jar first (mvn package -DskipTests)" >&2; exit 2; }
RUNS=${RUNS:-3}
SIZES=${SIZES:-"2000 8000 20000"}
WORK=${WORK:-/tmp/cowrap-scaling}
rm -rf "$WORK" && mkdir -p "$WORK/classes"
javac -d "$WORK/classes" "$ROOT/bench/src/main/java/io/github/cowrap/bench/CorpusGenerator.java"
gen() { java -cp "$WORK/classes" io.github.cowrap.bench.CorpusGenerator "$@" >/dev/null; }
best() { # corpus-dir: the best wall time and its peak RSS over RUNS runs
  local dir=$1 bestt= bestm=
  for _ in $(seq "$RUNS"); do
    rm -f "$dir/out.c"
    local line
    line=$(cd "$dir" && /usr/bin/time -f "%e %U+%S %M" java -Xmx512m -jar "$JAR" "$dir/out.c" $(cat inputs.txt) 2>&1 >/dev/null | tail -1)
    [ -s "$dir/out.c" ] || { echo "scaling.sh: no output for $dir" >&2; exit 1; }
    local t m c
    read -r t c m <<<"$line"
    c=$(awk "BEGIN{print $c}")
    if [ -z "$bestt" ] || awk "BEGIN{exit !($t < $bestt)}"; then bestt=$t; bestm="$c $m"; fi
  done
  echo "$bestt $bestm"
}
printf '%-20s %8s %8s %8s %12s\n' corpus marks "wall s" "CPU s" "peak RSS MB"
row() { # label marks "wall cpu rss-kb"
  local w c m
  read -r w c m <<<"$3"
  printf '%-20s %8d %8s %8s %12d\n' "$1" "$2" "$w" "$c" $(( m / 1024 ))
}
for n in $SIZES; do
  gen "$WORK/one-$n" --one-header "$n"
  row "1 header" "$n" "$(best "$WORK/one-$n")"
done
gen "$WORK/many" 200 100
row "200 headers x 100" 20000 "$(best "$WORK/many")"
