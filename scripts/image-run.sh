#!/usr/bin/env bash
# The Docker image's steps, on a machine without a Docker engine (CI, development).
#
#   scripts/image-run.sh build        # what `docker build` does: the jar built on Java 25, its layers extracted to
#                                     # target/image/app (= /app), the content, the options, then the training run
#                                     # that writes the AOT cache (target/image/app/app.aot)
#   scripts/image-run.sh run [ARGS]   # what `docker run` does: the Dockerfile's ENTRYPOINT in target/image/app,
#                                     # with the Dockerfile's ENV (variables already set win, as compose's do)
#   scripts/image-run.sh train        # the training run alone, in the current folder (the Dockerfile runs this)
#   scripts/image-run.sh java-home    # prints the Java 25 home it uses (exit 3 when there is none)
#
# Java 25: IMAGE_JAVA_HOME, else JAVA_HOME if it is 25 or newer, else /usr/lib/jvm/temurin-25-jdk*, else any
# /usr/lib/jvm/*25*. Paths under /app in the Dockerfile's ENV become target/image/app (IMAGE_APP_DIR).
# IMAGE_JAR=... builds from that jar instead (it must have been built on Java 21+ for virtual threads, see
# docs/performance.md); IMAGE_SKIP_BUILD=1 reuses target/image/build/mock-interviews.jar if present.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=${IMAGE_APP_DIR:-$ROOT/target/image/app}
DOCKERFILE=$ROOT/Dockerfile

java_home() {
  local candidate
  for candidate in "${IMAGE_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*25*; do
    [[ -n $candidate && -x $candidate/bin/java ]] || continue
    local version
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
    if [[ ${version%%.*} -ge 25 ]]; then echo "$candidate"; return 0; fi
  done
  return 3
}

# The final stage's ENV of the Dockerfile as NAME=value lines (continuation lines joined, /app/ made local).
image_env() {
  python3 -c '
import re, shlex, sys
text = open(sys.argv[1]).read()
stage = re.sub(r"\\\n", " ", text[text.rfind("\nFROM "):])
for line in stage.splitlines():
    if line.startswith("ENV "):
        for word in shlex.split(line[4:]):
            print(word)
' "$DOCKERFILE"
}

# The final stage's ENTRYPOINT (exec form), one word a line.
image_entrypoint() {
  python3 -c '
import json, re, sys
text = open(sys.argv[1]).read()
stage = text[text.rfind("\nFROM "):]
match = re.search(r"^ENTRYPOINT\s+(\[.*\])\s*$", stage, re.M)
for word in json.loads(match.group(1)):
    print(word)
' "$DOCKERFILE"
}

