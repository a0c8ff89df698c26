#!/usr/bin/env bash
# The benchmark suite (issue 9). From a clean checkout with Java, wrk, nginx and Node:
#
#   bench/run.sh                      # full run, JVM options -Xmx256m
#   bench/run.sh -Xmx512m -XX:+UseSerialGC   # other JVM options (replace the default)
#   BENCH_QUICK=1 bench/run.sh        # smoke check: shipped content only, seconds per page
#
# It builds the jar, generates synthetic banks (bench/GenerateBank.java), measures start-up,
# import and memory for each bank size, load-tests the pages with wrk against the largest
# bank, compares the bank and question pages with nginx serving the same bytes, measures the
# live-update fan-out to 1,000 candidate streams, measures start-up and memory (Native Memory Tracking) of
# `java -jar` on Java 17 and of the Docker image's command line on Java 25 (bench/startup-memory.sh), and writes
# a Markdown table to
# bench/results/<date>-<commit>.md (quick mode: target/bench/quick.md).
#
# Environment: BENCH_QUICK=1, BENCH_SIZES ("8 1000 10000"), BENCH_LOAD_N (largest size),
# BENCH_WARMUP (60), BENCH_PAGE_WARMUP (10), BENCH_DURATION (20), BENCH_STREAMS (1000),
# BENCH_SKIP_BUILD=1 (reuse target/mock-interviews.jar), BENCH_LABEL (appended to the results file's name, e.g.
# "steady" for a run with BENCH_PAGE_WARMUP=60).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

QUICK=${BENCH_QUICK:-0}
if [[ $QUICK == 1 ]]; then
  SIZES=${BENCH_SIZES:-8}; WARMUP=${BENCH_WARMUP:-3}; PAGE_WARMUP=${BENCH_PAGE_WARMUP:-1}
  DURATION=${BENCH_DURATION:-2}; STREAMS=${BENCH_STREAMS:-100}
else
  SIZES=${BENCH_SIZES:-8 1000 10000}; WARMUP=${BENCH_WARMUP:-60}; PAGE_WARMUP=${BENCH_PAGE_WARMUP:-10}
  DURATION=${BENCH_DURATION:-20}; STREAMS=${BENCH_STREAMS:-1000}
