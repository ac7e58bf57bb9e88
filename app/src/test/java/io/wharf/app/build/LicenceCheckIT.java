package io.wharf.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the build fails on a dependency whose licence is not on the allowed list (licensing/allowed-licences.txt)
 * or that declares none. Maven runs, offline against the local repository, on a fixture application
 * (src/test/resources/licence-check) that inherits Wharf's parent POM, so the real policy judges its two dependencies;
 * a passing twin run with allowed licences shows that the fixture itself builds.
 */
class LicenceCheckIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** In place, so that the fixture's relativePath reaches the project's parent POM. */
    private static final Path FIXTURE = Path.of("target", "test-classes", "licence-check").toAbsolutePath();

    private record Build(int exit, String log) {}

    @Test
    void aDisallowedOrMissingLicenceFailsTheBuildNamingTheArtifact() throws Exception {
        Build build = mvn("Business Source License 1.1", "");

        assertThat(build.exit()).as(build.log()).isNotZero();
        assertThat(build.log())
                .contains("There are some forbidden licenses used")
                .contains("License: 'Business Source License 1.1' used by 1 dependencies")
                .contains("io.wharf.fixture:first-lib:1.0")
                .contains("1 dependency with no license")
                .contains("io.wharf.fixture--second-lib--1.0");
    }

    @Test
    void allowedLicencesInAnyOfTheirSpellingsPassAndAreListed() throws Exception {
        Build build = mvn("Apache License, Version 2.0", "The MIT License");

        assertThat(build.exit()).as(build.log()).isZero();
        String notices = Files.readString(FIXTURE.resolve("app/target/generated-sources/license/THIRD-PARTY.txt"));
        // merged to the allowed list's names; the parent POM's slf4j-api is a real dependency of the fixture
        assertThat(notices).containsPattern("(?s)Apache-2.0:\\s+\\* First lib fixture \\(io.wharf.fixture:first-lib:1.0")
                .containsPattern("(?s)MIT:.*\\* Second lib fixture \\(io.wharf.fixture:second-lib:1.0")
                .contains("org.slf4j:slf4j-api");
    }

    private static Build mvn(String firstLicence, String secondLicence) throws IOException, InterruptedException {
        deleteTargets();
        List<String> cmd = new ArrayList<>(List.of("mvn", "-o", "-B", "-Dstyle.color=never", "-DskipTests", "package",
                "-Dwharf.licensing.dir=" + ROOT.resolve("licensing"),
                "-Dfixture.first.licence=" + firstLicence, "-Dfixture.second.licence=" + secondLicence));
        String localRepository = System.getProperty("wharf.maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            cmd.add("-Dmaven.repo.local=" + localRepository);
        }
        Process p = new ProcessBuilder(cmd).directory(FIXTURE.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mvn on the licence fixture did not finish in 5 minutes");
        }
        return new Build(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** A notices file left by the other run must not pass for this one's. */
    private static void deleteTargets() throws IOException {
        for (String module : List.of("app", "first-lib", "second-lib")) {
            Path target = FIXTURE.resolve(module).resolve("target");
            if (Files.exists(target)) {
                try (Stream<Path> files = Files.walk(target)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }
}
