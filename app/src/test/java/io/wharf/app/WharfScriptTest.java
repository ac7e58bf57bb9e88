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

    /** Issue 14: the class archive is made by a training run after a build, then every run maps it; WHARF_CDS=off opts out. */
    @Test
    void aClassArchiveIsMadeOnceAfterABuildAndEveryRunUsesIt() throws Exception {
        Process first = run("0");
        first.getErrorStream().readAllBytes();
        first.getInputStream().readAllBytes();
        assertThat(first.waitFor()).isZero();
        // This java stand-in writes the archive a training run asks for and prints its options otherwise.
        script(dir.resolve("bin").resolve("java"), "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) echo cds > \"${a#*=}\"; "
                + "echo trained; exit 0;; esac; done\necho \"java $*\"\n");
        Files.setLastModifiedTime(dir.resolve("app/target/wharf-app.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(script("--help", null)).contains("-XX:SharedArchiveFile=").contains("--help").doesNotContain("trained");
        assertThat(Files.exists(dir.resolve("app/target/wharf.jsa"))).isTrue();
        assertThat(script("--help", "off")).doesNotContain("SharedArchiveFile");
    }

    private String script(String arg, String cds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve("wharf").toString(), arg);
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        if (cds != null) {
            pb.environment().put("WHARF_CDS", cds);
        }
        Process p = pb.start();
        p.getErrorStream().readAllBytes();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out;
    }

    @Test
    void aFailedBuildStillStopsTheScript() throws Exception {
        Process p = run("1");
        p.getErrorStream().readAllBytes();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("java ran");
        assertThat(p.waitFor()).isNotZero();
    }
}