fi
LOAD_N=${BENCH_LOAD_N:-${SIZES##* }}
LABEL=${BENCH_LABEL:+-$BENCH_LABEL}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ $# -gt 0 ]]; then JVM_OPTS=("$@"); else JVM_OPTS=(-Xmx256m); fi
JAR=$ROOT/target/mock-interviews.jar

for tool in java wrk nginx node curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 2; }
done
NGINX=$(command -v nginx)

# Shared helpers: the work directory, log, start_app/stop_app, run_wrk, to_ms, csrf_of.
source "$ROOT/bench/lib.sh"

# --- 1. build ---------------------------------------------------------------------------
if [[ ${BENCH_SKIP_BUILD:-0} != 1 || ! -f $JAR ]]; then
  log "building the jar"
  ./mvnw -q -B -ntp package -DskipTests
fi
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
JAVA_VERSION=$(java -version 2>&1 | sed -n 1p)

# --- 2. banks ---------------------------------------------------------------------------
for n in $SIZES; do
  if [[ $n == 8 ]]; then
    mkdir -p "$WORK/bank-8" && cp -r content/. "$WORK/bank-8/"
  else
    log "generating a bank of $n questions"
    java bench/GenerateBank.java "$n" "$WORK/bank-$n" content/rubric.md >&2
  fi
done

# --- 3. start-up, import and memory for each size ---------------------------------------
declare -A COLD_FIRST COLD_READY COLD_IMPORT COLD_RSS WARM_FIRST WARM_READY WARM_IMPORT WARM_RSS WARM_LINE
for n in $SIZES; do
  log "start-up with $n questions (cold: empty database)"
  start_app "$WORK/bank-$n" "$WORK/data-$n" "${JVM_OPTS[@]}"
  require_clean_import
  COLD_FIRST[$n]=$STARTUP_FIRST; COLD_READY[$n]=$STARTUP_READY; COLD_IMPORT[$n]=$IMPORT_MS; COLD_RSS[$n]=$RSS_START
  stop_app
  log "start-up with $n questions (restart, nothing changed)"
  start_app "$WORK/bank-$n" "$WORK/data-$n" "${JVM_OPTS[@]}"
  WARM_FIRST[$n]=$STARTUP_FIRST; WARM_READY[$n]=$STARTUP_READY; WARM_IMPORT[$n]=$IMPORT_MS; WARM_RSS[$n]=$RSS_START
  WARM_LINE[$n]=$IMPORT_LINE
  [[ $n == "$LOAD_N" ]] || stop_app
done

# --- the same start-up from the extracted jar with a class data sharing archive -------------
# Not the default way to run (README: "Performance"), measured to show what class loading costs.
CDS_READY=""
if [[ " $SIZES " == *" 8 "* && $LOAD_N != 8 ]]; then
  LOAD_BASE=$BASE; LOAD_PID=$APP_PID; APP_PID=""
  log "start-up with 8 questions from the extracted jar with a CDS archive"
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
  (cd "$WORK/data-8" && java "${JVM_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$WORK/extracted/mock-interviews.jar" --server.port=0 --app.content-dir="$WORK/bank-8" >"$WORK/cds-training.log" 2>&1) || true
  if [[ -f $WORK/app.jsa ]]; then
    start_app "$WORK/bank-8" "$WORK/data-8" "${JVM_OPTS[@]}" -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$WORK/extracted/mock-interviews.jar"
    CDS_READY=$STARTUP_READY
    stop_app
  fi
  BASE=$LOAD_BASE; APP_PID=$LOAD_PID
  [[ -n $APP_PID ]] || { echo "bench: the load instance is gone" >&2; exit 1; }
fi
log "load runs against the bank of $LOAD_N questions ($BASE)"

# --- 4. fixtures: an attempt, an interview, CSRF (bench/lib.sh) ---------------------------
prepare_fixtures

urlenc() { node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$1"; }
PAGES=(
  "bank|/"
  "filtered bank|/?difficulty=medium&topic=$(urlenc "$TOPIC")"
  "question|/questions/$QUESTION_ID"
  "practice stage|/practice/attempts/$ATTEMPT"
  "interviewer console|/interviews/i/$CONSOLE"
  "candidate room|/interviews/c/$CANDIDATE"
  "scoring sheet|/interviews/i/$CONSOLE/sheet"
  "GET /api/questions|/api/questions"
)

log "warm-up: ${WARMUP}s on the bank page"
run_wrk "$BASE/" "$WARMUP" >/dev/null

declare -A RPS P50 P99 BYTES ERRORS
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  BYTES[$name]=$(curl -s -b "$JAR_COOKIES" "$BASE$path" | wc -c)
  log "$name: $path (${BYTES[$name]} bytes)"
  run_wrk "$BASE$path" "$PAGE_WARMUP" -H "Cookie: $COOKIE_HEADER" >/dev/null
  read -r r a b e < <(run_wrk "$BASE$path" "$DURATION" -H "Cookie: $COOKIE_HEADER")
  RPS[$name]=$r; P50[$name]=$(to_ms "$a"); P99[$name]=$(to_ms "$b"); ERRORS[$name]=$e
done

# --- autosave: 64 attempts, round robin, then check every acknowledged save -------------
log "autosave"
: >"$WORK/attempts.txt"
for _ in $(seq 1 64); do new_attempt >>"$WORK/attempts.txt"; echo >>"$WORK/attempts.txt"; done
SAVE_CSRF=$(curl -s -b "$JAR_COOKIES" "$BASE/practice/attempts/$(head -1 "$WORK/attempts.txt")" | csrf_of)
COOKIE_HEADER=$(cookie_header)
export AUTOSAVE_ATTEMPTS=$WORK/attempts.txt AUTOSAVE_COOKIE=$COOKIE_HEADER AUTOSAVE_CSRF=$SAVE_CSRF
export AUTOSAVE_ACKS=$WORK/acks-warmup.txt AUTOSAVE_BASE=1000
run_wrk "$BASE/" "$PAGE_WARMUP" -s bench/autosave.lua >/dev/null
export AUTOSAVE_ACKS=$WORK/acks.txt AUTOSAVE_BASE=100000000
AUTOSAVE_OUT=$(wrk -t1 -c32 -d"${DURATION}s" --latency -s bench/autosave.lua "$BASE/" 2>&1)
echo "$AUTOSAVE_OUT" >>"$WORK/wrk.log"
ACKED=$(grep -o 'autosave: [0-9]* acknowledged' <<<"$AUTOSAVE_OUT" | tr -dc 0-9)
REFUSED=$(grep -o '[0-9]* refused' <<<"$AUTOSAVE_OUT" | tr -dc 0-9)
SAVE_RPS=$(awk -v a="$ACKED" -v d="$DURATION" 'BEGIN { printf "%.0f", a / d }')
SAVE_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$AUTOSAVE_OUT")")
SAVE_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$AUTOSAVE_OUT")")
LOST=0
CHECKED=0
mapfile -t ATTEMPTS < <(grep . "$WORK/attempts.txt")
while read -r index revision; do
  [[ -n $index ]] || continue
  CHECKED=$((CHECKED + 1))
  page=$(curl -s -b "$JAR_COOKIES" "$BASE/practice/attempts/${ATTEMPTS[$index]}")
  stored=$(( $(grep -o 'name="revision" value="[0-9]*"' <<<"$page" | sed -n 1p | tr -dc 0-9) - 1 ))
  if (( stored < revision )) || ! grep -q "Benchmark notes, revision $stored\. " <<<"$page"; then
    LOST=$((LOST + 1))
    echo "bench: attempt ${ATTEMPTS[$index]}: acknowledged revision $revision, stored $stored" >&2
  fi
