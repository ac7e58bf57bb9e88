package io.wharf.app.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One user per part of a data folder: an OS lock on {@code <data.dir>/wharf-<part>.lock} ({@link #BROKER}: the
 * embedded broker's log; {@link #INGEST}: the ingest state), taken before that part is touched and released by the OS
 * when the process ends, however it ends. `run` takes both, `broker` and `ingest` one each, so the stages can still
 * run as separate processes beside `wharf broker`. A second user gets one line naming the first (its pid, command
 * and broker, which the file holds) instead of two brokers fighting over one log directory.
 */
public final class DataDirLock {
    public static final String BROKER = "broker";
    public static final String INGEST = "ingest";
    private final FileChannel channel;
    private final FileLock lock;
    private final String command;

    private DataDirLock(FileChannel channel, FileLock lock, String command) {
        this.channel = channel;
        this.lock = lock;
        this.command = command;
    }

    /** Takes a part of the folder for {@code command}, or throws {@link AlreadyRunningException} saying who has it. */
    public static DataDirLock acquire(Path dataDir, String part, String command) {
        Path file = dataDir.toAbsolutePath().resolve("wharf-" + part + ".lock");
        FileChannel ch = null;
        try {
            Files.createDirectories(dataDir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // this JVM holds it already (tests run commands side by side)
            }
            if (l == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                ch.close();
                throw new AlreadyRunningException("another wharf is using the " + (part.equals(BROKER) ? "embedded broker" : part + " state") + " of " + dataDir + " (" + (holder.isEmpty() ? "starting" : holder)
                        + "): stop it first, or give this one its own data.dir; a command that only needs its broker takes --bootstrap-servers");
            }
            DataDirLock d = new DataDirLock(ch, l, command);
            d.note(null);
            return d;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot take the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records who holds the folder (and its broker, once up) for the message a second process prints. */
    public void note(String bootstrapServers) {
        String text = "pid " + ProcessHandle.current().pid() + ", `wharf " + command + "` since " + Instant.now()
                + (bootstrapServers == null ? "" : ", broker " + bootstrapServers);
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // Only the second process's message loses detail; the lock itself holds.
        }
    }

    /** Releases the folder (the OS does it anyway when the process ends). */
    public void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel below
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            if (ch != null) {
                ch.close();
            }
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
