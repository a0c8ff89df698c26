# syntax=docker/dockerfile:1
# The Mock Interviews image: built with the Maven wrapper, run on a JRE as a non-root user from the jar's layers
# (dependencies change less often than the app, so image updates stay small). The question content is baked in
# under /app/content; mount a volume there to use another bank. Configuration comes from the environment only
# (see docker-compose.yml and README's Operations section). It runs on Java 25 with an ahead-of-time cache made by a
# training run during the build; scripts/image-run.sh runs the same steps without Docker (CI does), and
# docs/performance.md ("Java 25 image") has what each option below saves.

# Built on Java 25: the classes are compiled for Java 17 (--release 17, as any build), but Spring AOT evaluates the
# conditions on the JDK it runs on, so this jar's generated code uses virtual threads. Run it on Java 21+ only.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY content content
# Tests run in CI; a Docker build only packages. There is no .git here, so /actuator/info shows no commit.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -DskipTests -Dspring-javaformat.skip=true \
 && java -Djarmode=tools -jar target/mock-interviews.jar extract --layers --destination target/layers

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system app \
 && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /build/target/layers/dependencies/ ./
COPY --from=build /build/target/layers/spring-boot-loader/ ./
COPY --from=build /build/target/layers/snapshot-dependencies/ ./
COPY --from=build /build/target/layers/application/ ./
COPY content /app/content
COPY docker/java.options /app/java.options
# The environment: set before the training run so that it runs as the image will. Virtual threads (also the app's
# default; the jar's AOT code was generated on Java 25); at most two malloc arenas (glibc's default is 8 per core).
ENV APP_CONTENT_DIR=/app/content \
    SERVER_PORT=8080 \
    SPRING_THREADS_VIRTUAL_ENABLED=true \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The AOT cache (JEP 483, made in one step as JEP 514 allows): a training run with the image's options on an
# in-memory database visits the pages a session visits, stops, and the JVM writes the classes it loaded and linked
# and the method profiles to app.aot; every start maps them instead of loading, verifying and profiling again.
# The cache belongs to this JRE, these jars and these options (java.options).
COPY scripts/image-run.sh /tmp/image-run.sh
RUN bash /tmp/image-run.sh train && rm /tmp/image-run.sh && chmod a+r app.aot
# data/ holds the H2 database when no PostgreSQL is configured; keep it on a volume.
RUN mkdir -p /app/data && chown app:app /app/data
USER app
EXPOSE 8080
VOLUME ["/app/data"]
# Healthy once ready: the database answers and the content import has finished.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1
# Arguments go to the app: `docker run IMAGE validate /app/content`, `... export-data /app/data/export.json`.
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "@java.options", "-jar", "mock-interviews.jar"]
