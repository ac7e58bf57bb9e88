# The Wharf app image: every stage runs from it (`wharf ingest|classify|store|alert|run`).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml LICENSE NOTICE ./
# the licence policy the build checks every dependency against (see README, Licence)
COPY licensing licensing
COPY model model
COPY ingest ingest
COPY classify classify
COPY store store
COPY alert alert
COPY app app
# the parent pom lists every module, so the reactor needs them all to load; only app and what it needs is built
COPY bench bench
RUN mvn -q -B -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/app/target/lib /app/lib
COPY --from=build /src/app/target/wharf-app.jar /app/wharf-app.jar
# the licence, the notices, the generated third-party list and the bill of materials travel with the jar
COPY --from=build /src/app/target/LICENSE /src/app/target/NOTICE /src/app/target/THIRD-PARTY.txt /src/app/target/wharf-app-bom.json /app/
COPY config /app/config
COPY demo /app/demo
ENV WHARF_DATA_DIR=/var/lib/wharf
VOLUME /var/lib/wharf
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/wharf-app.jar"]
CMD ["run"]
