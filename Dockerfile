# Build with the Maven wrapper, run on a JRE. Content is baked in; mount a volume on /app/content to override it.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY content content
RUN ./mvnw -B -ntp -q package -DskipTests -Dspring-javaformat.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app app
WORKDIR /app
COPY --from=build /build/target/mock-interviews.jar app.jar
COPY content content
RUN mkdir -p data && chown -R app:app /app
USER app
EXPOSE 8080
ENV APP_CONTENT_DIR=/app/content
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=5 \
  CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