done < <(sort -k1,1n -k2,2nr "$WORK/acks.txt" | sort -u -k1,1n)
log "autosave: $ACKED acknowledged ($SAVE_RPS/s), $REFUSED refused, $CHECKED attempts checked, $LOST lost"

# --- nginx serving the same bytes ---------------------------------------------------------
log "nginx"
mkdir -p "$WORK/nginx/html/questions" "$WORK/nginx/logs"
curl -s "$BASE/" -o "$WORK/nginx/html/index.html"
curl -s -b "$JAR_COOKIES" "$BASE/questions/$QUESTION_ID" -o "$WORK/nginx/html/questions/$QUESTION_ID"
chmod -R a+rX "$WORK/nginx"
NGINX_PORT=$(free_port)
NGINX_CONF=$WORK/nginx/nginx.conf
cat >"$NGINX_CONF" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$NGINX_CONF"
declare -A NGINX_RPS NGINX_P99
for name in "bank" "question"; do
  path=/; [[ $name == question ]] && path=/questions/$QUESTION_ID
  run_wrk "http://127.0.0.1:$NGINX_PORT$path" "$PAGE_WARMUP" >/dev/null
  read -r r a b e < <(run_wrk "http://127.0.0.1:$NGINX_PORT$path" "$DURATION")
  NGINX_RPS[$name]=$r; NGINX_P99[$name]=$(to_ms "$b")
done
"$NGINX" -p "$WORK/nginx" -c "$NGINX_CONF" -s stop; NGINX_CONF=""

# --- live-update fan-out ------------------------------------------------------------------
log "fan-out to $STREAMS candidate streams"
FANOUT=$(node bench/sse-fanout.mjs "$BASE" "$CANDIDATE" "$CONSOLE" "$COOKIE_HEADER" "$CSRF" "$STREAMS" APPROACH || true)
json() { grep -o "\"$1\":[0-9.null]*" <<<"$FANOUT" | cut -d: -f2; }
FAN_RECEIVED=$(json received); FAN_P50=$(json p50); FAN_P99=$(json p99); FAN_MAX=$(json max)

RSS_AFTER=$(rss_mb "$APP_PID")
OOM_LOAD=$(grep -c OutOfMemoryError "$WORK/data-$LOAD_N/app.log" || true)
stop_app

# --- SQL exercises: runs per second, and the pages while the SQL pool is saturated (bench/sql.sh) ----------
log "SQL runner"
BENCH_SKIP_BUILD=1 BENCH_SQL_SECTION="$WORK/sql.md" BENCH_QUICK=$QUICK BENCH_WARMUP=$WARMUP BENCH_PAGE_WARMUP=$PAGE_WARMUP \
  BENCH_DURATION=$DURATION bench/sql.sh "${JVM_OPTS[@]}"

# --- start-up and memory of the two ways the app runs (issue 21): `java -jar` on Java 17 and the Docker image's
# command line on Java 25 with its AOT cache (bench/startup-memory.sh, which also runs on its own) -----------------
log "start-up and memory: Java 17 and the image's command line on Java 25"
# Quick mode: no separate timed starts, only the measured instance of each way.
STARTUP_MEMORY_STARTS=5; [[ $QUICK == 1 ]] && STARTUP_MEMORY_STARTS=0
mkdir -p "$WORK/startup-memory"
BENCH_SKIP_BUILD=1 BENCH_SKIP_IMAGE=${BENCH_SKIP_BUILD:-0} BENCH_STARTUP_SECTION="$WORK/startup-memory/section.md" \
  BENCH_STARTS=${BENCH_STARTS:-$STARTUP_MEMORY_STARTS} BENCH_MEMORY_LOAD=${BENCH_MEMORY_LOAD:-$DURATION} \
  bench/startup-memory.sh "${JVM_OPTS[@]}" \
  || echo "Start-up and memory: bench/startup-memory.sh failed (see the log above)." >"$WORK/startup-memory/section.md"
