#!/usr/bin/env bash
# Times the plugin against QEMU's own generator run by exec-maven-plugin (the route a Maven user
# without this plugin takes), side by side in one run, on QEMU 10.0's block headers and on
# generated corpora (CorpusGenerator) of growing size.
#
#   QEMU_SRC=/path/to/qemu-10.0 bench/compare.sh          # RUNS=5 SIZES="2000 10000 20000"
#   RUNS=7 SIZES="" MVN=/opt/maven-3.9.16/bin/mvn bench/compare.sh   # QEMU's headers only, Maven 3.9
#
# For each project and each run, in turn:
#   validate   mvn -o -q validate                      (Maven's own cost for the project)
#   generate   mvn -o -q generate-sources, target/ removed first (a full generation)
#   no-op      mvn -o -q generate-sources again        (nothing changed: up to date)
#   skip       mvn -o -q generate-sources -Dcowrap.skip (Maven loading the plugin, which does nothing)
#   exec-val   mvn -o -q validate of the exec project   (a project without the plugin)
#   exec       mvn -o -q generate-sources of the exec project: exec-maven-plugin 3.5.0 running
#              python3 scripts/block-coroutine-wrapper.py OUT.c INPUTS... in the QEMU tree
#   script     the same python3 command alone, not in Maven
# and prints medians, of the wall time and of the CPU time (user + system, children included; on a
# machine that others load, the steadier of the two). Marginal costs: generate - validate, no-op - validate, exec - exec-val; the
# ratios are the plugin's marginal cost over the exec route's (the goal: full <= 1.2, no-op <= 0.8).
# Last, the largest corpus is generated again under MAVEN_OPTS=-Xmx256m with a GC log, which gives
# the peak heap (skipped when SIZES is empty).
#
# Needs python3 and QEMU 10.0's sources in QEMU_SRC: the headers named in qemu-10-inputs.txt (beside
# this script) and the script scripts/block-coroutine-wrapper.py; nothing from QEMU is copied, the
# script runs from the QEMU tree. One way to get the tree (Debian 13's source package, QEMU 10.0.13):
#   apt-get source qemu=1:10.0.13+ds-0+deb13u1      (needs a deb-src line; or download the .dsc,
#   dpkg-source -x qemu_10.0.13+ds-0+deb13u1.dsc     .orig.tar.xz and .debian.tar.xz, then unpack)
# MVN is the Maven to time (default: mvn on the PATH). The plugin is built and installed with it
# into a private local repository ($WORK-m2, reading through to ~/.m2), so that another build of the
# same snapshot cannot get in the way; SKIP_INSTALL=1 reuses the one installed there.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${ROOT:-$(cd "$HERE/.." && pwd)}
RUNS=${RUNS:-5}
SIZES=${SIZES-"2000 10000 20000"}
QEMU_SRC=${QEMU_SRC:-/tmp/cowrap-accept/q10/qemu-10.0.13}
QEMU_INPUTS=${QEMU_INPUTS:-$HERE/qemu-10-inputs.txt}
WORK=${WORK:-/tmp/cowrap-bench}
MVN=${MVN:-mvn}
SCRIPT=scripts/block-coroutine-wrapper.py
EXEC_VERSION=3.5.0

[ -f "$QEMU_SRC/$SCRIPT" ] || { echo "no QEMU 10.0 tree in QEMU_SRC=$QEMU_SRC (see the top of $0)" >&2; exit 2; }
[ -f "$QEMU_INPUTS" ] || { echo "no input list $QEMU_INPUTS" >&2; exit 2; }
while read -r h; do
    [ -z "$h" ] || [ -f "$QEMU_SRC/$h" ] || { echo "QEMU_SRC=$QEMU_SRC lacks $h" >&2; exit 2; }
done < "$QEMU_INPUTS"

VERSION=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$ROOT/pom.xml" | head -1)

