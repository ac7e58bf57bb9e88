package io.wharf.store.testing;

import io.wharf.store.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb and pg_ctl of the installed server, in a temporary folder, on a free port
 * of 127.0.0.1, its socket in that folder), for tests that stop and start the server: the machine's shared server on
 * 5432 is never touched. As root the binaries run as the {@code postgres} user, since PostgreSQL refuses root. Missing
 * binaries fail the test with the reason: a fault test that skips proves nothing.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root;
    private final Thread reaper;

    private ThrowawayPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.root = "root".equals(System.getProperty("user.name"));
        // A test JVM that dies must not leave a server behind.
        this.reaper = new Thread(() -> runQuietly("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop"));
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Initialises and starts a cluster; user postgres, no password (trust, loopback only). */
    public static ThrowawayPostgres start() throws Exception {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("wharf-pg-");
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, freePort());
        if (pg.root) {
            pg.exec("chown", "-R", "postgres:postgres", dir.toString()); // as root: initdb must own the folder
        }
        pg.run("initdb", "-D", pg.data(), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8");
        pg.startServer();
        return pg;
    }

    private static Path binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(base) ? Files.list(base) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new AssertionError("this fault test needs PostgreSQL's initdb and pg_ctl under "
                            + "/usr/lib/postgresql/*/bin (Debian: apt-get install postgresql); none found"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startServer() throws Exception {
        run("pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** A fast shutdown: open connections are cut, as when the server goes down under the stage. */
    public void stopServer() throws Exception {
        run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public Database database() {
        return new Database(url(), "postgres", null, null);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(tool).toString());
        cmd.addAll(List.of(args));
        exec(cmd.toArray(String[]::new));
    }

    private void exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out.trim());
        }
    }

    private void runQuietly(String tool, String... args) {
        try {
            run(tool, args);
        } catch (Exception ignored) {
            // already stopped
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the cluster at once and removes its folder. */
    @Override
    public void close() throws Exception {
        runQuietly("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
        Runtime.getRuntime().removeShutdownHook(reaper);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
