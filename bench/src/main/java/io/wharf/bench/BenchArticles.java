package io.wharf.bench;

import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Made-up enriched articles shaped like the real ones for the query benchmark: two of 2,000 companies per article, a
 * mention, and every fourth article a deal report (two reports per deal, half acquisitions announced then completed,
 * half series A rounds), so 100,000 articles give 12,500 deals and 25,000 reports.
 */
final class BenchArticles {
    private static final int COMPANIES = 2000;

    private BenchArticles() {}

    static List<EnrichedArticle> batch(int from, int to, Instant at) {
        List<EnrichedArticle> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(article(i, at));
        }
        return out;
    }

    static EnrichedArticle article(int i, Instant at) {
        String url = "https://bench.test/news/" + i;
        int a = (i * 7) % COMPANIES;
        int b = (i * 13 + 5) % COMPANIES == a ? (a + 1) % COMPANIES : (i * 13 + 5) % COMPANIES;
        String text = name(a) + " and " + name(b) + " in the news, story " + i + ".";
        Article art = new Article(ArticleIds.of(url), url, url, "bench", "Story " + i, text, "", at, at, "en", null);
        List<CompanySalience> companies = List.of(new CompanySalience(id(a), name(a), 0.8, 2), new CompanySalience(id(b), name(b), 0.4, 1));
        CompanyMention m = new CompanyMention(id(a), name(a), name(a), CompanyMention.Field.TEXT, 0, name(a).length(), 0.9);
        List<Deal> deals = i % 4 == 0 ? List.of(deal(i / 8, i % 8 == 4, art, a, b)) : List.of();
        return new EnrichedArticle(art, List.of(m), companies, List.of(), deals, "bench", at);
    }

    private static Deal deal(int k, boolean second, Article art, int a, int b) {
        boolean acquisition = k % 2 == 0;
        List<Deal.Party> parties = acquisition
                ? List.of(new Deal.Party(Deal.Role.ACQUIRER, id(a), name(a)), new Deal.Party(Deal.Role.TARGET, null, "Startup " + k))
                : List.of(new Deal.Party(Deal.Role.COMPANY, null, "Startup " + k), new Deal.Party(Deal.Role.LEAD_INVESTOR, id(b), name(b)));
        Deal.Type type = acquisition ? Deal.Type.ACQUISITION : Deal.Type.FUNDING;
        Deal.Round round = acquisition ? null : Deal.Round.SERIES_A;
        Deal.Status status = acquisition && second ? Deal.Status.COMPLETED : Deal.Status.ANNOUNCED;
        String sentence = art.text();
        return new Deal(Deal.idFor(type, parties, round, false), type, parties, 10_000_000L + k, "USD", round, status,
                LocalDate.ofInstant(art.publishedAt(), ZoneOffset.UTC), new Deal.Evidence(art.id(), sentence, 0, sentence.length()), 0.8,
                null, null, false, null, null, false);
    }

    private static String id(int c) {
        return "company-" + c;
    }

    private static String name(int c) {
        return "Company " + c;
    }
}
