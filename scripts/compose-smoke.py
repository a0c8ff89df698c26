#!/usr/bin/env python3
"""Compose-equivalent smoke test, for machines without a Docker engine (CI).

Reads the app service's environment from docker-compose.yml and starts the packaged jar
(target/mock-interviews.jar) with exactly those variables and nothing else, translated only
where a container and this machine differ:

- the database host (compose's `db` service) becomes the local PostgreSQL, and the database
  is a fresh one created for this run (others may share the server) and dropped afterwards;
- container paths become local ones: /app/content -> ./content, /app/data -> a temp folder;
- SERVER_PORT becomes a free port, as compose's port mapping would publish it.

Then it waits for readiness and checks the bank, /actuator/info and /actuator/prometheus and an
interview round trip (create, start, change stage, candidate notes), and stops the app with
SIGTERM, expecting a graceful shutdown.

The local PostgreSQL: TEST_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/test) with
TEST_POSTGRES_USER (default postgres); administered with psql.

With --image it runs the Docker image's command line instead of `java -jar`: the Dockerfile's
ENTRYPOINT on Java 25 with the AOT cache, from the layers that `scripts/image-run.sh build` extracted
to target/image/app, with the Dockerfile's ENV beneath compose's (as `docker compose up` would), and
checks as well that the JVM used the AOT cache and that Spring started from its AOT code.

Usage: python3 scripts/compose-smoke.py           (after ./mvnw package or verify)
       python3 scripts/compose-smoke.py --image   (after scripts/image-run.sh build)
"""

import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "mock-interviews.jar")
COMPOSE = os.path.join(ROOT, "docker-compose.yml")

passed = 0


def check(condition, what):
    global passed
    if not condition:
        raise AssertionError(what)
    passed += 1
    print("ok - " + what, flush=True)


def interpolate(value):
    """Compose's ${NAME:-default}, ${NAME-default}, ${NAME} and $NAME from this environment."""

    def replace(match):
        name = match.group(1) or match.group(4)
        operator, default = match.group(2), match.group(3) or ""
        current = os.environ.get(name)
        if operator == ":-":
            return current if current else default
        if operator == "-":
            return current if current is not None else default
        return current or ""

    return re.sub(r"\$\{(\w+)(:-|-)?([^}]*)\}|\$(\w+)", replace, value)


def unquote(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def app_environment(path):
    """services.app.environment, as a map or as a list of NAME=value."""
    lines = open(path, encoding="utf-8").read().splitlines()
    env, section = {}, []
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        text = line.strip()
        while section and section[-1][0] >= indent:
            section.pop()
        path_names = [name for _, name in section]
        if path_names == ["services", "app", "environment"]:
            if text.startswith("- "):
                name, _, value = text[2:].partition("=")
            else:
                name, _, value = text.partition(":")
            env[name.strip()] = interpolate(unquote(value))
            continue
        if text.endswith(":") and not text.startswith("- "):
            section.append((indent, text[:-1].strip()))
    if not env:
        raise SystemExit("no services.app.environment found in " + path)
    return env


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(server, sql, database=None):
    subprocess.run(["psql", "-v", "ON_ERROR_STOP=1", "-q", "-h", server["host"], "-p", server["port"],
                    "-U", server["user"], "-d", database or server["database"], "-c", sql],
                   check=True, env=dict(os.environ, PGPASSWORD=server["password"]))


def local_server():
    url = os.environ.get("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test")
    match = re.match(r"jdbc:postgresql://([^:/]+)(?::(\d+))?/([^?]+)", url)
    if not match:
        raise SystemExit("TEST_POSTGRES_URL is not a PostgreSQL JDBC URL: " + url)
    return {"host": match.group(1), "port": match.group(2) or "5432", "database": match.group(3),
            "user": os.environ.get("TEST_POSTGRES_USER", "postgres"),
            "password": os.environ.get("TEST_POSTGRES_PASSWORD", "")}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())
        self.csrf = None

    def request(self, method, path, form=None, accept="text/html"):
        data = None
        if form is not None:
            data = urllib.parse.urlencode(dict(form, _csrf=self.csrf)).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={"Accept": accept})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode("utf-8", "replace")

    def get(self, path, accept="text/html"):
        status, headers, body = self.request("GET", path, accept=accept)
        token = re.search(r'<input[^>]*name="_csrf"[^>]*value="([^"]+)"', body)
        if token:
            self.csrf = token.group(1)
        return status, headers, body

    def post(self, path, form, accept="text/html"):
        return self.request("POST", path, form, accept)