# Sets the image's environment where the caller has not set the variable, as `docker run -e` would override it.
export_image_env() {
  local line name value
  while IFS= read -r line; do
    name=${line%%=*}; value=${line#*=}
    value=${value//\/app\//$APP_DIR/}; [[ $value == /app ]] && value=$APP_DIR
    [[ -n ${!name+set} ]] || export "$name=$value"
  done < <(image_env)
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# The training run (JEP 483 with JEP 514's one-step -XX:AOTCacheOutput): in the current folder (the image's /app),
# with the image's options, on an in-memory database; it visits the pages a session visits (bank, question,
# practice, an interview from both sides, autosaves, live updates, the metrics), then stops the app. The JVM writes
# app.aot as it exits: the classes loaded and linked, and the method profiles, of that run.
train() {
  local java=${JAVA:-java} port base log cookies
  port=$(free_port); base="http://127.0.0.1:$port"; log=$(mktemp); cookies=$(mktemp)
  rm -f app.aot
  "$java" -XX:AOTCacheOutput=app.aot @java.options -jar mock-interviews.jar \
    --spring.datasource.url=jdbc:h2:mem:training --server.port="$port" >"$log" 2>&1 &
  local pid=$!
  # Ready in seconds on a quiet machine; a busy shared one (CI beside other jobs) may take minutes.
  local deadline=$((SECONDS + ${IMAGE_TRAINING_TIMEOUT:-900}))
  until curl -fsS -o /dev/null "$base/actuator/health/readiness" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || (( SECONDS > deadline )); then
      cat "$log" >&2; echo "image-run: the training run did not become ready" >&2; kill "$pid" 2>/dev/null; return 1
    fi
    sleep 0.1
  done
  get() { curl -fsS -b "$cookies" -c "$cookies" "$@"; }
  local question csrf attempt console candidate round
  question=$(get "$base/api/questions" | grep -o '"id":"[^"]*"' | sed -n 1p | cut -d'"' -f4)
  for round in 1 2 3; do
    get -o /dev/null "$base/"
    get -o /dev/null "$base/?page=2"
    get -o /dev/null "$base/?difficulty=medium"
    get -o /dev/null -H 'Accept-Encoding: gzip' "$base/questions/$question"
    csrf=$(get "$base/questions/$question" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | cut -d'"' -f4)
    attempt=$(get -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$csrf" "$base/questions/$question/practice")
    get -o /dev/null "$attempt"
    get -o /dev/null -H 'Accept: application/json' --data-urlencode "_csrf=$csrf" --data-urlencode "stage=CLARIFY" \
      --data-urlencode "notes=Training notes $round" --data-urlencode "revision=$round" "$attempt/autosave" || true
    get -o /dev/null "$base/practice"
    get -o /dev/null "$base/interviews/new?question=$question"
    console=$(get -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$csrf" --data-urlencode "questions=$question" \
      --data-urlencode "interviewerName=Ada" --data-urlencode "candidateName=Grace" "$base/interviews")
    candidate=$(get "$console" | grep -o '/interviews/c/[A-Za-z0-9_-]\{22\}' | sed -n 1p)
    get -o /dev/null --data-urlencode "_csrf=$csrf" "$console/start"
    get -o /dev/null --data-urlencode "_csrf=$csrf" --data-urlencode "target=APPROACH" "$console/stage"
    get -o /dev/null "$base$candidate"
    get -o /dev/null "$base$candidate/live"
    get -o /dev/null -H 'Accept: application/json' --data-urlencode "_csrf=$csrf" --data-urlencode "position=0" \
      --data-urlencode "notes=Candidate notes $round" --data-urlencode "revision=$round" "$base$candidate/notes/autosave" || true
    get -o /dev/null "$console"
    get -o /dev/null "$console/live"
    get -o /dev/null --max-time 1 "$base$candidate/events" 2>/dev/null || true
    get -o /dev/null "$base/actuator/prometheus"
    get -o /dev/null "$base/actuator/info"
    get -o /dev/null "$base/css/app.css" || true
  done
  echo "== image-run: pages visited at $(date +%T), stopping" >&2
  kill -TERM "$pid"
  local status=0
  wait "$pid" || status=$?
  # 143: stopped by SIGTERM after a graceful shutdown, as intended.
  if [[ ! -s app.aot ]] || (( status != 0 && status != 143 )); then
    cat "$log" >&2; echo "image-run: no AOT cache written (exit $status)" >&2; return 1
  fi
  grep -h 'AOTCache creation is complete' "$log" >&2 || true
  rm -f "$log" "$cookies"
}

command=${1:-}; shift || true
case $command in
  java-home)
    java_home || { echo "image-run: no Java 25 found (set IMAGE_JAVA_HOME)" >&2; exit 3; }
    ;;
  train)
    train
    ;;
  build)
    JAVA_HOME=$(java_home) || { echo "image-run: no Java 25 found (set IMAGE_JAVA_HOME)" >&2; exit 3; }
    export JAVA_HOME PATH=$JAVA_HOME/bin:$PATH
    jar=${IMAGE_JAR:-$ROOT/target/image/build/mock-interviews.jar}
    if [[ -z ${IMAGE_JAR:-} && ( ${IMAGE_SKIP_BUILD:-0} != 1 || ! -f $jar ) ]]; then
      # The Dockerfile's build stage: the jar built on Java 25 (classes for Java 17, Spring AOT run on 25).
      echo "== image-run: building the jar on $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" >&2
      (cd "$ROOT" && ./mvnw -q -B -ntp package -DskipTests -Dspring-javaformat.skip=true \
        -Dapp.build.directory=target/image/build >"$ROOT/target/image-build.log" 2>&1) \
        || { tail -40 "$ROOT/target/image-build.log" >&2; exit 1; }
    fi
    rm -rf "$APP_DIR" "$APP_DIR.layers"
    mkdir -p "$APP_DIR"
    java -Djarmode=tools -jar "$jar" extract --layers --destination "$APP_DIR.layers"
    for layer in dependencies spring-boot-loader snapshot-dependencies application; do
      cp -r "$APP_DIR.layers/$layer/." "$APP_DIR/"
    done
    rm -rf "$APP_DIR.layers"
    cp -r "$ROOT/content" "$APP_DIR/content"
    cp "$ROOT/docker/java.options" "$APP_DIR/java.options"
    mkdir -p "$APP_DIR/data"
    echo "== image-run: training run for the AOT cache" >&2
    (cd "$APP_DIR" && export_image_env && train)
    ls -l "$APP_DIR/app.aot" >&2
    ;;
  run)
    JAVA_HOME=$(java_home) || { echo "image-run: no Java 25 found (set IMAGE_JAVA_HOME)" >&2; exit 3; }
    export JAVA_HOME PATH=$JAVA_HOME/bin:$PATH
    [[ -f $APP_DIR/app.aot ]] || { echo "image-run: $APP_DIR has no image: run scripts/image-run.sh build" >&2; exit 1; }
    cd "$APP_DIR"
    export_image_env
    mapfile -t entrypoint < <(image_entrypoint)
    exec "${entrypoint[@]}" "$@"
    ;;
  *)
    sed -n '2,16p' "$0" >&2
    exit 2
    ;;
esac
