#!/usr/bin/env bash
# Start-up and memory of the two ways the app runs (issue 21): `java -jar` on Java 17 and the Docker image's
# command line on Java 25 (scripts/image-run.sh: the Dockerfile's ENTRYPOINT, java.options and ENV, with the AOT
# cache). bench/run.sh runs it; it also runs on its own:
#
#   bench/startup-memory.sh                      # both, -Xmx256m, shipped content; writes a Markdown section
#   BENCH_STARTS=7 bench/startup-memory.sh       # more starts per way (the median is reported)
#   BENCH_VARIANTS="17 25" ...                   # which ways; "25:OPTION ..." adds an option to the image's line
#                                                # (e.g. "25 25:-XX:+UseSerialGC" to see what that option saves;
#                                                # "25:MALLOC_ARENA_MAX=" runs it without the image's variable)
#
# For each way: BENCH_STARTS starts to the first 200 on / (median, min, max), then one instance under load (wrk on
# the bank, a question, a practice stage and the interviewer console, BENCH_MEMORY_LOAD s each) with Native Memory
# Tracking on, and then VmRSS, smaps_rollup and `jcmd VM.native_memory summary`. Output: BENCH_STARTUP_SECTION
# (default target/bench/startup-memory.md), and the NMT summaries beside it. BENCH_SKIP_BUILD=1 reuses the jar and
# the image (target/image/app); BENCH_SKIP_IMAGE=0 rebuilds the image all the same.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=$ROOT/target/mock-interviews.jar
STARTS=${BENCH_STARTS:-5}
LOAD_SECONDS=${BENCH_MEMORY_LOAD:-15}
VARIANTS=${BENCH_VARIANTS:-17 25}
OUT=${BENCH_STARTUP_SECTION:-$ROOT/target/bench/startup-memory.md}
if [[ $# -gt 0 ]]; then JVM_OPTS=("$@"); else JVM_OPTS=(-Xmx256m); fi
source "$ROOT/bench/lib.sh"
mkdir -p "$(dirname "$OUT")"

if [[ ${BENCH_SKIP_BUILD:-0} != 1 || ! -f $JAR ]]; then ./mvnw -q -B -ntp package -DskipTests; fi
JAVA17=$(command -v java)
JAVA25_HOME=$(scripts/image-run.sh java-home 2>/dev/null || true)
if [[ " $VARIANTS " == *" 25"* ]]; then
  if [[ -z $JAVA25_HOME ]]; then
    [[ ${CI:-} == true ]] && { echo "bench: no Java 25 for the image's command line" >&2; exit 1; }
    log "no Java 25: the image's command line is left out"; VARIANTS=${VARIANTS//25*/}
  elif [[ ! -f target/image/app/app.aot || ${BENCH_SKIP_IMAGE:-${BENCH_SKIP_BUILD:-0}} != 1 ]]; then
    log "building the image's layers and AOT cache (scripts/image-run.sh build)"
    scripts/image-run.sh build >&2
  fi
fi

mkdir -p "$WORK/bank" && cp -r content/. "$WORK/bank/"
# The image's /app, copied with its times (the AOT cache checks the jars' size and time, and its class path is
# relative to /app); the copy keeps parallel runs apart.
[[ " $VARIANTS " != *" 25"* ]] || cp -a target/image/app "$WORK/app"
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# start_way VARIANT N [extra options]: starts one instance, on an empty database, the way VARIANT runs: 17 is
# `java -jar` on the Java on the PATH; 25 the image's command line (25:OPTIONS adds options to it).
start_way() {
  local variant=$1 n=$2; shift 2
  if [[ $variant == 17 ]]; then
    unset MALLOC_ARENA_MAX
    start_app "$WORK/bank" "$WORK/data-$n" "${JVM_OPTS[@]}" "$@"
  else
    local words=() extra=() word; [[ $variant == 25:* ]] && read -r -a words <<<"${variant#25:}"
    # As in the container: in /app (a copy of target/image/app) with its data/ emptied, the image's ENV; JVM_OPTS replace its
    # JAVA_TOOL_OPTIONS (-XX:MaxRAMPercentage) as `docker run -e JAVA_TOOL_OPTIONS=...` would.
    rm -rf "$WORK/app/data"
    export MALLOC_ARENA_MAX=2 SPRING_THREADS_VIRTUAL_ENABLED=true
    # NAME=value words set the environment (MALLOC_ARENA_MAX=8: glibc's default; NAME= unsets), others are options.
    for word in "${words[@]}"; do
      if [[ $word =~ ^[A-Z_]+= ]]; then
        if [[ -n ${word#*=} ]]; then export "$word"; else unset "${word%=}"; fi
      else extra+=("$word"); fi
    done
    PATH=$JAVA25_HOME/bin:$PATH start_app "$WORK/bank" "$WORK/app" -XX:AOTCache=app.aot @java.options \
      "${JVM_OPTS[@]}" "${extra[@]}" "$@" -jar mock-interviews.jar
    unset MALLOC_ARENA_MAX SPRING_THREADS_VIRTUAL_ENABLED
  fi
}
label_of() {
  case $1 in
    17) echo "Java 17, \`java -jar\`" ;;
    25) echo "Java 25, image" ;;
    *) echo "Java 25, image + \`${1#25:}\`" ;;
  esac
}
start_of() { echo "${START_MED[$1]} s [${START_MIN[$1]}-${START_MAX[$1]}]"; }
cpu_of() { echo "${CPU_MED[$1]} s"; }
idle_of() { echo "${RSS_IDLE[$1]} MB"; }
load_of() { echo "**${RSS_LOAD[$1]} MB**"; }
anon_of() { echo "${ANON[$1]} / ${FILEMAP[$1]} MB"; }
nmt_of() { echo "${NMT_TOTAL[$1]} MB"; }
category_of() { local v=$2 mb; mb=$(nmt_mb "$(dirname "$OUT")/nmt-${v//[^A-Za-z0-9]/_}.txt" "$1"); echo "${mb:--}"; }

# cpu_s PID: the CPU seconds (user + system) the process has used so far.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

declare -A CPU_MED START_MED START_MIN START_MAX RSS_IDLE RSS_LOAD ANON FILEMAP NMT_TOTAL
for variant in $VARIANTS; do
  times=(); cpus=()
  for ((i = 1; i <= STARTS; i++)); do
    start_way "$variant" "$i"
    times+=("$STARTUP_FIRST"); cpus+=("$(cpu_s "$APP_PID")"); RSS_IDLE[$variant]=$RSS_START
    stop_app
  done
  # BENCH_STARTS=0: memory only.
  if ((STARTS > 0)); then
    START_MED[$variant]=$(printf '%s\n' "${times[@]}" | median)
    CPU_MED[$variant]=$(printf '%s\n' "${cpus[@]}" | median)
    START_MIN[$variant]=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
    START_MAX[$variant]=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  fi
  ((STARTS == 0)) || log "$variant: first 200 on / in ${times[*]} s (median ${START_MED[$variant]} s); CPU until ready ${cpus[*]} s"

  start_way "$variant" load -XX:NativeMemoryTracking=summary
  [[ -n ${RSS_IDLE[$variant]:-} ]] || RSS_IDLE[$variant]="$RSS_START (NMT on)"
  [[ -n ${CPU_MED[$variant]:-} ]] || CPU_MED[$variant]="$(cpu_s "$APP_PID") (NMT on, 1 start)"
  [[ -n ${START_MED[$variant]:-} ]] || { START_MED[$variant]=$STARTUP_FIRST; START_MIN[$variant]=$STARTUP_FIRST; START_MAX[$variant]=$STARTUP_FIRST; }
  cookies=$WORK/cookies-$RANDOM
  question=$(curl -s "$BASE/api/questions" | grep -o '"id":"[^"]*"' | sed -n 1p | cut -d'"' -f4)
  csrf=$(curl -s -c "$cookies" -b "$cookies" "$BASE/questions/$question" | csrf_of)
  attempt=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$csrf" "$BASE/questions/$question/practice")
  console=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "questions=$question" --data-urlencode "interviewerName=Ada" --data-urlencode "candidateName=Grace" "$BASE/interviews")
  cookie=$(sed 's/^#HttpOnly_//' "$cookies" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
  for url in "$BASE/" "$BASE/questions/$question" "$attempt" "$console"; do
    run_wrk "$url" "$LOAD_SECONDS" -H "Cookie: $cookie" >/dev/null
  done
  pid=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
  RSS_LOAD[$variant]=$(rss_mb "$pid")
  ANON[$variant]=$(awk '/^Anonymous:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/smaps_rollup")
  FILEMAP[$variant]=$(awk '/^Rss:/ { r = $2 } /^Anonymous:/ { a = $2 } END { printf "%.0f", (r - a) / 1024 }' "/proc/$pid/smaps_rollup")
  jcmd=$JAVA25_HOME/bin/jcmd; [[ $variant == 17 ]] && jcmd=$(dirname "$(readlink -f "$JAVA17")")/jcmd
  nmt=$(dirname "$OUT")/nmt-${variant//[^A-Za-z0-9]/_}.txt
  "$jcmd" "$pid" VM.native_memory summary scale=MB >"$nmt" 2>&1 || true
  NMT_TOTAL[$variant]=$(awk '/^Total:/ { for (i = 1; i <= NF; i++) if ($i ~ /^committed=/) { gsub(/[^0-9]/, "", $i); print $i } }' "$nmt")
  log "$variant: RSS after load ${RSS_LOAD[$variant]} MB (anonymous ${ANON[$variant]}, files ${FILEMAP[$variant]}), NMT committed ${NMT_TOTAL[$variant]} MB"
  stop_app
done

# One NMT category's committed MB (Java 17 and 25 name a few differently).
nmt_mb() {
  awk -v want="$2" '
    /^-/ { name = $0; sub(/^- */, "", name); sub(/ *\(.*/, "", name)
           if (name == want && match($0, /committed=[0-9]+/)) print substr($0, RSTART + 10, RLENGTH - 10) }' "$1"
}
{
  echo "## Start-up and memory: \`java -jar\` on Java 17 and the image's command line on Java 25"
  echo
  echo "Shipped content, \`${JVM_OPTS[*]}\`, H2; $STARTS starts per way (first 200 on \`/\`, median [min-max]), then"
  echo "one instance with Native Memory Tracking (summary) after ${LOAD_SECONDS} s of \`wrk -t1 -c32\` on each of the bank, a"
  echo "question, a practice stage and the interviewer console. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  printf '| | '; for v in $VARIANTS; do printf '%s | ' "$(label_of "$v")"; done; echo
  printf '|---|'; for _ in $VARIANTS; do printf -- '---:|'; done; echo
  row() { local label=$1; shift; printf '| %s | ' "$label"; for v in $VARIANTS; do printf '%s | ' "$("$@" "$v")"; done; echo; }
  row "start-up: first 200 on /" start_of
  row "CPU time until ready (median)" cpu_of
  row "RSS after start" idle_of
  row "**RSS after load**" load_of
  row "of which anonymous / file-backed" anon_of
  row "NMT committed, total" nmt_of
  for category in "Java Heap" Class Metaspace "Shared class space" Thread Code GC Compiler Internal Other Symbol "Native Memory Tracking" "Arena Chunk" Synchronizer Synchronization Module Serviceability Logging Arguments Tracing; do
    row "NMT: $category" category_of "$category"
  done
} >"$OUT"
cat "$OUT" >&2
# For bench/run.sh's targets: the median start-up and the RSS after load of the two ways.
for v in $VARIANTS; do
  if [[ $v == 17 || $v == 25 ]]; then
    printf 'SM_START_%s=%s\nSM_RSS_%s=%s\n' "$v" "${START_MED[$v]}" "$v" "${RSS_LOAD[$v]}"
  fi
done >"$OUT.vars"
