# syntax=docker/dockerfile:1
# The Mock Interviews image: built with the Maven wrapper, run on a JRE as a non-root user from the jar's layers
# (dependencies change less often than the app, so image updates stay small). The question content is baked in
# under /app/content; mount a volume there to use another bank. Configuration comes from the environment only
# (see docker-compose.yml and README's Operations section).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY content content
# Tests run in CI; a Docker build only packages. There is no .git here, so /actuator/info shows no commit.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -DskipTests -Dspring-javaformat.skip=true \
 && java -Djarmode=tools -jar target/mock-interviews.jar extract --layers --destination target/layers

FROM eclipse-temurin:17-jre
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
# Class data sharing: one training start (an in-memory database, stopped once the context is up) records the
# classes the app loads; every later start maps them instead of loading and verifying them again, which roughly
# halves the start-up (README "Performance"). The archive belongs to this image's JRE and jars.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar mock-interviews.jar \
      --spring.datasource.url=jdbc:h2:mem:training --app.content-dir=/app/content --server.port=0 \
 && chmod a+r application.jsa
# data/ holds the H2 database when no PostgreSQL is configured; keep it on a volume.
RUN mkdir -p /app/data && chown app:app /app/data
USER app
ENV APP_CONTENT_DIR=/app/content \
    SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/app/application.jsa"
EXPOSE 8080
VOLUME ["/app/data"]
# Healthy once ready: the database answers and the content import has finished.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1
# Arguments go to the app: `docker run IMAGE validate /app/content`, `... export-data /app/data/export.json`.
ENTRYPOINT ["java", "-jar", "mock-interviews.jar"]
