package io.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wharf.app.config.WharfConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so docker-compose.yml and the Dockerfile are checked structurally: the services
 * exist, Kafka runs in KRaft mode, each stage runs a real subcommand, and every WHARF_ variable names a real key.
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void composeWiresKafkaPostgresAndEveryStage() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        assertThat(names(services)).contains("kafka", "postgres", "ingest", "classify", "store", "alert");
        assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(services.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(services.at("/postgres/image").asText()).startsWith("postgres:");

        Set<String> knownEnv = WharfConfig.defaults(Map.of()).describe().keySet().stream()
                .map(WharfConfig::envName).collect(Collectors.toSet());
        for (String stage : List.of("ingest", "classify", "store", "alert")) {
            JsonNode s = services.get(stage);
            assertThat(s.at("/build").asText()).isEqualTo(".");
            assertThat(s.at("/command/0").asText()).isEqualTo(stage);
            assertThat(s.at("/environment/WHARF_KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
            for (String env : names(s.get("environment"))) {
                assertThat(knownEnv).as("%s in service %s", env, stage).contains(env);
            }
        }
        assertThat(services.at("/store/environment/WHARF_STORE_JDBC_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(services.at("/store/environment/WHARF_STORE_JDBC_PASSWORD").asText()).as("no secret in the file").startsWith("${");
        assertThat(services.at("/alert/environment/WHARF_ALERT_WEBHOOK_SECRET").asText()).as("no secret in the file").startsWith("${");
        assertThat(ROOT.resolve(services.at("/alert/environment/WHARF_ALERT_RULES_FILE").asText().replace("/app/", ""))).exists();
    }

    @Test
    void dockerfileCopiesWhatExistsAndRunsTheApp() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher m = Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$").matcher(dockerfile);
        int copies = 0;
        while (m.find()) {
            for (String source : m.group(1).split(" ")) {
                assertThat(ROOT.resolve(source)).as("COPY source %s", source).exists();
            }
            copies++;
        }
        assertThat(copies).isGreaterThanOrEqualTo(6);
        assertThat(dockerfile).contains("wharf-app.jar").contains("ENTRYPOINT");
    }

    /** Issue 16: the image carries the licence, the notices, the generated third-party list and the bill of materials. */
    @Test
    void theImageShipsTheLicenceNoticesAndBillOfMaterials() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^COPY pom.xml LICENSE NOTICE ")
                .containsPattern("(?m)^COPY licensing licensing$")
                .containsPattern("(?m)^COPY --from=build /src/app/target/LICENSE /src/app/target/NOTICE "
                        + "/src/app/target/THIRD-PARTY.txt /src/app/target/wharf-app-bom.json /app/$");
    }

    /** The build stage broke when bench/ joined the parent pom's modules but not the image: Maven cannot load a reactor with a module missing. */
    @Test
    void dockerfileCopiesEveryModuleOfTheParentPom() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        int modules = 0;
        while (module.find()) {
            assertThat(dockerfile).as("Dockerfile copies module %s", module.group(1)).containsPattern("(?m)^COPY " + module.group(1) + " ");
            modules++;
        }
        assertThat(modules).isGreaterThanOrEqualTo(7);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
