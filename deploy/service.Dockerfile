# syntax=docker/dockerfile:1
# One recipe for the seven services, from the repository root:
#   docker build -f deploy/service.Dockerfile --build-arg SERVICE=payment-service --build-arg PORT=8081 .
# docker-compose.yml passes both arguments for each service.
ARG SERVICE
ARG PORT

FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
WORKDIR /src
COPY . .
# The cache mount keeps downloaded dependencies between builds. It is locked because compose builds
# the images in parallel and Maven's local repository is not safe for concurrent writers.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    mvn -B -q -pl "${SERVICE}" -am package -DskipTests \
 && cp "${SERVICE}/target/${SERVICE}-exec.jar" /app.jar

FROM eclipse-temurin:21-jre
ARG PORT
# A fixed numeric uid lets Kubernetes check runAsNonRoot without reading /etc/passwd.
RUN groupadd --system --gid 10001 fluxpay \
 && useradd --system --uid 10001 --gid fluxpay --no-create-home --shell /usr/sbin/nologin fluxpay
# Owned by root: the service can run its jar but not rewrite it.
COPY --from=build /app.jar /app/app.jar
USER 10001:10001
EXPOSE ${PORT}
# Heap from the container's memory limit rather than the host's, leaving 30 % for what a Boot service
# with Hibernate and Kafka clients needs besides (metaspace, code cache, threads, buffers). On
# OutOfMemoryError exit, so the orchestrator restarts a clean JVM instead of keeping a half-broken
# one. Operators add flags with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
