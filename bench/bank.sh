#!/usr/bin/env bash
# The large bank on its own (issue 21): cold import, unchanged restart and the first pages of the bank after the
# restart, for one generated bank, repeated. bench/run.sh measures the same start-ups among everything else; this
# script is for comparing import and bank-page changes back to back.
#
#   bench/bank.sh                       # 10,000 questions, 3 repeats, JVM options -Xmx256m
#   BENCH_BANK_N=1000 BENCH_REPEAT=1 bench/bank.sh -Xmx512m
#   BENCH_JFR=/tmp/prof bench/bank.sh   # also writes a Flight Recorder profile of each start (cold-1.jfr, ...)
#
# Environment: BENCH_BANK_N (10000), BENCH_REPEAT (3), BENCH_SKIP_BUILD=1 (reuse target/mock-interviews.jar),
# BENCH_JAR (another jar, e.g. a copy of the one before a change), BENCH_JFR (a folder for profiles). Prints a
# Markdown table; CPU is the process's CPU seconds (user + system) when it was ready.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${BENCH_BANK_N:-10000}
REPEAT=${BENCH_REPEAT:-3}
if [[ $# -gt 0 ]]; then JVM_OPTS=("$@"); else JVM_OPTS=(-Xmx256m); fi
JAR=${BENCH_JAR:-$ROOT/target/mock-interviews.jar}
source "$ROOT/bench/lib.sh"

if [[ -z ${BENCH_JAR:-} && ( ${BENCH_SKIP_BUILD:-0} != 1 || ! -f $JAR ) ]]; then
  log "building the jar"
  ./mvnw -q -B -ntp package -DskipTests
fi
log "generating a bank of $N questions"
java bench/GenerateBank.java "$N" "$WORK/bank" content/rubric.md >&2

# cpu_s PID -> seconds of CPU (user + system) the process has used: on a shared machine a steadier comparison than
# the wall clock
cpu_s() { awk -v t="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$1/stat"; }
# page_ms PATH -> milliseconds for one request (nothing cached yet for that address)
page_ms() { curl -s -o /dev/null -w '%{time_total}' "$BASE$1" | awk '{ printf "%.0f", $1 * 1000 }'; }
jfr() { [[ -n ${BENCH_JFR:-} ]] && mkdir -p "$BENCH_JFR" && echo "-XX:StartFlightRecording=filename=$BENCH_JFR/$1.jfr,settings=profile"; true; }

echo "| run | cold: ready | import | CPU | restart: first 200 on / | ready | import | CPU | next bank page | last bank page | hard only |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for run in $(seq 1 "$REPEAT"); do
  rm -rf "$WORK/data"
  log "run $run: cold start (empty database)"
  # shellcheck disable=SC2046
  start_app "$WORK/bank" "$WORK/data" "${JVM_OPTS[@]}" $(jfr "cold-$run")
  require_clean_import
  cold_ready=$STARTUP_READY; cold_import=$IMPORT_MS; cold_cpu=$(cpu_s "$APP_PID")
  stop_app
  log "run $run: restart, nothing changed"
  # shellcheck disable=SC2046
  start_app "$WORK/bank" "$WORK/data" "${JVM_OPTS[@]}" $(jfr "restart-$run")
  warm_cpu=$(cpu_s "$APP_PID")
  next=$(page_ms "/?page=2"); last=$(page_ms "/?page=$(( (N + 19) / 20 ))"); hard=$(page_ms "/?difficulty=hard")
  echo "| $run | $cold_ready s | $cold_import ms | $cold_cpu s | $STARTUP_FIRST s | $STARTUP_READY s | $IMPORT_MS ms | $warm_cpu s | $next ms | $last ms | $hard ms |"
  stop_app
done