# A private local repository, so that no other build of the same snapshot version gets in the way;
# it reads through to ~/.m2 (and Central) for everything else.
M2=${M2:-$HOME/.m2/repository}
SETTINGS="$WORK-settings.xml"
mkdir -p "$(dirname "$WORK")"
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
    echo "installing cowrap-maven-plugin $VERSION from $ROOT into $WORK-m2 ..." >&2
    "$MVN" -B -q -T1 -s "$SETTINGS" -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip >/dev/null
fi

rm -rf "$WORK"
mkdir -p "$WORK"

# --- the projects: QEMU's headers (read in place) and the corpora ---------------------------
# Each project P (a pom running cowrap:generate, its inputs.txt and inputs.base) gets a sibling
# P-exec that runs QEMU's script on the same inputs through exec-maven-plugin.
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

if [ -n "$SIZES" ]; then
    "$MVN" -B -q -T1 -s "$SETTINGS" -f "$HERE/pom.xml" package -Dcowrap.version="$VERSION" >/dev/null
    CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
    for n in $SIZES; do
        java -cp "$CP" io.github.cowrap.bench.CorpusGenerator "$WORK/corpus-$n" $((n / 100)) 100 "$VERSION" >/dev/null
        echo "$WORK/corpus-$n" > "$WORK/corpus-$n/inputs.base"
        PROJECTS+=("corpus-$n")
    done
fi

exec_project() { # project: writes $WORK/project-exec/pom.xml
    local p=$1 base
    base=$(cat "$WORK/$p/inputs.base")
    mkdir -p "$WORK/$p-exec"
    {
        cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.cowrap.bench</groupId>
  <artifactId>$p-exec</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins><plugin>
    <groupId>org.codehaus.mojo</groupId>
    <artifactId>exec-maven-plugin</artifactId>
    <version>$EXEC_VERSION</version>
    <executions><execution><id>block-coroutine-wrapper</id><phase>generate-sources</phase><goals><goal>exec</goal></goals>
      <configuration>
        <executable>python3</executable>
        <workingDirectory>$QEMU_SRC</workingDirectory>
        <arguments>
          <argument>$SCRIPT</argument>
          <argument>\${project.build.directory}/generated-sources/block-gen.c</argument>
POM
        while read -r h; do echo "          <argument>$base/$h</argument>"; done < "$WORK/$p/inputs.txt"
        cat <<POM
        </arguments>
      </configuration>
    </execution></executions>
  </plugin></plugins></build>
</project>
POM
    } > "$WORK/$p-exec/pom.xml"
    # QEMU's script writes into an existing folder only
    mkdir -p "$WORK/$p-exec/target/generated-sources"
}
for p in "${PROJECTS[@]}"; do exec_project "$p"; done

# --- timing ----------------------------------------------------------------------------------
# Each measurement gives the wall time and the CPU time (user + system, children included) in ms.
# On a loaded machine the wall time mostly measures the others' load; the CPU time, the work done.
measure() { # command...: prints "wall cpu"
    local TIMEFORMAT='%R %U %S' t
    t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || { echo "failed: $*" >&2; exit 1; }
    awk -v t="$t" 'BEGIN {split(t, a, " "); printf "%d %d", a[1] * 1000, (a[2] + a[3]) * 1000}'
}

run_script() { # project out
    local p=$1 base
    base=$(cat "$WORK/$p/inputs.base")
    local inputs=()
    while read -r h; do inputs+=("$base/$h"); done < "$WORK/$p/inputs.txt"
    (cd "$QEMU_SRC" && python3 "$SCRIPT" "$2" "${inputs[@]}")
}

mvnq() { "$MVN" -B -o -q -s "$SETTINGS" -f "$WORK/$1/pom.xml" "${@:2}"; }

