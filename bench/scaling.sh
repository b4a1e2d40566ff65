#!/bin/bash
# scaling.sh: is the cost linear in the size of one header? Times the CLI (a cold JVM, the whole
# run: parse, check, render, write) on one header of 2,000, 8,000 and 20,000 marks, and on the same
# 20,000 marks over 200 headers, each under -Xmx512m. Prints wall seconds and peak RSS per run
# (the best of RUNS). Needs the CLI jar: mvn -B -o package -DskipTests -Dinvoker.skip in the root.
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
    line=$(cd "$dir" && /usr/bin/time -f "%e %M" java -Xmx512m -jar "$JAR" "$dir/out.c" $(cat inputs.txt) 2>&1 >/dev/null | tail -1)
    [ -s "$dir/out.c" ] || { echo "scaling.sh: no output for $dir" >&2; exit 1; }
    local t=${line% *} m=${line#* }
    if [ -z "$bestt" ] || awk "BEGIN{exit !($t < $bestt)}"; then bestt=$t; bestm=$m; fi
  done
  echo "$bestt $bestm"
}
printf '%-28s %8s %10s %12s\n' corpus marks "wall s" "peak RSS MB"
for n in $SIZES; do
  gen "$WORK/one-$n" --one-header "$n"
  r=$(best "$WORK/one-$n")
  printf '%-28s %8d %10s %12d\n' "1 header" "$n" "${r% *}" $(( ${r#* } / 1024 ))
done
gen "$WORK/many" 200 100
r=$(best "$WORK/many")
printf '%-28s %8d %10s %12d\n' "200 headers x 100" 20000 "${r% *}" $(( ${r#* } / 1024 ))
