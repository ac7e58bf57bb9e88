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

    /**
     * Issue 14: `--scale classify=N` spreads the work only over as many consumers as wharf.articles has partitions, so
     * the scale the file documents, times the threads of each instance, must not exceed the partitions it creates; and
     * nothing may pin one replica (a fixed instance id would give every replica the same transactional ids, and
     * they would fence each other; a container name or host port would keep compose from starting a second).
     */
    @Test
    void composeCreatesAsManyPartitionsAsTheClassifyScaleItDocumentsNeeds() throws Exception {
        String text = Files.readString(ROOT.resolve("docker-compose.yml"));
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(text).get("services");
        Matcher scale = Pattern.compile("docker compose up --scale classify=(\\d+)").matcher(text);
        assertThat(scale.find()).as("the file documents a classify scale").isTrue();
        int instances = Integer.parseInt(scale.group(1));
        assertThat(instances).isGreaterThan(1);
        JsonNode threadsEnv = services.at("/classify/environment/WHARF_CLASSIFY_THREADS");
        int threads = threadsEnv.isMissingNode() ? io.wharf.app.pipeline.StageSettings.classifyThreads(WharfConfig.defaults(Map.of())) : threadsEnv.asInt();

        Pattern partitionsValue = Pattern.compile("\\$\\{WHARF_KAFKA_TOPICS_PARTITIONS:-(\\d+)}");
        for (String stage : List.of("ingest", "classify", "store", "alert")) {
            // whichever stage starts first creates the topics: each must ask for the same count
            Matcher m = partitionsValue.matcher(services.at("/" + stage + "/environment/WHARF_KAFKA_TOPICS_PARTITIONS").asText());
            assertThat(m.matches()).as("WHARF_KAFKA_TOPICS_PARTITIONS of %s, overridable from the shell", stage).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as("partitions created by %s for %d classify instances x %d threads", stage, instances, threads)
                    .isGreaterThanOrEqualTo(instances * threads);
        }
        JsonNode classify = services.get("classify");
        assertThat(classify.has("container_name")).isFalse();
        assertThat(classify.has("ports")).isFalse();
        assertThat(classify.at("/environment/WHARF_CLASSIFY_INSTANCE_ID").isMissingNode()).isTrue();
        assertThat(Files.readString(ROOT.resolve("README.md"))).as("the README shows the same scale").contains("--scale classify=" + instances);
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
