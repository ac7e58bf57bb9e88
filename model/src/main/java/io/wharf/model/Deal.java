package io.wharf.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An acquisition (or merger, or stake purchase) or a funding round reported by an article. One deal however many
 * articles report it and however long it runs from rumour to completion: its id ({@link #idFor}) holds no date.
 *
 * @param id          stable: type + canonical parties (+ round for funding)
 * @param amount      whole currency units (8500000 for $8.5M), or null when not stated; the price of an acquisition,
 *                    the size of a round
 * @param currency    ISO 4217 code, or null with a null amount
 * @param round       funding round, or null for acquisitions
 * @param unit        for an acquisition of a unit, team or asset: what was bought ("storage business"); the TARGET
 *                    party is then its owner. Null for a whole company
 * @param stake       the percentage bought when it is a stake, else null
 * @param merger      "X and Y merge": the parties are peers, so their order does not make another deal
 * @param valuation   post-money valuation when stated (funding), in {@code currency}, else null
 * @param totalRaised total funding to date when stated, kept apart from the round, else null
 * @param historical  a past deal mentioned as background ("Y, which X bought in 2015"), not news of the day
 * @param announcedAt day of the reporting article (or of the announcement when stated), or null when unknown
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
        double confidence,
        String unit,
        Double stake,
        boolean merger,
        Long valuation,
        Long totalRaised,
        boolean historical) {

    public enum Type { ACQUISITION, FUNDING }

    public enum Round { PRE_SEED, SEED, SERIES_A, SERIES_B, SERIES_C, SERIES_D, SERIES_E, SERIES_F, SERIES_G, SERIES_H, GROWTH, DEBT, UNKNOWN }

    /** Ordered: a deal's status only moves forward (a late rumour does not undo a completion). */
    public enum Status { RUMORED, ANNOUNCED, COMPLETED, TERMINATED }

    public enum Role { ACQUIRER, TARGET, COMPANY, LEAD_INVESTOR, INVESTOR }

    /** A company taking part; {@code companyId} is null when it is not in the gazetteer. */
    public record Party(Role role, String companyId, String name) {
        public Party {
            Checks.nonNull(role, "party.role");
            Checks.nonBlank(name, "party.name");
        }

        /**
         * The party's identity: its gazetteer id, else its name without legal suffixes reduced to letters and digits
         * ("SocketPlane, Inc." and "SocketPlane" are one company).
         */
        public String companyKey() {
            return companyId != null ? companyId : nameKey(name);
        }

        /** A company name as an identity: lower case, legal suffixes dropped, letters and digits only. */
        public static String nameKey(String name) {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
            String stripped = n.replaceAll("(?: (?:inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|gmbh|ag|sa|se|nv|bv|lp|llp))+$", "");
            return (stripped.isBlank() ? n : stripped).replace(" ", "");
        }
    }

    /**
     * The sentence that states the deal, with its offsets in the field it comes from: the article's text, or its title
     * when only the headline states the deal (records written before the field existed read as TEXT).
     */
    public record Evidence(String articleId, String sentence, int begin, int end, CompanyMention.Field field) {
        public Evidence {
            Checks.nonBlank(articleId, "evidence.articleId");
            Checks.nonBlank(sentence, "evidence.sentence");
            Checks.span(begin, end, "evidence");
            field = field == null ? CompanyMention.Field.TEXT : field;
        }

        public Evidence(String articleId, String sentence, int begin, int end) {
            this(articleId, sentence, begin, end, CompanyMention.Field.TEXT);
        }
    }

    public Deal {
        Checks.nonBlank(id, "deal.id");
        Checks.nonNull(type, "deal.type");
        parties = Checks.list(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("deal " + id + " has no parties");
        }
        if ((amount != null || valuation != null || totalRaised != null) != (currency != null)) {
            throw new IllegalArgumentException("deal " + id + ": amounts and currency go together");
        }
        for (Long v : new Long[] {amount, valuation, totalRaised}) {
            if (v != null && v < 0) {
                throw new IllegalArgumentException("deal " + id + ": negative amount " + v);
            }
        }
        if (stake != null && !(stake > 0 && stake <= 100)) {
            throw new IllegalArgumentException("deal " + id + ": stake must be a percentage in (0, 100], was " + stake);
        }
        Checks.nonNull(status, "deal.status");
        Checks.nonNull(evidence, "deal.evidence");
        Checks.unit(confidence, "deal.confidence");
    }

    /** The parties in a role. */
    public List<Party> parties(Role role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }

    /**
     * Stable id: type and canonical parties, plus the round for funding (a company's seed and Series A are two
     * deals). Investors are not part of it: reports name different subsets of them. No date: the deal rumoured in
     * January and completed in May is one deal.
     */
    public static String idFor(Type type, List<Party> parties, Round round, boolean merger) {
        List<Role> identity = type == Type.ACQUISITION ? List.of(Role.ACQUIRER, Role.TARGET) : List.of(Role.COMPANY);
        String partyKey = parties.stream().filter(p -> identity.contains(p.role()))
                .map(p -> (merger ? "" : p.role() + ":") + p.companyKey()).sorted().distinct().collect(Collectors.joining("|"));
        return ArticleIds.sha256Hex(type + "|" + partyKey + "|" + (type == Type.FUNDING && round != null ? round : ""))
                .substring(0, 32);
    }
}
