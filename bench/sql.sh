#!/usr/bin/env bash
# The SQL part of the benchmark (issue 18); bench/run.sh runs it too. From a clean checkout with Java, wrk and curl:
#
#   bench/sql.sh                     # JVM options -Xmx256m; report in bench/results/<date>-<commit>-sql.md
#   BENCH_QUICK=1 bench/sql.sh       # smoke check, seconds per step; report in target/bench/sql-quick.md
#
# It measures Run on a SQL exercise (runs per second and p99 for a typical query on the sample data), then the bank
# and the practice page of the same instance three times: alone; while an unrelated process keeps one core busy
# (the control: what losing a core costs on this machine); and while the SQL pool is saturated with heavy queries
# (every worker busy, the queue full, further runs answered "busy"), so the two slowdowns can be compared.
#
# Environment: BENCH_QUICK, BENCH_WARMUP (30, both pages first), BENCH_PAGE_WARMUP (10), BENCH_DURATION (20), BENCH_SKIP_BUILD=1 (reuse the jar),
# BENCH_SQL_QUESTION (sql-top-n-per-group), BENCH_SQL_SECTION (write only the report's Markdown section there).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
QUICK=${BENCH_QUICK:-0}
if [[ $QUICK == 1 ]]; then WARMUP=${BENCH_WARMUP:-2}; PAGE_WARMUP=${BENCH_PAGE_WARMUP:-1}; DURATION=${BENCH_DURATION:-2}
else WARMUP=${BENCH_WARMUP:-30}; PAGE_WARMUP=${BENCH_PAGE_WARMUP:-10}; DURATION=${BENCH_DURATION:-20}; fi
if [[ $# -gt 0 ]]; then JVM_OPTS=("$@"); else JVM_OPTS=(-Xmx256m); fi
JAR=$ROOT/target/mock-interviews.jar
QUESTION=${BENCH_SQL_QUESTION:-sql-top-n-per-group}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for tool in java wrk curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 2; }
done
source "$ROOT/bench/lib.sh"
BURNER_PID=""
trap 'cleanup; [[ -n $BURNER_PID ]] && kill "$BURNER_PID" 2>/dev/null || true' EXIT

if [[ ${BENCH_SKIP_BUILD:-0} != 1 || ! -f $JAR ]]; then
  log "building the jar"
  ./mvnw -q -B -ntp package -DskipTests
fi

# A typical answer to the exercise: joins, a grouped sum and a window over ~70 sample rows.
TYPICAL="SELECT category, product_name, units FROM (
  SELECT p.category, p.product_name, sum(l.quantity) AS units,
         rank() OVER (PARTITION BY p.category ORDER BY sum(l.quantity) DESC) AS rnk
  FROM order_lines l JOIN products p USING (product_id)
  GROUP BY p.category, p.product_name) ranked
WHERE rnk <= 3 ORDER BY category, units DESC, product_name"
# A heavy but legitimate run: a second or more of one core, well inside the time limit.
HEAVY="SELECT count(*) AS n FROM range(400000000) t(i) WHERE i % 7 = 3"

log "SQL: starting the app with the shipped content"
start_app "$ROOT/content" "$WORK/data-sql" "${JVM_OPTS[@]}"
COOKIES=$WORK/sql-cookies.txt
SQL_CSRF=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/questions/$QUESTION" | csrf_of)
SQL_ATTEMPT=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$COOKIES" -b "$COOKIES" \
  --data-urlencode "_csrf=$SQL_CSRF" "$BASE/questions/$QUESTION/practice" | sed 's#.*/practice/attempts/##')
for target in APPROACH ANSWER; do
  curl -s -o /dev/null -b "$COOKIES" --data-urlencode "_csrf=$SQL_CSRF" --data-urlencode "target=$target" \
    "$BASE/practice/attempts/$SQL_ATTEMPT/stage"
