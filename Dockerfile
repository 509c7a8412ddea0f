# Builds the production jar (optimized frontend bundle, no development server) and runs it on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Pproduction dependency:go-offline || true
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app allyway && mkdir -p /app/data && chown allyway /app/data
WORKDIR /app
COPY --from=build /src/target/allyway-*.jar /app/allyway.jar
USER allyway
EXPOSE 8080
# No demo company (with its published password) in a container unless asked for with ALLYWAY_DEMO=true.
ENV ALLYWAY_DATA_DIR=/app/data ALLYWAY_DEMO=false
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/allyway.jar"]
