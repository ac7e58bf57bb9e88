package io.wharf.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.EmbeddedKafkaBroker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Wharf per data folder, told in one line with exit 3 before any broker starts (point 9); a taken broker port is
 * replaced by a free one for in-process clients, and refused in one line naming the setting by `wharf broker`
 * (point 10). Before: a second `run` died in 130 lines of Kafka bind errors and damaged the first.
 */
class ProcessGuardsIT {
    @TempDir
    Path dir;

    @Test
    void aSecondWharfInTheSameFolderIsRefusedInOneLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            for (String[] command : new String[][] {{"run", "--once"}, {"broker"}, {"dlq", "list"}, {"ingest", "--once", "--bootstrap-servers", "127.0.0.1:1"}}) {
                String[] args = concat(command, "--set", "data.dir=" + dir);
                OpsKit.Cli second = OpsKit.cli(args);
                assertThat(second.code()).as(String.join(" ", command)).isEqualTo(3);
                assertThat(second.err().strip().lines()).as(String.join(" ", command)).hasSize(1);
                assertThat(second.err()).contains("another wharf is using", "pid " + first.pid(), "`wharf run`", "broker 127.0.0.1:9092");
            }
            assertThat(dir.resolve("kafka")).doesNotExist(); // refused before any broker started
        } finally {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // The first is gone: the OS released its lock, the folder is free again.
        assertThat(OpsKit.cli("dlq", "list", "--set", "data.dir=" + dir, "--set", "kafka.embedded.port=" + EmbeddedKafkaBroker.freePort(),
                "--set", "kafka.embedded.controller.port=" + EmbeddedKafkaBroker.freePort()).code()).isZero();
    }

    @Test
    void aTakenBrokerPortIsReplacedForInProcessClientsAndRefusedByTheBrokerCommand() throws Exception {
        try (ServerSocket otherKafka = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = otherKafka.getLocalPort();
            String[] ports = {"--set", "data.dir=" + dir, "--set", "kafka.embedded.port=" + taken,
                    "--set", "kafka.embedded.controller.port=" + EmbeddedKafkaBroker.freePort()};
            OpsKit.Cli list = OpsKit.cli(concat(new String[] {"dlq", "list"}, ports));
            assertThat(list.code()).isZero();
            assertThat(list.err()).contains("port " + taken + " (kafka.embedded.port) is taken; the embedded broker uses");

            OpsKit.Cli broker = OpsKit.cli(concat(new String[] {"broker"}, ports));
            assertThat(broker.code()).isEqualTo(2);
            assertThat(broker.err().strip().lines()).hasSize(1);
            assertThat(broker.err()).contains("port " + taken, "kafka.embedded.port", "WHARF_KAFKA_EMBEDDED_PORT");

            OpsKit.Cli strict = OpsKit.cli(concat(new String[] {"dlq", "list", "--set", "kafka.embedded.port.fallback=false"}, ports));
            assertThat(strict.code()).isEqualTo(2);
            assertThat(Files.exists(dir.resolve("wharf-broker.lock"))).isTrue();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
