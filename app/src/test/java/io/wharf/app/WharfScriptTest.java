package io.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 point 15: Maven's colour codes stayed in ./wharf's stderr (Maven 3.8 writes ESC[0m with -q whatever
 * style.color says). The script runs here with stand-ins for mvn and java on the PATH.
 */
class WharfScriptTest {
    @TempDir
    Path dir;

    private Process run(String mvnExit) throws Exception {
        Files.copy(Path.of("..", "wharf").toAbsolutePath().normalize(), dir.resolve("wharf"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin.resolve("mvn"), "printf '\\033[0m\\033[1mbuilt\\033[m\\n'; printf '\\033[0m' >&2\n"
                + "mkdir -p app/target && touch app/target/wharf-app.jar\nexit " + mvnExit + "\n");
        script(bin.resolve("java"), "echo java ran\n");
        ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve("wharf").toString(), "--help");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        return pb.start();
    }

    private static void script(Path file, String body) throws Exception {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theBuildsOutputReachesStderrWithoutColourCodes() throws Exception {
        Process p = run("0");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(err).contains("built").doesNotContain("\u001b");
        assertThat(out).isEqualTo("java ran\n");
    }

    @Test
    void aFailedBuildStillStopsTheScript() throws Exception {
        Process p = run("1");
        p.getErrorStream().readAllBytes();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("java ran");
        assertThat(p.waitFor()).isNotZero();
    }
}
