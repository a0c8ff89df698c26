# Shared by bench/run.sh and bench/sql.sh. Expects ROOT and JAR to be set (and NGINX when nginx is used).
# Gives: WORK (a temporary directory removed on exit), log, free_port, now, elapsed, rss_mb, start_app, stop_app,
# require_clean_import, csrf_of, cookie_header, new_attempt, prepare_fixtures, run_wrk and to_ms.

WORK=$(mktemp -d /tmp/mock-interviews-bench.XXXXXX)
chmod 755 "$WORK"
APP_PID=""
NGINX_CONF=""
cleanup() {
  [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [[ -n $NGINX_CONF ]] && "$NGINX" -p "$WORK/nginx" -c "$NGINX_CONF" -s stop 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { printf '== %s\n' "$*" >&2; }

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }


# --- start / stop -----------------------------------------------------------------------
PORT=""
BASE=""
# start_app BANK_DIR DATA_DIR [extra JVM options...]: starts the jar and sets STARTUP_FIRST
# (first 200 on /), STARTUP_READY (first 200 on / with the import done), IMPORT_MS, RSS_START.
start_app() {
  local bank=$1 data=$2; shift 2
  PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
  mkdir -p "$data"
  local t0; t0=$(now)
  local args=("$@")
  [[ " $* " == *" -jar "* ]] || args+=(-jar "$JAR")
  # The abuse limits (README "Limits") are off: the benchmark creates thousands of interviews and opens
  # $STREAMS streams on one link, all from 127.0.0.1.
  (cd "$data" && exec java "${args[@]}" --server.port="$PORT" --app.content-dir="$bank" \
      --app.limits.creations-per-hour=0 --app.limits.streams-per-link=0 --app.limits.streams-per-address=0 \
      >"$data/app.log" 2>&1) &
  APP_PID=$!
  STARTUP_FIRST=""
  until [[ -n $STARTUP_FIRST ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$data/app.log" >&2; echo "bench: the app died" >&2; exit 1; }
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true) == 200 ]]; then STARTUP_FIRST=$(elapsed "$t0" "$(now)"); fi
    sleep 0.05
  done
  until curl -s "$BASE/actuator/health" | grep -q '"contentImport":{"status":"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$data/app.log" >&2; echo "bench: the app died" >&2; exit 1; }
    sleep 0.05
  done
  curl -s -o /dev/null "$BASE/"
  STARTUP_READY=$(elapsed "$t0" "$(now)")
  IMPORT_MS=$(grep -o "Content import: .* in [0-9]* ms" "$data/app.log" | tail -1 | grep -o "[0-9]* ms$" | tr -dc 0-9 || true)
  IMPORT_LINE=$(grep -o "Content import: .*" "$data/app.log" | tail -1 || true)
  RSS_START=$(rss_mb "$APP_PID")
}
# require_clean_import: stops the benchmark when the last start's import refused questions: a generated bank that no
# longer passes the content rules imports nothing, and its figures would measure nothing.
require_clean_import() {
  [[ $IMPORT_LINE == *" 0 invalid"* ]] || { echo "bench: the import refused questions: $IMPORT_LINE" >&2; exit 1; }
}
stop_app() {
  if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi
}


csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | cut -d'"' -f4; }

# cookie_header: the cookies of $JAR_COOKIES as one Cookie header's value (for wrk).
cookie_header() { sed 's/^#HttpOnly_//' "$JAR_COOKIES" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }'; }

# new_attempt: starts a practice attempt on $QUESTION_ID and prints its id.
new_attempt() {
  curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "_csrf=$CSRF" "$BASE/questions/$QUESTION_ID/practice" | sed 's#.*/practice/attempts/##'
}

# prepare_fixtures: against the running app ($BASE), as one browser (cookies in $WORK/cookies.txt): the first
# question and its first topic, a practice attempt, and an interview on that question, started. Sets JAR_COOKIES,
# QUESTION_ID, TOPIC, CSRF, ATTEMPT, CONSOLE (the interviewer's token), CANDIDATE (the candidate's) and
# COOKIE_HEADER.
prepare_fixtures() {
  JAR_COOKIES=$WORK/cookies.txt
  local questions; questions=$(curl -s "$BASE/api/questions")
  QUESTION_ID=$(grep -o '"id":"[^"]*"' <<<"$questions" | sed -n 1p | cut -d'"' -f4)
  TOPIC=$(grep -o '"topics":\["[^"]*"' <<<"$questions" | sed -n 1p | cut -d'"' -f4)
  CSRF=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/questions/$QUESTION_ID" | csrf_of)
  ATTEMPT=$(new_attempt)
  CONSOLE=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "_csrf=$CSRF" --data-urlencode "questions=$QUESTION_ID" \
    --data-urlencode "interviewerName=Ada" --data-urlencode "candidateName=Grace" "$BASE/interviews" \
    | sed 's#.*/interviews/i/##')
  CANDIDATE=$(curl -s -b "$JAR_COOKIES" "$BASE/interviews/i/$CONSOLE" | grep -o '/interviews/c/[A-Za-z0-9_-]\{22\}' \
    | sed -n 1p | sed 's#.*/##')
  curl -s -o /dev/null -b "$JAR_COOKIES" --data-urlencode "_csrf=$CSRF" "$BASE/interviews/i/$CONSOLE/start"
  COOKIE_HEADER=$(cookie_header)
  [[ -n $ATTEMPT && -n $CONSOLE && -n $CANDIDATE && -n $CSRF ]] || { echo "bench: could not prepare fixtures" >&2; exit 1; }
}

# run_wrk URL SECONDS [extra wrk args] -> prints "rps p50 p99 non2xx"
run_wrk() {
  local url=$1 secs=$2; shift 2
  local out; out=$(wrk -t1 -c32 -d"${secs}s" --latency "$@" "$url" 2>&1)
  echo "$out" >>"$WORK/wrk.log"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
  echo "${rps:-0} ${p50:-?} ${p99:-?} ${errors:-0}"
}
# to_ms "1.23ms" | "850.00us" | "1.20s" -> milliseconds
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
  else if (v ~ /s$/) printf "%.2f", v * 1000; else print "?" }'; }

