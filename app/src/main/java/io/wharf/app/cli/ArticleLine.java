package io.wharf.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article as `wharf run` prints it when stored and `wharf query` when asked: the same columns and the same
 * company order (most salient first), so that what a run printed can be found again by a query.
 */
record ArticleLine(String id, String publishedAt, String source, String title, List<Company> companies, List<String> categories,
                   String url) {
    /** A company: canonical id (null when no gazetteer knows it) and name. */
    record Company(String id, String name) {}

    /** date  source  title  [companies]  {categories}  url */
    String text() {
        String date = publishedAt == null ? "----------" : publishedAt.substring(0, Math.min(10, publishedAt.length()));
        List<String> names = companies.stream().map(Company::name).distinct().toList();
        return String.format("%s  %-12s  %s  %s  %s  %s", date, source, title, names.isEmpty() ? "[]" : names,
                "{" + String.join(", ", categories) + "}", url);
    }

    /** The JSON fields; companies carry their ids, for joining with `wharf deals` and the tables. */
    Map<String, Object> json() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("url", url);
        line.put("source", source);
        line.put("publishedAt", publishedAt);
        line.put("title", title);
        line.put("companies", companies.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            return m;
        }).toList());
        line.put("categories", categories);
        return line;
    }
}
