package io.wharf.ingest.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the sources file (YAML):
 * <pre>
 * sources:
 *   - id: cncf-blog
 *     url: https://www.cncf.io/feed/
 *     poll: PT15M          # optional, ISO-8601 duration
 *   - id: demo
 *     url: demo/container-news.xml   # a path, relative to this file
 *     dedup: false         # optional: never mark this source's articles as near-duplicates
 *     pages: false         # optional: never fetch the article pages (offline sources, full-text feeds)
 *   - id: acme-news
 *     url: https://acme.example/newsroom
 *     type: listing        # feed (default; a folder of feed files too), sitemap (news sitemap) or listing
 *     selector: "article h2 a"   # listing: CSS selector of the article links
 *   - id: imported
 *     opml: my-feeds.opml  # every feed of an OPML list becomes a source (ids imported-1, imported-2, ...)
 * </pre>
 */
public final class SourcesFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Entry(String id, String url, String poll, Boolean dedup, Boolean pages, String type, String selector, String opml) {}

    record Document(List<Entry> sources) {}

    private SourcesFile() {}

    public static List<Source> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("sources file " + file + " does not exist");
        }
        Document doc;
        try {
            doc = YAML.readValue(file.toFile(), Document.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("sources file " + file + ", " + io.wharf.model.ParseErrors.describe(e), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("sources file " + file + " is not valid: " + firstLine(e.getMessage()), e);
        }
        if (doc == null || doc.sources() == null || doc.sources().isEmpty()) {
            throw new IllegalArgumentException("sources file " + file + " lists no sources");
        }
        List<Source> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Path base = file.toAbsolutePath().getParent();
        for (Entry e : doc.sources()) {
            if (e.opml() != null) {
                for (Source s : fromOpml(file, base, e)) {
                    if (!ids.add(s.id())) {
                        throw new IllegalArgumentException("sources file " + file + ": duplicate source id " + s.id());
                    }
                    out.add(s);
                }
                continue;
            }
            if (e.url() == null || e.url().isBlank()) {
                throw new IllegalArgumentException("sources file " + file + ": source " + e.id() + " has no url");
            }
            Source s = new Source(e.id(), resolve(base, e.url().trim()), parsePoll(file, e), !Boolean.FALSE.equals(e.dedup()),
                    !Boolean.FALSE.equals(e.pages()), type(file, e), e.selector());
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("sources file " + file + ": duplicate source id " + s.id());
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static List<Source> fromOpml(Path file, Path base, Entry e) {
        Path opml = base.resolve(e.opml()).normalize();
        List<io.wharf.ingest.feed.OpmlReader.Outline> outlines;
        try {
            outlines = io.wharf.ingest.feed.OpmlReader.read(Files.readString(opml));
        } catch (IOException ex) {
            throw new IllegalArgumentException("sources file " + file + ": cannot read OPML " + opml + ": " + ex.getMessage(), ex);
        }
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < outlines.size(); i++) {
            out.add(new Source(e.id() + "-" + (i + 1), resolve(opml.getParent(), outlines.get(i).xmlUrl()), parsePoll(file, e),
                    !Boolean.FALSE.equals(e.dedup()), !Boolean.FALSE.equals(e.pages()), Source.Type.FEED, null));
        }
        return out;
    }

    private static Source.Type type(Path file, Entry e) {
        if (e.type() == null) {
            return Source.Type.FEED;
        }
        try {
            return Source.Type.valueOf(e.type().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("sources file " + file + ": source " + e.id() + " has type '" + e.type()
                    + "'; use feed, sitemap or listing");
        }
    }

    static URI resolve(Path base, String url) {
        if (url.matches("(?i)^(https?|file):.*")) {
            return URI.create(url);
        }
        return base.resolve(url).normalize().toUri();
    }

    private static Duration parsePoll(Path file, Entry e) {
        if (e.poll() == null) {
            return null;
        }
        try {
            return Duration.parse(e.poll());
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("sources file " + file + ": source " + e.id() + " poll '" + e.poll()
                    + "' is not an ISO-8601 duration such as PT15M");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
