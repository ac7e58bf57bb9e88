package io.wharf.classify.companies;

import io.wharf.classify.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cities, states and countries, from the place list that ships with the CoreNLP models (KBP regexner gazetteer,
 * about 545,000 names). The NER often calls a city an organisation ("KubeCon Barcelona", "the San Jose company");
 * an unknown organisation that is a place name is not kept. Held as sorted 64-bit hashes of the names' keys (4 MB
 * instead of some 60 MB of strings); a false hit needs a 64-bit collision. Immutable and thread-safe once loaded.
 * The list holds villages too, so a company named like one (a town called Nokia) is lost when the gazetteer does not
 * know it: 17 of the gazetteer's 2,823 names are place names, the rate to expect among unknown companies.
 */
final class PlaceNames {
    private static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final java.util.Set<String> TYPES = java.util.Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private PlaceNames() {}

    private static final class Holder {
        static final long[] HASHES = load();
    }

    /** Loads the list now (once per JVM), so that a missing models jar fails at start and not inside a batch. */
    static void preload() {
        java.util.Objects.requireNonNull(Holder.HASHES);
    }

    static boolean isPlace(String name) {
        long[] hashes = Holder.HASHES; // first use loads the list (the JVM's class initialisation makes that once)
        String key = Tokens.key(name);
        return !key.isEmpty() && Arrays.binarySearch(hashes, hash(key)) >= 0;
    }

    private static long[] load() {
        InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the CoreNLP models jar is not on the class path: " + RESOURCE + " is missing");
        }
        long[] out = new long[600_000];
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                if (tab2 > 0 && TYPES.contains(line.substring(tab + 1, tab2))) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = hash(Tokens.key(line.substring(0, tab)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** FNV-1a, 64 bits, over the key's UTF-16 units. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
