package io.wharf.app.cli;

import io.wharf.model.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints query results as a readable table (default), JSON lines, or CSV with a header (RFC 4180 quoting). */
final class Rows {
    enum Format { TABLE, JSON, CSV }

    private final List<String> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    Rows(String... columns) {
        this.columns = List.of(columns);
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns " + columns);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        rows.add(row);
    }

    static Format format(String text) {
        try {
            return Format.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format '" + text + "': expected table, json or csv");
        }
    }

    void print(PrintStream out, Format format) throws Exception {
        switch (format) {
            case JSON -> {
                for (Map<String, Object> r : rows) {
                    out.println(Json.mapper().writeValueAsString(r));
                }
            }
            case CSV -> {
                out.println(String.join(",", columns));
                for (Map<String, Object> r : rows) {
                    out.println(String.join(",", r.values().stream().map(Rows::csv).toList()));
                }
            }
            case TABLE -> table(out);
        }
    }

    private void table(PrintStream out) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            width[i] = columns.get(i).length();
            for (Map<String, Object> r : rows) {
                width[i] = Math.max(width[i], text(r.get(columns.get(i))).length());
            }
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            header.append(String.format("%-" + width[i] + "s  ", columns.get(i)));
        }
        out.println(header.toString().stripTrailing());
        for (Map<String, Object> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                line.append(String.format("%-" + width[i] + "s  ", text(r.get(columns.get(i)))));
            }
            out.println(line.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            out.println("(none)");
        }
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    private static String csv(Object v) {
        String s = text(v);
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
