package io.wharf.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: after `package`, the runnable jar's class path (its manifest) is exactly what the bill of materials lists,
 * every entry is in THIRD-PARTY.txt with a licence, and the licence files sit beside the jar and inside it.
 */
class ShippedNoticesIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void everyJarOnTheClassPathIsInTheBillOfMaterialsAndTheNotices() throws Exception {
        Set<String> classPath;
        try (JarFile jar = new JarFile(TARGET.resolve("wharf-app.jar").toFile())) {
            classPath = Arrays.stream(jar.getManifest().getMainAttributes().getValue("Class-Path").split(" "))
                    .map(entry -> entry.substring("lib/".length())).collect(Collectors.toCollection(TreeSet::new));
            assertThat(jar.getEntry("THIRD-PARTY.txt")).isNotNull();
            assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
            assertThat(jar.getEntry("META-INF/NOTICE")).isNotNull();
        }
        JsonNode bom = new ObjectMapper().readTree(TARGET.resolve("wharf-app-bom.json").toFile());
        String notices = Files.readString(TARGET.resolve("THIRD-PARTY.txt"));

        Set<String> inBom = new TreeSet<>();
        for (JsonNode c : bom.get("components")) {
            String purl = c.get("purl").asText();
            String classifier = purl.contains("classifier=") ? "-" + purl.replaceAll(".*classifier=([^&]+).*", "$1") : "";
            inBom.add(c.get("name").asText() + "-" + c.get("version").asText() + classifier + ".jar");
            assertThat(c.get("licenses")).as("licence of %s in the bill of materials", purl).isNotEmpty();
            assertThat(notices).as("%s in THIRD-PARTY.txt", purl)
                    .contains(c.get("group").asText() + ":" + c.get("name").asText() + ":" + c.get("version").asText());
        }
        assertThat(inBom).isEqualTo(classPath);
        assertThat(bom.at("/metadata/component/licenses/0/license/id").asText()).isEqualTo("GPL-3.0-or-later");
        assertThat(notices).containsPattern("(?s)GPL-3.0-or-later:\\s+\\* Stanford CoreNLP \\(edu.stanford.nlp:stanford-corenlp:");
        assertThat(TARGET.resolve("LICENSE")).content().startsWith("                    GNU GENERAL PUBLIC LICENSE");
        assertThat(TARGET.resolve("NOTICE")).content().contains("CC-BY-4.0").contains("cncf-landscape.yml");
    }
}
