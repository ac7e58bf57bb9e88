package io.wharf.ingest.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The near-duplicate index on disk: a small binary file (a header saying what kind of signatures it holds, then per
 * article its id, when it was added and its signature, oldest first, then a CRC32 of all that), written to a temporary
 * file and renamed over the old one, so that a crash leaves the old file or the new one, never half of one. About 300
 * bytes per article. Stateless; the caller serialises writes.
 */
final class SignatureFile {
    private static final int MAGIC = 0x57444431; // "WDD1"

    /** One remembered article. */
    record Entry(String id, long addedAtSecond, int[] signature) {}

    private SignatureFile() {}

    static void write(Path file, int hashes, int shingleWords, List<Entry> entries) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32 crc = new CRC32();
        try (OutputStream raw = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(hashes);
            out.writeInt(shingleWords);
            out.writeInt(entries.size());
            for (Entry e : entries) {
                out.writeUTF(e.id());
                out.writeLong(e.addedAtSecond());
                for (int h : e.signature()) {
                    out.writeInt(h);
                }
            }
            out.flush();
            new DataOutputStream(raw).writeLong(crc.getValue());
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The entries, oldest first; throws with what is wrong when the file is not one of ours, or damaged. */
    static List<Entry> read(Path file, int hashes, int shingleWords) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != MAGIC) {
                throw new IOException("not a near-duplicate signature file");
            }
            int h = in.readInt();
            int w = in.readInt();
            if (h != hashes || w != shingleWords) {
                throw new IOException("signatures of " + h + " hashes over " + w + "-word shingles, expected " + hashes + " over " + shingleWords);
            }
            int count = in.readInt();
            if (count < 0 || count > Files.size(file) / (8 + 4L * hashes)) {
                throw new IOException("entry count " + count + " does not fit the file's size");
            }
            List<Entry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = in.readUTF();
                long at = in.readLong();
                int[] sig = new int[hashes];
                for (int j = 0; j < hashes; j++) {
                    sig[j] = in.readInt();
                }
                entries.add(new Entry(id, at, sig));
            }
            long expected = crc.getValue();
            if (new DataInputStream(raw).readLong() != expected) {
                throw new IOException("checksum mismatch");
            }
            if (raw.read() != -1) {
                throw new IOException("bytes after the checksum");
            }
            return entries;
        }
    }
}
