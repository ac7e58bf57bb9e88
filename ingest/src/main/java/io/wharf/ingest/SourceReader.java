package io.wharf.ingest;

import io.wharf.ingest.feed.FeedItem;
import io.wharf.ingest.feed.FeedParser;
import io.wharf.ingest.feed.ListingPageParser;
import io.wharf.ingest.feed.SitemapParser;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.pages.PageEnricher;
import io.wharf.ingest.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The items of one source, whatever it is: a feed, a folder of feed files (offline demos, replays), a news
 * sitemap, or a listing page with a selector for its article links. Thread-safe: stateless.
 */
final class SourceReader {
    private final PoliteFetcher fetcher;

    SourceReader(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** A local folder: every file in it, read each time (the seen ids keep items from repeating). */
    static boolean isFolder(Source s) {
        return s.isFile() && Files.isDirectory(Path.of(s.location()));
    }

    List<FeedItem> folder(Source s) throws IOException, InterruptedException {
        List<FeedItem> items = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(s.location()))) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path f : files) {
            FetchResult r = fetcher.fetch(f.toUri(), null, null);
            items.addAll(parse(s, r));
        }
        return items;
    }

    List<FeedItem> parse(Source s, FetchResult fetched) throws IOException {
        return switch (s.type()) {
            case FEED -> new FeedParser().parse(fetched.body(), fetched.contentType(), s.location());
            case SITEMAP -> SitemapParser.parse(PageEnricher.decode(fetched.body(), fetched.contentType()));
            case LISTING -> ListingPageParser.parse(PageEnricher.decode(fetched.body(), fetched.contentType()), s.location(), s.selector());
        };
    }
}
