package io.wharf.bench;

import io.wharf.ingest.extract.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Article extraction pages per second, beside Jsoup.parse alone on the same pages in the same run (alternating,
 * three rounds each, after a warm-up). Prints the ratio: how much our extraction costs over parsing.
 */
public final class ExtractionBench {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBench PAGES_DIR   (a folder with html/*.html.gz, or *.html files)");
            System.exit(2);
        }
        List<String> pages = load(Path.of(args[0]));
        ArticleExtractor extractor = new ArticleExtractor();
        parse(pages);
        extract(extractor, pages);
        double parseSum = 0;
        double extractSum = 0;
        int rounds = 3;
        for (int r = 0; r < rounds; r++) {
            double p = parse(pages);
            double e = extract(extractor, pages);
            parseSum += p;
            extractSum += e;
            System.err.printf("round %d: Jsoup.parse %.1f pages/s, extract %.1f pages/s%n", r + 1, p, e);
        }
        double p = parseSum / rounds;
        double e = extractSum / rounds;
        System.out.printf("{\"pages\":%d,\"jsoupParsePerSecond\":%.1f,\"extractPerSecond\":%.1f,\"extractToParseRatio\":%.3f}%n",
                pages.size(), p, e, e / p);
    }

    static double parse(List<String> pages) {
        long t0 = System.nanoTime();
        int n = 0;
        for (String html : pages) {
            n += Jsoup.parse(html, "https://example.invalid/").childNodeSize();
        }
        return rate(pages.size(), t0, n);
    }

    static double extract(ArticleExtractor extractor, List<String> pages) {
        long t0 = System.nanoTime();
        int n = 0;
        for (String html : pages) {
            n += extractor.extract(html, "https://example.invalid/").text().length();
        }
        return rate(pages.size(), t0, n);
    }

    private static double rate(int pages, long t0, int sink) {
        double secs = (System.nanoTime() - t0) / 1e9;
        if (sink == Integer.MIN_VALUE) {
            System.err.println(); // keeps the work observable so the JIT cannot drop it
        }
        return pages / secs;
    }

    static List<String> load(Path dir) throws IOException {
        Path html = Files.isDirectory(dir.resolve("html")) ? dir.resolve("html") : dir;
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(html)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html.gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                } else if (name.endsWith(".html")) {
                    out.add(Files.readString(f));
                }
            }
        }
        return out;
    }
}
