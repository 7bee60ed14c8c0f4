#!/usr/bin/env bash
# Runs every benchmark and prints the figures the README reports, each beside its baseline from the
# same run: JMH (warm recommend vs floor vs naive Drools; 1 vs 2 threads; building rule sets), cold
# start vs a JVM that only prints "hello" (10 runs each, medians of wall time and peak RSS), the
# command line with and without its launcher (and on JDK 25 if the machine has one), the first call
# to an advisor built ahead of time, and retained heap.
# Usage: examples/benchmarks/run.sh   (from the repository root; takes about 20 minutes, on a quiet machine)
# MAVEN_ARGS is passed to each mvn call, as Maven 3.9 does itself: MAVEN_ARGS="-o -Dmaven.repo.local=/tmp/m2"
# builds offline into another local repository.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (for peak RSS)" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

mvn ${MAVEN_ARGS:-} -q -B -pl examples/benchmarks,examples/cli -am -DskipTests install
cd examples/benchmarks
mvn ${MAVEN_ARGS:-} -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
CP="target/classes:$(cat target/cp.txt)"
# Cold starts run on what a host has: the naive baseline's kmodule.xml reader is left out.
COLD_CP=$(printf '%s' "$CP" | tr ':' '\n' \
  | grep -v -e drools-xml-support -e xstream -e mxparser -e xmlpull -e kie-util-xml -e drools-commands -e commons-codec \
  | paste -sd: -)

echo "## Machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo

echo "## Warm recommend(), thread scaling and building rule sets (JMH)"
java -cp "$CP" org.openjdk.jmh.Main -rf json -rff target/jmh.json 'RecommendBenchmark|ThreadScalingBenchmark|BuildBenchmark|UserRulesCallBenchmark' > target/jmh.log
java -cp "$CP" dev.mlteams.advisor.benchmarks.Summary target/jmh.json
echo

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() {  # 10 runs of a command: median wall seconds and median peak RSS in KB
  local walls="" rss=""
  for _ in $(seq 10); do
    out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -1)
    walls+="${out%% *}"$'\n'; rss+="${out##* }"$'\n'
  done
  echo "$(printf '%s' "$walls" | median) $(printf '%s' "$rss" | median)"
}
row() {  # a table row: label, wall, rss, and both as ratios to the hello JVM
  awk -v l="$1" -v w="$2" -v r="$3" -v hw="$hello_wall" -v hr="$hello_rss" \
    'BEGIN { printf "| %s | %.2f | %.0f | %.1f× | %.1f× |\n", l, w, r / 1024, w / hw, r / hr }'
}
echo "## Cold start to first advice (10 runs, medians)"
read -r hello_wall hello_rss < <(measure java -cp "$COLD_CP" dev.mlteams.advisor.benchmarks.Hello)
read -r cold_wall cold_rss < <(measure java -cp "$COLD_CP" dev.mlteams.advisor.benchmarks.ColdStart)
read -r floor_wall floor_rss < <(measure java -cp "$COLD_CP" dev.mlteams.advisor.benchmarks.ColdStartDroolsOnly)
read -r user_wall user_rss < <(measure java -cp "$COLD_CP" dev.mlteams.advisor.benchmarks.ColdStartWithUserRules)
# The launcher's flags on the library and on Drools alone: the floor for the CLI. Class-data sharing
# archives classes from jars only, so these run on the benchmarks jar instead of target/classes.
JAR_CP="$(ls target/advisor-benchmarks-*.jar):${COLD_CP#target/classes:}"
FLAGS=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData)
for probe in ColdStart ColdStartDroolsOnly; do
  rm -f "target/$probe.jsa"
  java "${FLAGS[@]}" -XX:ArchiveClassesAtExit="target/$probe.jsa" -cp "$JAR_CP" "dev.mlteams.advisor.benchmarks.$probe" >/dev/null 2>&1
