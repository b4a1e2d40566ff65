#!/usr/bin/env bash
# Times the plugin against QEMU's own generator, side by side in one run, on QEMU 10.0's block
# headers and on generated corpora (CorpusGenerator) of growing size.
#
#   bench/compare.sh                      # RUNS=5 SIZES="2000 10000 20000"
#   RUNS=7 SIZES="20000" bench/compare.sh
#
# For each project and each run, in turn:
#   validate   mvn -o -q validate                      (Maven's own cost for the project)
#   generate   mvn -o -q generate-sources, target/ removed first (a full generation)
#   no-op      mvn -o -q generate-sources again        (nothing changed: up to date)
#   script     python3 scripts/block-coroutine-wrapper.py OUT.c INPUTS...   (from the QEMU tree)
#   skip       mvn -o -q generate-sources -Dcowrap.skip (Maven loading the plugin, which does nothing)
# and prints medians: the plugin's marginal cost is generate - validate, the no-op's is
# no-op - validate. Last, the largest corpus is generated again under MAVEN_OPTS=-Xmx256m with a GC
# log, which gives the peak heap.
#
# Needs: QEMU 10.0 sources (../shared/tools/qemu-reference.sh puts them in /tmp/cowrap-accept) and
# python3; nothing from QEMU is copied, the script runs from the QEMU tree. The plugin is built and
# installed into a private local repository ($WORK-m2, reading through to ~/.m2), so that another
# build of the same snapshot cannot get in the way; SKIP_INSTALL=1 reuses the one installed there.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=${RUNS:-5}
SIZES=${SIZES:-"2000 10000 20000"}
QEMU_SRC=${QEMU_SRC:-/tmp/cowrap-accept/q10/qemu-10.0.13}
QEMU_INPUTS=${QEMU_INPUTS:-$ROOT/../shared/tools/qemu-inputs/qemu-10.txt}
WORK=${WORK:-/tmp/cowrap-bench}
SCRIPT=scripts/block-coroutine-wrapper.py

[ -f "$QEMU_SRC/$SCRIPT" ] || { echo "no QEMU 10.0 tree in $QEMU_SRC (run ../shared/tools/qemu-reference.sh)" >&2; exit 2; }
[ -f "$QEMU_INPUTS" ] || { echo "no input list $QEMU_INPUTS" >&2; exit 2; }

VERSION=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$ROOT/pom.xml" | head -1)

# A private local repository, so that no other build of the same snapshot version gets in the way;
# it reads through to ~/.m2 (and Central) for everything else.
M2=${M2:-$HOME/.m2/repository}
SETTINGS="$WORK-settings.xml"
cat > "$SETTINGS" <<XML
<settings>
  <localRepository>$WORK-m2</localRepository>
  <profiles><profile><id>through</id><activation><activeByDefault>true</activeByDefault></activation>
    <repositories><repository><id>user-m2</id><url>file://$M2</url></repository></repositories>
    <pluginRepositories><pluginRepository><id>user-m2</id><url>file://$M2</url></pluginRepository></pluginRepositories>
  </profile></profiles>
</settings>
XML
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    echo "installing cowrap-maven-plugin $VERSION into $WORK-m2 ..." >&2
    mvn -B -q -T1 -s "$SETTINGS" -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip >/dev/null
fi
mvn -B -q -T1 -s "$SETTINGS" -f "$HERE/pom.xml" package -Dcowrap.version="$VERSION" >/dev/null
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"

rm -rf "$WORK"
mkdir -p "$WORK"

# --- the projects: QEMU's headers (read in place) and the corpora ---------------------------
PROJECTS=()
mkdir -p "$WORK/qemu10"
{
    cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.cowrap.bench</groupId>
  <artifactId>qemu10</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins><plugin>
    <groupId>io.github.cowrap</groupId>
    <artifactId>cowrap-maven-plugin</artifactId>
    <version>$VERSION</version>
    <executions><execution><goals><goal>generate</goal></goals>
      <configuration><headers>
POM
    while read -r h; do [ -n "$h" ] && echo "        <header>$QEMU_SRC/$h</header>"; done < "$QEMU_INPUTS"
    cat <<POM
      </headers></configuration>
    </execution></executions>
  </plugin></plugins></build>
</project>
POM
} > "$WORK/qemu10/pom.xml"
sed '/^$/d' "$QEMU_INPUTS" > "$WORK/qemu10/inputs.txt"
echo "$QEMU_SRC" > "$WORK/qemu10/inputs.base"
PROJECTS+=(qemu10)

