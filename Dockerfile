# The server as a container image: built with the project's own Maven wrapper, run on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared-kernel shared-kernel
COPY command-side command-side
COPY query-side query-side
COPY api api
RUN ./mvnw -B -q -DskipTests package -pl api -am

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 pos
COPY --from=build /src/api/target/pos-server.jar /app/pos-server.jar
USER pos
WORKDIR /app
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/pos-server.jar"]