done
SQL_COOKIE=$(sed 's/^#HttpOnly_//' "$COOKIES" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
export SQL_ATTEMPT SQL_CSRF SQL_COOKIE
[[ -n $SQL_CSRF && -n $SQL_ATTEMPT ]] || { echo "bench: could not start a practice attempt on $QUESTION" >&2; exit 1; }
WORKERS=$(grep -o 'SQL runner: [0-9]* workers' "$WORK/data-sql/app.log" | tr -dc 0-9 || true)

# sql_wrk CONNECTIONS SECONDS QUERY [DELAY_MS] -> "runs/s p50 p99 busy failed total" (runs/s counts answered runs)
sql_wrk() {
  local out; out=$(SQL_QUERY=$3 SQL_DELAY_MS=${4:-0} wrk -t1 -c"$1" -d"$2s" --latency -s bench/sql-run.lua "$BASE/" 2>&1)
  echo "$out" >>"$WORK/wrk.log"
  local total busy failed
  total=$(awk '/requests in/ { print $1 }' <<<"$out")
  busy=$(grep -o 'sql-run: [0-9]* busy' <<<"$out" | tr -dc 0-9)
  failed=$(grep -o 'sql-run: [0-9]* failed' <<<"$out" | tr -dc 0-9)
  echo "$(awk -v t="${total:-0}" -v b="${busy:-0}" -v d="$2" 'BEGIN { printf "%.1f", (t - b) / d }') \
$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")") $(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")") \
${busy:-0} ${failed:-0} ${total:-0}"
}

log "SQL: Run with a typical query"
sql_wrk 1 "$PAGE_WARMUP" "$TYPICAL" >/dev/null
read -r RPS1 P50_1 P99_1 BUSY1 FAILED1 _ < <(sql_wrk 1 "$DURATION" "$TYPICAL")
read -r RPS2 P50_2 P99_2 BUSY2 FAILED2 _ < <(sql_wrk 2 "$DURATION" "$TYPICAL")
HEAVY_MS=$(curl -s -o /dev/null -w '%{time_total}' -b "$COOKIES" -H 'HX-Request: true' --data-urlencode "_csrf=$SQL_CSRF" \
  --data-urlencode "query=$HEAVY" "$BASE/practice/attempts/$SQL_ATTEMPT/sql/run" | awk '{ printf "%.0f", $1 * 1000 }')

PRACTICE=/practice/attempts/$SQL_ATTEMPT
declare -A RPS P99
# pages LABEL: measures the bank and the practice page into RPS[LABEL,page] and P99[LABEL,page]
pages() {
  local path name
  for name in bank practice; do
    path=/; [[ $name == practice ]] && path=$PRACTICE
    run_wrk "$BASE$path" "$PAGE_WARMUP" -H "Cookie: $SQL_COOKIE" >/dev/null
    read -r r a b e < <(run_wrk "$BASE$path" "$DURATION" -H "Cookie: $SQL_COOKIE")
    [[ $e == 0 ]] || { echo "bench: $name answered $e errors ($1)" >&2; exit 1; }
    RPS[$1,$name]=$r; P99[$1,$name]=$(to_ms "$b")
  done
}
log "SQL: warm-up, ${WARMUP} s on each page"
for path in / "$PRACTICE"; do run_wrk "$BASE$path" "$WARMUP" -H "Cookie: $SQL_COOKIE" >/dev/null; done
log "SQL: pages alone"
pages calm
log "SQL: pages while another process keeps one core busy"
( while :; do :; done ) &
BURNER_PID=$!
pages burner
kill "$BURNER_PID"; wait "$BURNER_PID" 2>/dev/null || true; BURNER_PID=""
log "SQL: pages while 8 users keep the SQL pool saturated with heavy queries (pressing Run again 100 ms after each answer)"
SATURATE_SECONDS=$(( 2 * (DURATION + PAGE_WARMUP) + 4 ))
SQL_QUERY=$HEAVY SQL_DELAY_MS=100 wrk -t1 -c8 -d"${SATURATE_SECONDS}s" -s bench/sql-run.lua "$BASE/" \
  >"$WORK/sql-saturation.log" 2>&1 &
