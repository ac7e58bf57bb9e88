package io.wharf.app.cli;

import io.wharf.app.pipeline.StageSettings;
import io.wharf.ingest.feed.ArticleMapper;
import io.wharf.ingest.feed.FeedItem;
import io.wharf.ingest.feed.FeedParser;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.model.Json;
import io.wharf.model.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `wharf feed PATH...`: what Wharf reads from feeds, one JSON line per item; an unreadable feed gives one line. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Print the items of feeds (files, folders of them, or URLs) as JSON lines.")
public final class FeedCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    private static final ArticleMapper MAPPER = new ArticleMapper(java.time.Clock.systemUTC());

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Feed files, folders of feeds, or http(s) URLs.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        HttpFetcher fetcher = new HttpFetcher(StageSettings.fetch(common.load()));
        List<Inputs.Input> inputs = Inputs.expand(paths);
        Progress progress = new Progress("feeds", inputs.size());
        int failed = 0;
        for (Inputs.Input in : inputs) {
            try {
                byte[] body;
                String type = null;
                if (in.url() != null) {
                    FetchResult r = fetcher.fetch(in.url(), null, null);
                    body = r.body();
                    type = r.contentType();
                } else {
                    body = Inputs.read(in.file());
                }
                for (FeedItem item : new FeedParser().parseFeed(body, type, in.url()).items()) {
                    String dropped = whyDropped(in.name(), item);
                    if (dropped != null) {
                        // What the pipeline would skip, said here (it dropped them silently): the item and the reason.
                        System.err.printf("wharf: feed %s: dropped item %s: %s%n", in.name(), label(item), dropped);
                        continue;
                    }
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("feed", in.name());
                    line.put("id", item.guid());
                    line.put("url", item.link());
                    line.put("title", item.title());
                    line.put("publishedAt", item.publishedAt());
                    line.put("summary", Jsoup.parse(item.summaryHtml()).text());
                    System.out.println(Json.mapper().writeValueAsString(line));
                }
            } catch (Exception e) {
                failed++;
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("feed", in.name());
                line.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
                System.out.println(Json.mapper().writeValueAsString(line));
            }
            progress.step();
        }
        return failed > 0 ? 1 : 0; // any feed that could not be read fails the command, not only all of them
    }

    /** Why the pipeline would not make an article of the item, or null. */
    private static String whyDropped(String feed, FeedItem item) {
        if (item.link() == null) {
            return "no http(s) link (an article is identified by its URL)";
        }
        try {
            MAPPER.map(feed, item);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String label(FeedItem item) {
        String name = item.title() != null && !item.title().isBlank() ? item.title() : item.guid();
        return name == null ? "(no title, no id)" : "'" + name + "'";
    }
}