for n in $SIZES; do
    java -cp "$CP" io.github.cowrap.bench.CorpusGenerator "$WORK/corpus-$n" $((n / 100)) 100 "$VERSION" >/dev/null
    echo "$WORK/corpus-$n" > "$WORK/corpus-$n/inputs.base"
    PROJECTS+=("corpus-$n")
done

# --- timing ----------------------------------------------------------------------------------
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

run_script() { # project out
    local p=$1 base
    base=$(cat "$WORK/$p/inputs.base")
    local inputs=()
    while read -r h; do inputs+=("$base/$h"); done < "$WORK/$p/inputs.txt"
    (cd "$QEMU_SRC" && python3 "$SCRIPT" "$2" "${inputs[@]}")
}

mvnq() { mvn -B -o -q -s "$SETTINGS" -f "$WORK/$1/pom.xml" "${@:2}"; }

# warm the file cache and Maven's local repository once
for p in "${PROJECTS[@]}"; do
    mvnq "$p" generate-sources >/dev/null
    run_script "$p" "$WORK/$p/script.c"
done

for p in "${PROJECTS[@]}"; do : > "$WORK/$p.times"; done
for r in $(seq 1 "$RUNS"); do
    for p in "${PROJECTS[@]}"; do
        t0=$(now); mvnq "$p" validate >/dev/null; t1=$(now)
        rm -rf "$WORK/$p/target"
        t2=$(now); mvnq "$p" generate-sources >/dev/null; t3=$(now)
        t4=$(now); mvnq "$p" generate-sources >/dev/null; t5=$(now)
        t6=$(now); run_script "$p" "$WORK/$p/script.c"; t7=$(now)
        t8=$(now); mvnq "$p" generate-sources -Dcowrap.skip >/dev/null; t9=$(now)
        echo "$(ms $t0 $t1) $(ms $t2 $t3) $(ms $t4 $t5) $(ms $t6 $t7) $(ms $t8 $t9)" >> "$WORK/$p.times"
    done
    echo "run $r of $RUNS done" >&2
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1.times" | median; }

echo
echo "medians of $RUNS runs, in ms ($(nproc) cores; $(java -version 2>&1 | sed -n 1p); $(mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'); load $(cut -d' ' -f1-3 /proc/loadavg))"
printf "%-13s %8s %7s %9s %9s %7s %6s | %9s %8s %8s %11s %10s\n" project wrappers script validate generate no-op skip \
    "plugin(+)" "no-op(+)" "skip(+)" "(+)/script" "noop/script"
for p in "${PROJECTS[@]}"; do
    v=$(col "$p" 1); g=$(col "$p" 2); o=$(col "$p" 3); s=$(col "$p" 4); k=$(col "$p" 5)
    w=$(grep -c '^ \* Wrappers for' "$WORK/$p/script.c" || true)
    printf "%-13s %8s %7s %9s %9s %7s %6s | %9s %8s %8s %11s %10s\n" "$p" "$w" "$s" "$v" "$g" "$o" "$k" \
        $((g - v)) $((o - v)) $((k - v)) \
        "$(awk -v a=$((g - v)) -v b="$s" 'BEGIN {printf "%.2f", a / b}')" \
        "$(awk -v a=$((o - v)) -v b="$s" 'BEGIN {printf "%.2f", a / b}')"
done
echo "(+) marginal: minus validate. Raw times per run: $WORK/*.times (validate generate no-op script skip)"

# --- peak heap at the largest corpus ------------------------------------------------------------
last=${PROJECTS[${#PROJECTS[@]}-1]}
rm -rf "$WORK/$last/target"
if MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$WORK/gc.log" mvnq "$last" generate-sources >/dev/null; then
    peak=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/M->.*//' | sort -n | tail -1 || true)
    live=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1 || true)
    echo "$last under -Xmx256m: succeeded; heap of the whole Maven JVM at most ${peak:-?} MB before a GC," \
        "${live:-?} MB after ($WORK/gc.log)"
else
    echo "$last under -Xmx256m: FAILED"
fi
