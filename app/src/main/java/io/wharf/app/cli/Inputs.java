package io.wharf.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The PATH arguments of `wharf feed` and `wharf extract`: files, folders of them (recursively) and URLs. */
final class Inputs {
    /** One input: a URL or a file, named as the user gave it. */
    record Input(String name, URI url, Path file) {}

    private Inputs() {}

    static List<Input> expand(List<String> args) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.matches("(?i)^https?://.*")) {
                out.add(new Input(a, URI.create(a), null));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                            .forEach(f -> out.add(new Input(f.toString(), null, f)));
                }
            } else {
                out.add(new Input(a, null, p)); // a missing file gives its error line when read
            }
        }
        return out;
    }

    /** The file's bytes, gunzipped when it is gzip. */
    static byte[] read(Path file) throws IOException {
        String problem = io.wharf.app.config.FileCheck.readable(file);
        if (problem != null) {
            throw new IOException(problem); // "x.xml does not exist", where NoSuchFileException said only "x.xml"
        }
        byte[] b = Files.readAllBytes(file);
        if (b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                return in.readAllBytes();
            }
        }
        return b;
    }
}
