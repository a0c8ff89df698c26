#!/usr/bin/env bash
# Load and profile the per-user pages (issue 21): starts the packaged jar on the shipped content, prepares a
# practice attempt, a running interview (console, candidate room, scoring sheet), then for each page named
# measures wrk -t1 -c32 and records a JFR profile of the measured part. Prints requests/s and p99 per page and the
# profile's breakdown (bench/jfr-breakdown.py).
#
#   bench/profile.sh                         # the four per-user pages, 15 s warm-up and 15 s measured each
#   bench/profile.sh practice console        # some of them (also: bank, question)
#   PROFILE_WARMUP=30 PROFILE_DURATION=20 PROFILE_KEEP=/tmp/jfr bench/profile.sh practice
#   PROFILE_OPTS="-Dsome.property=value" bench/profile.sh   # more JVM options, to compare a setting back to back
#
# Uses target/mock-interviews.jar as it is (build it first). Numbers are for comparing runs back to back on the same
# machine; bench/run.sh is the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=${PROFILE_JAR:-$ROOT/target/mock-interviews.jar}
WARMUP=${PROFILE_WARMUP:-15}
DURATION=${PROFILE_DURATION:-15}
KEEP=${PROFILE_KEEP:-}
[[ $# -gt 0 ]] && PAGES_WANTED=("$@") || PAGES_WANTED=(practice console candidate sheet)
[[ -f $JAR ]] || { echo "profile: build target/mock-interviews.jar first" >&2; exit 2; }
source "$ROOT/bench/lib.sh"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
JFR=$(dirname "$(readlink -f "$(command -v java)")")/jfr

mkdir -p "$WORK/bank" && cp -r content/. "$WORK/bank/"
# shellcheck disable=SC2086
start_app "$WORK/bank" "$WORK/data" -Xmx256m -XX:FlightRecorderOptions:stackdepth=256 ${PROFILE_OPTS:-}
log "app on $BASE, ready in ${STARTUP_READY}s"

prepare_fixtures

declare -A PATHS=([practice]="/practice/attempts/$ATTEMPT" [console]="/interviews/i/$CONSOLE"
  [candidate]="/interviews/c/$CANDIDATE" [sheet]="/interviews/i/$CONSOLE/sheet" [bank]="/"
  [question]="/questions/$QUESTION_ID")

for page in "${PAGES_WANTED[@]}"; do
  path=${PATHS[$page]}
  bytes=$(curl -s -b "$JAR_COOKIES" "$BASE$path" | wc -c)
  run_wrk "$BASE$path" "$WARMUP" -H "Cookie: $COOKIE_HEADER" >/dev/null
  jcmd "$APP_PID" JFR.start name=page settings=profile filename="$WORK/$page.jfr" >/dev/null
  cpu0=$(cpu_ticks "$APP_PID")
  read -r r a b e < <(run_wrk "$BASE$path" "$DURATION" -H "Cookie: $COOKIE_HEADER")
  cpu1=$(cpu_ticks "$APP_PID")
  jcmd "$APP_PID" JFR.stop name=page >/dev/null
  # CPU time of the whole process (request threads, JIT, GC) per request: less sensitive to other load on the
  # machine than requests/s.
  cpu_per_request=$(awk -v t=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" -v r="$r" -v d="$DURATION" \
    'BEGIN { if (r > 0) printf "%.3f", 1000 * t / hz / (r * d); else print "?" }')
  echo "## $page ($path, $bytes bytes): $r requests/s, p50 $(to_ms "$a") ms, p99 $(to_ms "$b") ms, non-2xx $e," \
    "CPU $cpu_per_request ms/request"
  "$JFR" print --events jdk.ExecutionSample --stack-depth 200 "$WORK/$page.jfr" | python3 bench/jfr-breakdown.py
  # The collector's pauses in the measured part: what a p99 of a few milliseconds can be made of.
  "$JFR" print --events jdk.GarbageCollection "$WORK/$page.jfr" | awk '
    /name = / { n++ } /sumOfPauses = / { v = $3; u = $4; ms = (u ~ /^s/) ? v * 1000 : (u ~ /^us/) ? v / 1000 : v; sum += ms; if (ms > max) max = ms }
    END { printf "garbage collections: %d, pauses %.1f ms in all, longest %.1f ms\n", n, sum, max }'
  [[ -z $KEEP ]] || { mkdir -p "$KEEP"; cp "$WORK/$page.jfr" "$KEEP/"; }
done
stop_app
