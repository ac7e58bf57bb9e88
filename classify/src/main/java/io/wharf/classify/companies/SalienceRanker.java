package io.wharf.classify.companies;

import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks an article's companies by how much it is about them: a title mention weighs most, then the lead, then
 * how often the body names them. The most central company gets 1.0; one named once in passing deep in the body
 * scores low ("about Portworx, mentions AWS in passing").
 */
public final class SalienceRanker {
    private static final int LEAD_CHARS = 300;
    private static final double TITLE = 3.0;
    private static final double LEAD = 2.0;

    private SalienceRanker() {}

    public static List<CompanySalience> rank(List<CompanyMention> mentions) {
        Map<String, double[]> scores = new LinkedHashMap<>(); // key -> {score, count}
        Map<String, CompanyMention> first = new LinkedHashMap<>();
        Map<String, boolean[]> seen = new LinkedHashMap<>(); // key -> {title, lead}
        for (CompanyMention m : mentions) {
            String key = m.companyId() != null ? m.companyId() : "name:" + m.name().toLowerCase(java.util.Locale.ROOT);
            first.putIfAbsent(key, m);
            boolean[] s = seen.computeIfAbsent(key, k -> new boolean[2]);
            double[] v = scores.computeIfAbsent(key, k -> new double[2]);
            if (m.field() == CompanyMention.Field.TITLE && !s[0]) {
                v[0] += TITLE;
                s[0] = true;
            } else if (m.field() == CompanyMention.Field.TEXT && m.begin() < LEAD_CHARS && !s[1]) {
                v[0] += LEAD;
                s[1] = true;
            }
            v[0] += m.confidence(); // each mention counts, weighted by how sure we are of it
            v[1] += 1;
        }
        double max = scores.values().stream().mapToDouble(v -> v[0]).max().orElse(1.0);
        List<CompanySalience> out = new ArrayList<>();
        scores.forEach((key, v) -> {
            CompanyMention m = first.get(key);
            out.add(new CompanySalience(m.companyId(), m.name(), Math.round(v[0] / max * 1000) / 1000.0, (int) v[1]));
        });
        out.sort(Comparator.comparingDouble(CompanySalience::salience).reversed());
        return out;
    }
}