done
read -r cds_wall cds_rss < <(measure java "${FLAGS[@]}" -XX:SharedArchiveFile=target/ColdStart.jsa -cp "$JAR_CP" dev.mlteams.advisor.benchmarks.ColdStart)
read -r cds_floor_wall cds_floor_rss < <(measure java "${FLAGS[@]}" -XX:SharedArchiveFile=target/ColdStartDroolsOnly.jsa -cp "$JAR_CP" dev.mlteams.advisor.benchmarks.ColdStartDroolsOnly)
read -r cli_wall cli_rss < <(measure java -jar ../cli/target/advisor-cli.jar recommend ../cli/profiles/embedded-saas.yaml)
# The launcher on the JDK this script runs (on JDK 25 or later it would take the other path).
java_home="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
read -r launcher_wall launcher_rss < <(JAVA_HOME="$java_home" measure ../cli/advisor recommend ../cli/profiles/embedded-saas.yaml)
# The launcher on JDK 25 or later, if this machine has one (JDK25_HOME, or under /usr/lib/jvm): an
# ahead-of-time cache instead of AppCDS. Its first run makes the cache, so it is run once before.
jdk25=""
for home in "${JDK25_HOME:-}" /usr/lib/jvm/*; do
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)"
  if [ -n "$home" ] && [ "${v:-0}" -ge 25 ]; then jdk25="$home"; break; fi
done
if [ -n "$jdk25" ]; then
  rm -f ../cli/target/advisor-cli-jdk*
  JAVA_HOME="$jdk25" ../cli/advisor recommend ../cli/profiles/embedded-saas.yaml >/dev/null
  if ! ls ../cli/target/advisor-cli-jdk*.aot >/dev/null 2>&1; then
    echo "the launcher made no AOT cache on $jdk25; leaving that row out" >&2
    jdk25=""
  fi
fi
if [ -n "$jdk25" ]; then
  read -r aot_wall aot_rss < <(JAVA_HOME="$jdk25" measure ../cli/advisor recommend ../cli/profiles/embedded-saas.yaml)
fi
echo "| probe | wall (s) | peak RSS (MB) | wall / hello | RSS / hello |"
echo "|---|---:|---:|---:|---:|"
row "hello JVM" "$hello_wall" "$hello_rss"
row "first advice, default rules" "$cold_wall" "$cold_rss"
row "Drools alone: the executable model, one run" "$floor_wall" "$floor_rss"
row "first advice, defaults + 10 user rules" "$user_wall" "$user_rss"
row "first advice, default rules, launcher flags (AppCDS)" "$cds_wall" "$cds_rss"
row "Drools alone, launcher flags (AppCDS)" "$cds_floor_wall" "$cds_floor_rss"
row "CLI recommend, java -jar" "$cli_wall" "$cli_rss"
row "CLI recommend, launcher (AppCDS)" "$launcher_wall" "$launcher_rss"
if [ -n "$jdk25" ]; then
  row "CLI recommend, launcher on JDK $(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$jdk25/release") (AOT cache)" "$aot_wall" "$aot_rss"
fi
echo

echo "## First advice from an advisor built ahead of time (10 runs, medians)"
# A host that builds the advisor on a background thread at start-up: what its first call costs,
# beside the second call in the same process.
firsts="" seconds=""
for _ in $(seq 10); do
  read -r first second < <(java -cp "$COLD_CP" dev.mlteams.advisor.benchmarks.FirstCallAfterBuild)
  firsts+="$first"$'\n'; seconds+="$second"$'\n'
done
first_ms=$(printf '%s' "$firsts" | median); second_ms=$(printf '%s' "$seconds" | median)
awk -v f="$first_ms" -v s="$second_ms" \
  'BEGIN { printf "first recommend() %.1f ms, second %.1f ms: the first takes %.1f× the second\n", f, s, f / s }'
echo

echo "## Memory"
java -cp "$COLD_CP" dev.mlteams.advisor.benchmarks.Memory
