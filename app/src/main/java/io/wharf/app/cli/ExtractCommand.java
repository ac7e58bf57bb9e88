package io.wharf.app.cli;

import io.wharf.app.pipeline.StageSettings;
import io.wharf.ingest.extract.ArticleExtractor;
import io.wharf.ingest.extract.ExtractedPage;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.pages.PageEnricher;
import io.wharf.model.Json;
import io.wharf.model.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `wharf extract PATH...`: the main text and metadata of article pages, one JSON line per page. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract article text and metadata from HTML pages (files, gzipped or not, folders, or URLs) as JSON lines.")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "HTML files (.html or .html.gz), folders of them, or http(s) URLs.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        HttpFetcher fetcher = new HttpFetcher(StageSettings.fetch(common.load()));
        ArticleExtractor extractor = new ArticleExtractor();
        List<Inputs.Input> inputs = Inputs.expand(paths);
        Progress progress = new Progress("pages", inputs.size());
        int failed = 0;
        for (Inputs.Input in : inputs) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("page", in.name());
            try {
                String html;
                if (in.url() != null) {
                    FetchResult r = fetcher.fetch(in.url(), null, null);
                    html = PageEnricher.decode(r.body(), r.contentType());
                } else {
                    html = PageEnricher.decode(Inputs.read(in.file()), null);
                }
                ExtractedPage p = extractor.extract(html, in.url() == null ? null : in.url().toString());
                line.put("title", p.title());
                line.put("text", p.text());
                line.put("author", p.author());
                line.put("publishedAt", p.publishedAt());
                line.put("canonicalUrl", p.canonicalUrl());
                line.put("language", p.language());
            } catch (Exception e) {
                failed++;
                line.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
            }
            System.out.println(Json.mapper().writeValueAsString(line));
            progress.step();
        }
        return failed > 0 ? 1 : 0; // any page that could not be read fails the command, not only all of them
    }
}