[[ -f $WORK/startup-memory/section.md.vars ]] && source "$WORK/startup-memory/section.md.vars"

# --- the small heap: shipped content, -Xmx128m, a short load --------------------------------
log "shipped content at -Xmx128m"
mkdir -p "$WORK/bank-small" && cp -r content/. "$WORK/bank-small/"
start_app "$WORK/bank-small" "$WORK/data-small" -Xmx128m
SMALL_QUESTION=$(curl -s "$BASE/api/questions" | grep -o '"id":"[^"]*"' | sed -n 1p | cut -d'"' -f4)
for path in / "/questions/$SMALL_QUESTION" /api/questions; do run_wrk "$BASE$path" "$((DURATION / 2 + 1))" >/dev/null; done
SMALL_ALIVE=yes; kill -0 "$APP_PID" 2>/dev/null || SMALL_ALIVE=no
SMALL_OOM=$(grep -c OutOfMemoryError "$WORK/data-small/app.log" || true)
SMALL_RSS=$(rss_mb "$APP_PID" 2>/dev/null || echo "?")
stop_app

# --- 6. the report ---------------------------------------------------------------------------
pass() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**not met**"; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "?" }'; }
DATE=$(date -u +%Y-%m-%d)
if [[ $QUICK == 1 ]]; then OUT=$ROOT/target/bench/quick.md; else OUT=$ROOT/bench/results/$DATE-$COMMIT$LABEL.md; fi
mkdir -p "$(dirname "$OUT")"
{
  echo "# Benchmark $DATE, commit $COMMIT$([[ $QUICK == 1 ]] && echo ' (quick mode: smoke check, not a measurement)')"
  echo
  echo "$JAVA_VERSION; JVM options \`${JVM_OPTS[*]}\`; $(nproc) cores shared with other jobs (load average"
  echo "before the run: $LOAD_BEFORE); wrk -t1 -c32, ${WARMUP} s warm-up, then per page ${PAGE_WARMUP} s"
  echo "warm-up and ${DURATION} s measured; pages from the bank of $LOAD_N questions. Differences under ~15 % are noise."
  echo
  echo "## Pages"
  echo
  echo "| page | bytes | requests/s | p50 ms | p99 ms | non-2xx | nginx requests/s | nginx p99 ms | app/nginx |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for entry in "${PAGES[@]}"; do
    name=${entry%%|*}
    ng=${NGINX_RPS[$name]:-}; ngp=${NGINX_P99[$name]:-}
    echo "| $name | ${BYTES[$name]} | ${RPS[$name]} | ${P50[$name]} | ${P99[$name]} | ${ERRORS[$name]} | ${ng:-} | ${ngp:-} | $([[ -n $ng ]] && ratio "${RPS[$name]}" "$ng") |"
  done
  echo "| autosave (acknowledged saves) | - | $SAVE_RPS | $SAVE_P50 | $SAVE_P99 | $REFUSED refused | | | |"
  echo
  echo "Autosave: $ACKED saves acknowledged in ${DURATION} s over 64 attempts; the last acknowledged save of every"
  echo "attempt checked afterwards ($CHECKED attempts): **$LOST lost**."
  echo
  echo "## Start-up, import, memory"
  echo
  echo "| questions | start (cold): first 200 on / | ready (import done) | import | RSS | restart, unchanged: first 200 | ready | import | RSS |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    echo "| $n | ${COLD_FIRST[$n]} s | ${COLD_READY[$n]} s | ${COLD_IMPORT[$n]} ms | ${COLD_RSS[$n]} MB | ${WARM_FIRST[$n]} s | ${WARM_READY[$n]} s | ${WARM_IMPORT[$n]} ms | ${WARM_RSS[$n]} MB |"
  done
  echo
  echo "- Resident memory after every load run (bank of $LOAD_N, \`${JVM_OPTS[*]}\`): **$RSS_AFTER MB**; OutOfMemoryError in its log: $OOM_LOAD."
  echo "- Shipped content at \`-Xmx128m\` after a short load on bank, question and API: alive: $SMALL_ALIVE, OutOfMemoryError: $SMALL_OOM, RSS $SMALL_RSS MB."
  [[ -n $CDS_READY ]] && echo "- Shipped content, restart from the extracted jar (\`java -Djarmode=tools -jar ... extract\`) with a class data sharing archive (\`-XX:SharedArchiveFile\`, trained with \`-Dspring.context.exit=onRefresh\`): ready in **$CDS_READY s**."
  echo "- Unchanged restart of the largest bank logged: \`${WARM_LINE[$LOAD_N]}\`"
  echo
  echo "## Live-update fan-out"
  echo
  echo "$STREAMS candidate streams on one interview, stage advanced from the console: received by ${FAN_RECEIVED:-0};"
  echo "p50 ${FAN_P50:-?} ms, p99 ${FAN_P99:-?} ms, max ${FAN_MAX:-?} ms (from sending the POST)."
  echo
  cat "$WORK/sql.md"
  echo
  cat "$WORK/startup-memory/section.md"
  echo
  echo "## Targets"
  echo
  echo "| target | measured | |"
  echo "|---|---|---|"
  for name in bank question; do
    echo "| $name page ≥ 30 % of nginx, p99 ≤ 10 ms | $(ratio "${RPS[$name]}" "${NGINX_RPS[$name]}"), p99 ${P99[$name]} ms | $(pass "${RPS[$name]} >= 0.3 * ${NGINX_RPS[$name]} && ${P99[$name]} <= 10") |"
  done
  for name in "practice stage" "interviewer console" "candidate room" "scoring sheet"; do
    echo "| $name ≥ 5,000 requests/s, p99 ≤ 20 ms | ${RPS[$name]}/s, p99 ${P99[$name]} ms | $(pass "${RPS[$name]} >= 5000 && ${P99[$name]} <= 20") |"
  done
  echo "| autosave ≥ 3,000 acknowledged/s, p99 ≤ 30 ms, 0 lost | $SAVE_RPS/s, p99 $SAVE_P99 ms, $LOST lost | $(pass "$SAVE_RPS >= 3000 && $SAVE_P99 <= 30 && $LOST == 0") |"
  if [[ " $SIZES " == *" 8 "* ]]; then
    echo "| start-up, shipped content ≤ 5 s | ${COLD_READY[8]} s cold, ${WARM_READY[8]} s restart | $(pass "${COLD_READY[8]} <= 5 && ${WARM_READY[8]} <= 5") |"
  fi
  if [[ " $SIZES " == *" 10000 "* ]]; then
    echo "| 10,000 questions: ≤ 15 s cold | ${COLD_READY[10000]} s | $(pass "${COLD_READY[10000]} <= 15") |"
    echo "| 10,000 questions: ≤ 6 s unchanged | ${WARM_READY[10000]} s | $(pass "${WARM_READY[10000]} <= 6") |"
  fi
  echo "| RSS after load ≤ 350 MB | $RSS_AFTER MB | $(pass "$RSS_AFTER <= 350") |"
  for way in 17 25; do
    start=SM_START_$way rss=SM_RSS_$way
    [[ -n ${!start:-} ]] || continue
    echo "| shipped content, $([[ $way == 17 ]] && echo 'Java 17 \`java -jar\`' || echo "Java 25, the image's command line"): start-up ≤ 5 s (median), RSS after load ≤ 350 MB | ${!start} s, ${!rss} MB | $(pass "${!start} <= 5 && ${!rss} <= 350") |"
  done
  echo "| no OutOfMemoryError at -Xmx128m | alive: $SMALL_ALIVE, OOM: $SMALL_OOM | $(pass "\"$SMALL_ALIVE\" == \"yes\" && $SMALL_OOM == 0") |"
  echo "| fan-out to $STREAMS streams: p99 ≤ 1 s | p99 ${FAN_P99:-?} ms, ${FAN_RECEIVED:-0} received | $(pass "${FAN_RECEIVED:-0} == $STREAMS && ${FAN_P99:-99999} <= 1000") |"
  echo "| bank page of $LOAD_N questions < 100 KB | ${BYTES[bank]} bytes | $(pass "${BYTES[bank]} < 102400") |"
} >"$OUT"
cat "$OUT"
echo
echo "written to ${OUT#"$ROOT"/}"
# The smoke check fails only when something is broken, never on a figure.
[[ ${ERRORS[bank]} == 0 && $LOST == 0 && $SMALL_ALIVE == yes && $SMALL_OOM == 0 && ${FAN_RECEIVED:-0} == "$STREAMS" ]]
