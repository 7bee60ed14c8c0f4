#!/usr/bin/env bash
# Runs every benchmark and prints the figures the README reports, each beside its baseline from the
# same run: JMH (warm recommend vs floor vs naive Drools; 1 vs 2 threads), cold start vs a JVM that
# only prints "hello" (10 runs each, medians of wall time and peak RSS), and retained heap.
# Usage: examples/benchmarks/run.sh   (from the repository root; takes about 12 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (for peak RSS)" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

mvn -q -B -pl examples/benchmarks -am -DskipTests install
cd examples/benchmarks
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
CP="target/classes:$(cat target/cp.txt)"

echo "## Machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo

echo "## Warm recommend() and thread scaling (JMH)"
java -cp "$CP" org.openjdk.jmh.Main -rf json -rff target/jmh.json 'RecommendBenchmark|ThreadScalingBenchmark' > target/jmh.log
java -cp "$CP" dev.mlteams.advisor.benchmarks.Summary target/jmh.json
echo

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() {  # 10 runs of a main class: median wall seconds and median peak RSS in MB
  local main=$1 walls="" rss=""
  for _ in $(seq 10); do
    out=$( { /usr/bin/time -f "%e %M" java -cp "$CP" "$main" >/dev/null; } 2>&1 | tail -1)
    walls+="${out%% *}"$'\n'; rss+="${out##* }"$'\n'
  done
  echo "$(printf '%s' "$walls" | median) $(printf '%s' "$rss" | median)"
}
echo "## Cold start to first advice (10 runs, medians)"
read -r hello_wall hello_rss < <(measure dev.mlteams.advisor.benchmarks.Hello)
read -r cold_wall cold_rss < <(measure dev.mlteams.advisor.benchmarks.ColdStart)
awk -v hw="$hello_wall" -v hr="$hello_rss" -v cw="$cold_wall" -v cr="$cold_rss" 'BEGIN {
  printf "| probe | wall (s) | peak RSS (MB) |\n|---|---:|---:|\n";
  printf "| hello JVM | %.2f | %.0f |\n", hw, hr / 1024;
  printf "| first advice | %.2f | %.0f |\n", cw, cr / 1024;
  printf "| ratio | %.1f× | %.1f× |\n", cw / hw, cr / hr }'
echo

echo "## Memory"
java -cp "$CP" dev.mlteams.advisor.benchmarks.Memory
