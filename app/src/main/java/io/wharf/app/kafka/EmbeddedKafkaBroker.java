package io.wharf.app.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Apache Kafka broker, in this JVM: a single KRaft node (broker and controller), listening on 127.0.0.1
 * only, with its log under the given directory so topics and offsets survive a restart. Not thread-safe: start
 * and stop from one thread.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker on free ports, for tests. */
    public static EmbeddedKafkaBroker onFreePorts(Path dir) {
        return new EmbeddedKafkaBroker(dir, freePort(), freePort());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public EmbeddedKafkaBroker start() {
        requireFree(port, "kafka.embedded.port");
        requireFree(controllerPort, "kafka.embedded.controller.port");
        long t0 = System.nanoTime();
        Properties p = properties();
        Path propsFile = dir.resolve("server.properties");
        try {
            Files.createDirectories(dir.resolve("log"));
            try (OutputStream out = Files.newOutputStream(propsFile)) {
                p.store(out, "written by Wharf for the embedded broker");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Kafka directory " + dir, e);
        }
        format(propsFile);
        server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
        server.startup();
        LOG.info("embedded Kafka broker up at {} in {} ms (data in {})", bootstrapServers(), (System.nanoTime() - t0) / 1_000_000, dir);
        return this;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.resolve("log").toString());
        // A single node: every internal topic has one replica; few partitions keep the start fast.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "3");
        return p;
    }

    private void format(Path propsFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String clusterId = existingClusterId().orElseGet(() -> Uuid.randomUuid().toString());
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", propsFile.toString(), "--ignore-formatted"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("cannot format the Kafka directory " + dir + ": " + out.toString(StandardCharsets.UTF_8).trim());
        }
    }

    /** Formatting again must name the cluster the log already belongs to, or Kafka refuses. */
    private java.util.Optional<String> existingClusterId() {
        Path meta = dir.resolve("log").resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return java.util.Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(meta)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
        return java.util.Optional.ofNullable(p.getProperty("cluster.id"));
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.info("embedded Kafka broker stopped");
        }
    }

    private static void requireFree(int port, String key) {
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is taken: stop what holds it or set " + key
                    + " (or point kafka.bootstrap.servers at a running cluster)");
        }
    }

    /** True when nothing listens on the port of 127.0.0.1 now. */
    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
