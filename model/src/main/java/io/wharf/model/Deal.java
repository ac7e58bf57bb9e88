package io.wharf.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An acquisition or funding round reported by an article.
 *
 * @param id          stable: type + normalised parties + period ({@link #idFor})
 * @param amount      minor-unit-free amount (e.g. 8500000 for $8.5M), or null when not stated
 * @param currency    ISO 4217 code, or null with a null amount
 * @param round       funding round, or null for acquisitions
 * @param announcedAt day of announcement, or null when unknown
 */
public record Deal(
        String id,
        Type type,
        List<Party> parties,
        Long amount,
        String currency,
        Round round,
        Status status,
        LocalDate announcedAt,
        Evidence evidence,
        double confidence) {

    public enum Type { ACQUISITION, FUNDING }

    public enum Round { PRE_SEED, SEED, SERIES_A, SERIES_B, SERIES_C, SERIES_D, SERIES_E, SERIES_F, GROWTH, DEBT, IPO }

    public enum Status { RUMORED, ANNOUNCED, COMPLETED, TERMINATED }

    public enum Role { ACQUIRER, TARGET, COMPANY, LEAD_INVESTOR, INVESTOR }

    /** A company taking part; {@code companyId} is null when it is not in the gazetteer. */
    public record Party(Role role, String companyId, String name) {
        public Party {
            Checks.nonNull(role, "party.role");
            Checks.nonBlank(name, "party.name");
        }

        String key() {
            return role + ":" + (companyId != null ? companyId : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", ""));
        }
    }

    /** The sentence that states the deal, with its offsets in the article text. */
    public record Evidence(String articleId, String sentence, int begin, int end) {
        public Evidence {
            Checks.nonBlank(articleId, "evidence.articleId");
            Checks.nonBlank(sentence, "evidence.sentence");
            Checks.span(begin, end, "evidence");
        }
    }

    public Deal {
        Checks.nonBlank(id, "deal.id");
        Checks.nonNull(type, "deal.type");
        parties = Checks.list(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("deal " + id + " has no parties");
        }
        if ((amount == null) != (currency == null)) {
            throw new IllegalArgumentException("deal " + id + ": amount and currency go together");
        }
        if (amount != null && amount < 0) {
            throw new IllegalArgumentException("deal " + id + ": negative amount " + amount);
        }
        Checks.nonNull(status, "deal.status");
        Checks.nonNull(evidence, "deal.evidence");
        Checks.unit(confidence, "deal.confidence");
    }

    /** Stable id: the same deal reported by many articles in the same month gets the same id. */
    public static String idFor(Type type, List<Party> parties, LocalDate announcedAt) {
        String partyKey = parties.stream().map(Party::key).sorted().collect(Collectors.joining("|"));
        String period = announcedAt == null ? "undated" : announcedAt.getYear() + "-" + announcedAt.getMonthValue();
        return ArticleIds.sha256Hex(type + "|" + partyKey + "|" + period).substring(0, 32);
    }
}