SATURATE_PID=$!
sleep 2
pages saturated
wait "$SATURATE_PID" || true
SAT_BUSY=$(grep -o 'sql-run: [0-9]* busy' "$WORK/sql-saturation.log" | tr -dc 0-9)
SAT_FAILED=$(grep -o 'sql-run: [0-9]* failed' "$WORK/sql-saturation.log" | tr -dc 0-9)
SAT_TIMEDOUT=$(grep -o 'sql-run: [0-9]* timed out' "$WORK/sql-saturation.log" | tr -dc 0-9)
SAT_TOTAL=$(awk '/requests in/ { print $1 }' "$WORK/sql-saturation.log")
ALIVE=yes; kill -0 "$APP_PID" 2>/dev/null || ALIVE=no
stop_app

pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "?" }'; }
SECTION=${BENCH_SQL_SECTION:-}
if [[ -z $SECTION ]]; then
  if [[ $QUICK == 1 ]]; then SECTION=$ROOT/target/bench/sql-quick.md
  else SECTION=$ROOT/bench/results/$(date -u +%Y-%m-%d)-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)-sql.md; fi
  STANDALONE=1
fi
mkdir -p "$(dirname "$SECTION")"
{
  if [[ -n ${STANDALONE:-} ]]; then
    echo "# SQL benchmark $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ $QUICK == 1 ]] && echo ' (quick mode: smoke check, not a measurement)')"
    echo
    echo "$(java -version 2>&1 | sed -n 1p); JVM options \`${JVM_OPTS[*]}\`; $(nproc) cores (load average before the run:"
    echo "$LOAD_BEFORE); pages with wrk -t1 -c32, ${PAGE_WARMUP} s warm-up and ${DURATION} s measured each."
    echo
  fi
  echo "## SQL exercises"
  echo
  echo "Run on \`$QUESTION\`'s sample data (a fresh in-memory DuckDB per run: loaded, queried, closed), a typical answer"
  echo "(a join, a grouped sum and a rank window), posted as the page's script does; the pool has ${WORKERS:-?} worker(s)."
  echo
  echo "| connections | runs/s | p50 ms | p99 ms | busy | failed |"
  echo "|---:|---:|---:|---:|---:|---:|"
  echo "| 1 | **$RPS1** | $P50_1 | **$P99_1** | $BUSY1 | $FAILED1 |"
  echo "| 2 | $RPS2 | $P50_2 | $P99_2 | $BUSY2 | $FAILED2 |"
  echo
  echo "The bank and the practice page (the SQL exercise in its Answer stage) of the same instance: alone; while an"
  echo "unrelated shell loop keeps one core busy; and while 8 users run a heavy query (\`$HEAVY\`, ${HEAVY_MS} ms alone)"
  echo "and press Run again 100 ms after each answer, which keeps every worker busy and the queue full: $SAT_BUSY of"
  echo "$SAT_TOTAL runs were answered \"busy\" at once, ${SAT_TIMEDOUT:-0} were cancelled at the time limit (the heavy query slows down"
  echo "while the pages take the other core), $SAT_FAILED failed otherwise; the app was alive afterwards: $ALIVE."
  echo
  echo "| page | alone: requests/s | p99 ms | one core busy: requests/s | p99 ms | SQL pool saturated: requests/s | p99 ms | saturated / alone |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for name in bank practice; do
    echo "| $name | ${RPS[calm,$name]} | ${P99[calm,$name]} | ${RPS[burner,$name]} | ${P99[burner,$name]} | ${RPS[saturated,$name]} | ${P99[saturated,$name]} | $(pct "${RPS[saturated,$name]}" "${RPS[calm,$name]}") |"
  done
} >"$SECTION"
[[ -n ${STANDALONE:-} ]] && { cat "$SECTION"; echo; echo "written to ${SECTION#"$ROOT"/}"; }
# A smoke check fails only when something is broken: a run failed, saturation refused nothing, the app died.
[[ $ALIVE == yes && $FAILED1 == 0 && $FAILED2 == 0 && $SAT_FAILED == 0 && ${SAT_BUSY:-0} -gt 0 ]]