def main():
    image = "--image" in sys.argv[1:]
    command = [os.path.join(ROOT, "scripts", "image-run.sh"), "run"] if image else ["java", "-jar", JAR]
    image_dir = os.environ.get("IMAGE_APP_DIR", os.path.join(ROOT, "target", "image", "app"))
    if image and not os.path.isfile(os.path.join(image_dir, "app.aot")):
        raise SystemExit(image_dir + " has no image: run scripts/image-run.sh build first")
    if not image and not os.path.isfile(JAR):
        raise SystemExit(JAR + " is missing: run ./mvnw package (or verify) first")
    compose_env = app_environment(COMPOSE)
    print("compose app environment: " + ", ".join(sorted(compose_env)), flush=True)

    server = local_server()
    database = "compose_smoke_" + uuid.uuid4().hex[:12]
    user = compose_env.get("SPRING_DATASOURCE_USERNAME", "mockinterviews")
    password = compose_env.get("SPRING_DATASOURCE_PASSWORD", "")
    work = tempfile.mkdtemp(prefix="compose-smoke-")
    port = free_port()

    env = {}
    for name, value in compose_env.items():
        if name == "SPRING_DATASOURCE_URL":
            value = re.sub(r"^jdbc:postgresql://[^/]+/[^?]*",
                           "jdbc:postgresql://%s:%s/%s" % (server["host"], server["port"], database), value)
        elif name == "SERVER_PORT":
            value = str(port)
        value = value.replace("/app/content", os.path.join(ROOT, "content")).replace("/app/data",
                                                                                     os.path.join(work, "data"))
        env[name] = value
    env.setdefault("SERVER_PORT", str(port))
    # Only what the JVM itself needs comes from outside compose's list.
    for name in ("PATH", "HOME", "JAVA_HOME", "LANG", "IMAGE_JAVA_HOME", "IMAGE_APP_DIR"):
        if name in os.environ:
            env[name] = os.environ[name]

    psql(server, "do $$ begin if not exists (select from pg_roles where rolname = '%s') then "
                 "create role \"%s\" login password '%s'; end if; end $$" % (user, user, password.replace("'", "''")))
    psql(server, 'create database "%s" owner "%s" template template0 encoding \'UTF8\'' % (database, user))
    log_path = os.path.join(work, "app.log")
    app = None
    try:
        with open(log_path, "w") as log:
            app = subprocess.Popen(command, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = "http://127.0.0.1:%d" % port
        browser = Browser(base)
        deadline = time.time() + 300
        ready = False
        while time.time() < deadline and app.poll() is None:
            try:
                status, _, body = browser.get("/actuator/health/readiness", accept="application/json")
                if status == 200 and json.loads(body).get("status") == "UP":
                    ready = True
                    break
            except (OSError, ValueError):
                pass
            time.sleep(1)
        check(ready, "the app started with compose's environment is ready (database up, content imported)")
        if image:
            log = open(log_path).read()
            version = re.search(r"Starting AOT-processed \S+ v\S+ using Java (\S+)", log)
            check(version and int(version.group(1).split(".")[0]) >= 25,
                  "the image's command line runs on Java 25 from Spring's AOT code")
            # The JVM says so ([aot] on stderr) and goes on without the cache when it cannot map it. Java 25.0.3 may
            # also warn that one cached call adapter did not match ("Failed to link AdapterHandlerEntry"): it makes
            # that adapter again, and the rest of the cache is used.
            problems = [line for line in log.splitlines()
                        if re.search(r"\[(aot|cds)[\s\],]|AOT cache|AOTCache", line)
                        and not re.search(r"aot,codecache|AdapterHandlerEntry", line)]
            check(not problems, "the JVM uses the AOT cache without complaint" + "".join("\n  " + p for p in problems))

        files = [f for f in os.listdir(os.path.join(ROOT, "content", "questions")) if f.endswith(".md")]
        status, _, body = browser.get("/api/questions", accept="application/json")
        questions = json.loads(body)
        questions = questions.get("questions", questions) if isinstance(questions, dict) else questions
        check(status == 200 and len(questions) == len(files), "the API lists all %d questions" % len(files))
        # The bank shows 20 questions a page: read every page.
        bank, status = "", 200
        for page in range(1, (len(questions) + 19) // 20 + 1):
            page_status, _, body = browser.get("/?page=%d" % page)
            status = page_status if page_status != 200 else status
            bank += body
        check(status == 200 and all(q["title"].replace("&", "&amp;") in bank or q["title"] in bank
                                    for q in questions), "the bank page shows every question")
        status, _, body = browser.get("/actuator/info", accept="application/json")
        info = json.loads(body)
        check(info.get("questions", {}).get("active") == len(files) and "version" in info.get("build", {}),
              "/actuator/info shows the version and %d active questions" % len(files))

        question = questions[0]["id"]
        browser.get("/interviews/new?question=" + question)
        status, headers, _ = browser.post("/interviews", {"interviewerName": "Ines", "candidateName": "Carl",
                                                          "questions": question})
        console = urllib.parse.urlparse(headers.get("Location", "")).path
        check(status == 302 and console.startswith("/interviews/i/"), "an interview is created")
        status, _, page = browser.get(console)
        link = re.search(r'id="candidate-link"[^>]*value="([^"]+)"', page)
        room = urllib.parse.urlparse(link.group(1)).path if link else ""
        check(status == 200 and room.startswith("/interviews/c/"), "the console shows the candidate's link")
        browser.post(console + "/start", {})
        status, _, _ = browser.post(console + "/stage", {"target": "APPROACH"})
        _, _, live = browser.get(room + "/live")
        check(status == 302 and "Approach" in live, "the candidate sees the stage the interviewer chose")
        browser.get(room)
        status, _, body = browser.post(room + "/notes/autosave", {"position": "0", "notes": "Lag per partition",
                                                                  "revision": "1"}, accept="application/json")
        _, _, page = browser.get(console)
        check(status == 200 and "Lag per partition" in page, "the candidate's autosaved notes reach the console")
        status, _, metrics = browser.get("/actuator/prometheus", accept="text/plain")
        check(status == 200 and re.search(r"^mockinterview_interviews_started_total(\{[^}]*\})? 1\.0$", metrics, re.M)
              and re.search(r'^mockinterview_autosaves_total\{[^}]*kind="candidate"[^}]*\} 1\.0$', metrics, re.M),
              "Prometheus counts the interview and the autosave")

        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
        check(app.poll() is not None, "the app stops on SIGTERM")
        check("Graceful shutdown complete" in open(log_path).read(), "the shutdown is graceful")
    except Exception:
        print("--- last lines of the app's log ---")
        print("".join(open(log_path).readlines()[-60:]))
        raise
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait()
        psql(server, 'drop database if exists "%s" with (force)' % database)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print("not ok - %s" % failure)
        print("compose-smoke: %d passed, 1 failed" % passed)
        sys.exit(1)
    print("compose-smoke: %d passed, 0 failed" % passed)