# warm the file cache and fill the private repository once, not offline (offline, Maven reads no
# file:// repository either); then everything the timed runs need is in $WORK-m2
for p in "${PROJECTS[@]}"; do
    "$MVN" -B -q -s "$SETTINGS" -f "$WORK/$p/pom.xml" generate-sources >/dev/null
    "$MVN" -B -q -s "$SETTINGS" -f "$WORK/$p-exec/pom.xml" generate-sources >/dev/null
    "$MVN" -B -q -s "$SETTINGS" -f "$WORK/$p/pom.xml" validate -Dcowrap.skip >/dev/null
    run_script "$p" "$WORK/$p/script.c"
done

COLUMNS_=(validate generate no-op skip exec-val exec script)
for p in "${PROJECTS[@]}"; do : > "$WORK/$p.times"; done
for r in $(seq 1 "$RUNS"); do
    for p in "${PROJECTS[@]}"; do
        v=$(measure mvnq "$p" validate)
        rm -rf "$WORK/$p/target"
        g=$(measure mvnq "$p" generate-sources)
        o=$(measure mvnq "$p" generate-sources)
        k=$(measure mvnq "$p" generate-sources -Dcowrap.skip)
        ev=$(measure mvnq "$p-exec" validate)
        e=$(measure mvnq "$p-exec" generate-sources)
        s=$(measure run_script "$p" "$WORK/$p/script.c")
        # wall times, then CPU times, in the order of COLUMNS_
        echo "${v% *} ${g% *} ${o% *} ${k% *} ${ev% *} ${e% *} ${s% *} ${v#* } ${g#* } ${o#* } ${k#* } ${ev#* } ${e#* } ${s#* }" \
            >> "$WORK/$p.times"
    done
    echo "run $r of $RUNS done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
cmp -s "$WORK/qemu10/script.c" "$WORK/qemu10-exec/target/generated-sources/block-gen.c" \
    || echo "warning: the exec route's output differs from the script's" >&2

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1.times" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b <= 0) print "n/a"; else printf "%.2f", a / b}'; }

table() { # title, offset of the columns (0 wall, 7 cpu)
    echo
    echo "$1"
    printf "%-12s %8s %8s %8s %6s %6s %8s %6s %6s | %8s %8s %7s %7s | %9s %9s\n" project wrappers validate generate \
        no-op skip exec-val exec script "full(+)" "no-op(+)" "skip(+)" "exec(+)" "full/exec" "noop/exec"
    for p in "${PROJECTS[@]}"; do
        v=$(col "$p" $(($2 + 1))); g=$(col "$p" $(($2 + 2))); o=$(col "$p" $(($2 + 3))); k=$(col "$p" $(($2 + 4)))
        ev=$(col "$p" $(($2 + 5))); e=$(col "$p" $(($2 + 6))); s=$(col "$p" $(($2 + 7)))
        w=$(grep -c '^ \* Wrappers for' "$WORK/$p/script.c" || true)
        printf "%-12s %8s %8s %8s %6s %6s %8s %6s %6s | %8s %8s %7s %7s | %9s %9s\n" "$p" "$w" "$v" "$g" "$o" "$k" \
            "$ev" "$e" "$s" $((g - v)) $((o - v)) $((k - v)) $((e - ev)) \
            "$(ratio $((g - v)) $((e - ev)))" "$(ratio $((o - v)) $((e - ev)))"
    done
}

echo
echo "medians of $RUNS runs ($(nproc) cores; $(java -version 2>&1 | sed -n 1p);" \
    "$("$MVN" -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'); load at the end $(cut -d' ' -f1-3 /proc/loadavg))"
table "wall time, ms" 0
table "CPU time (user + system, children included), ms" 7
echo
echo "(+) marginal: minus the project's own validate (exec: the exec project's). Ratios: the plugin's"
echo "marginal cost over the exec route's. Raw times per run: $WORK/*.times (wall, then CPU: ${COLUMNS_[*]})"

# --- peak heap at the largest corpus ------------------------------------------------------------
[ -n "$SIZES" ] || exit 0
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
