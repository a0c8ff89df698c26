#!/usr/bin/env bash
# Where the CPU of a start goes (issue 21). Starts the app on the shipped content with an empty database, the way
# named, waits until it is ready (first 200 on / with the content import done), then adds up the CPU time of its
# threads by kind (JIT compilers, garbage collector, the main thread, Spring's background bootstrap, the content
# parser threads, ...) from /proc/<pid>/task/*/stat.
#
#   bench/startup-profile.sh 17 [JVM options]   # `java -jar` on the Java on the PATH (default -Xmx256m)
#   bench/startup-profile.sh 25 [JVM options]   # the Docker image's command line on Java 25 (target/image/app, which
#                                               # bench/startup-memory.sh or `scripts/image-run.sh build` makes)
#
# Numbers are for comparing ways and options back to back on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=$ROOT/target/mock-interviews.jar
WAY=${1:-17}
[[ $# -gt 0 ]] && shift
if [[ $# -gt 0 ]]; then JVM_OPTS=("$@"); else JVM_OPTS=(-Xmx256m); fi
[[ -f $JAR ]] || { echo "startup-profile: build target/mock-interviews.jar first" >&2; exit 2; }
source "$ROOT/bench/lib.sh"

mkdir -p "$WORK/bank" && cp -r content/. "$WORK/bank/"
if [[ $WAY == 25 ]]; then
  JAVA25_HOME=$(scripts/image-run.sh java-home)
  [[ -f target/image/app/app.aot ]] || scripts/image-run.sh build >&2
  cp -a target/image/app "$WORK/app" && rm -rf "$WORK/app/data"
  export MALLOC_ARENA_MAX=2 SPRING_THREADS_VIRTUAL_ENABLED=true
  PATH=$JAVA25_HOME/bin:$PATH start_app "$WORK/bank" "$WORK/app" -XX:AOTCache=app.aot @java.options \
    "${JVM_OPTS[@]}" -jar mock-interviews.jar
else
  start_app "$WORK/bank" "$WORK/data" "${JVM_OPTS[@]}"
fi

# The thread's name is the second field of its stat line, in parentheses and possibly with spaces: the fields are
# counted after it (utime and stime are the 12th and 13th from there). Names are grouped without their numbers.
hz=$(getconf CLK_TCK)
for task in /proc/"$APP_PID"/task/*; do
  name=$(<"$task/comm")
  ticks=$(sed 's/^.*) //' "$task/stat" | awk '{ print $12 + $13 }')
  printf '%s\t%s\n' "$(sed -E 's/[#-]?[0-9]+$//; s/ +$//' <<<"$name")" "$ticks"
done >"$WORK/threads.tsv"
# Threads that have ended (the import's parser threads, for one) count only in the process's own total.
process=$(sed 's/^.*) //' "/proc/$APP_PID/stat" | awk '{ print $12 + $13 }')
live=$(awk -F'\t' '{ t += $2 } END { print t }' "$WORK/threads.tsv")
((process > live)) && printf 'threads that have ended\t%s\n' "$((process - live))" >>"$WORK/threads.tsv"
total=$(awk -F'\t' '{ t += $2 } END { print t }' "$WORK/threads.tsv")
printf 'way %s: first 200 on / at %s s, ready at %s s; CPU %s s in all\n\n' "$WAY" "$STARTUP_FIRST" "$STARTUP_READY" \
  "$(awk -v t="$total" -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }')"
echo "| threads | count | CPU s | share |"
echo "|---|---:|---:|---:|"
awk -F'\t' '{ cpu[$1] += $2; n[$1]++ } END { for (k in cpu) if (cpu[k] > 0) printf "%d\t%s\t%d\n", cpu[k], k, n[k] }' \
  "$WORK/threads.tsv" | sort -t$'\t' -k1,1nr |
  awk -F'\t' -v t="$total" -v hz="$hz" '{ printf "| %s | %d | %.1f | %.0f %% |\n", $2, $3, $1 / hz, 100 * $1 / t }'
stop_app
