package io.wharf.classify.deals;

import io.wharf.classify.nlp.TextSpan;
import io.wharf.model.Article;
import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import io.wharf.model.Deal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The deals an article reports: a cheap trigger filter picks the sentences that can hold one, rules read their
 * parties and fields, "the startup" / "it" resolve to the company the article is about at that point, sentences
 * that only add a status or a lead investor ("The deal closed Tuesday") attach to the deal before them, and the
 * reports of one deal merge into one record. Stateless and thread-safe.
 */
public final class DealExtractor {
    /**
     * Whether the dependency parse helps read the roles: OFF (surface rules alone), GATED (only sentences that pass
     * the trigger filter, name a company and hold an acquisition whose roles the surface rules could not fill: parsed
     * on demand), ALL (every sentence up front: what a pipeline without the filter pays).
     */
    public enum Parsing { OFF, GATED, ALL }

    private final NameGuesser guesser;
    private final Parsing parsing;
    private final java.util.function.Function<String, List<io.wharf.classify.nlp.DependencyParser.Dependency>> parser;

    public DealExtractor(io.wharf.classify.companies.Gazetteer gazetteer) {
        this(gazetteer, Parsing.OFF);
    }

    public DealExtractor(io.wharf.classify.companies.Gazetteer gazetteer, Parsing parsing) {
        this.guesser = new NameGuesser(gazetteer);
        this.parsing = parsing;
        this.parser = parsing == Parsing.OFF ? null : io.wharf.classify.nlp.DependencyParser.shared()::parse;
    }

    /** A sentence without one of these stems holds no deal: most sentences stop here, before any rule runs. */
    static final Pattern GATE = Pattern.compile("acqui|buy|bought|purchas|snap|scoop|pick|take|took|merg|fusion|fusión|übern|kauf|erw[ie]rb|"
            + "erworben|rachat|rachet|rachèt|adquir|compr|stake|offer|bid|rais|fund|financ|round|series|seed|invest|led by|lève|levée|levé|"
            + "sammelt|ronda|recaud|levant|capital|beteiligung|deal|transaction|closed|completed|terminat|called off|walk|sold|sell|verkauf|vend|"
            + "cède|cédé|paid|pay|zahlt|paga|paie|spent|spend|particip|joined|backers|investors", Pattern.CASE_INSENSITIVE);

    /** One field (title or body) with its sentences and the companies linked in it. */
    public record Field(CompanyMention.Field field, String text, List<TextSpan> sentences, List<TextSpan> people) {
        public Field {
            people = people == null ? List.of() : people;
        }
    }

    /**
     * What an article reports: its deals, and how many acquisitions of the day it mentions with only one side named
     * ("X sold its unit", "Y is exploring a sale"): news of an acquisition that makes no deal record.
     */
    public record Reading(List<Deal> deals, int oneSidedAcquisitions) {}

    public List<Deal> extract(Article article, List<Field> fields, List<CompanyMention> mentions, List<CompanySalience> companies) {
        return read(article, fields, mentions, companies).deals();
    }

    public Reading read(Article article, List<Field> fields, List<CompanyMention> mentions, List<CompanySalience> companies) {
        Integer year = article.publishedAt() == null ? null : article.publishedAt().atZone(ZoneOffset.UTC).getYear();
        LocalDate day = article.publishedAt() == null ? null : article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        boolean lowerCased = io.wharf.classify.text.Tokens.isLowerCased(article.title() + " " + article.text());
        List<DealCandidate> found = new ArrayList<>();
        int oneSided = 0;
        Focus focus = new Focus();
        for (Field f : fields) {
            List<CompanyMention> inField = mentions.stream().filter(m -> m.field() == f.field()).toList();
            List<TextSpan> sentences = f.sentences().isEmpty() && !f.text().isBlank() ? List.of(new TextSpan(0, f.text().length())) : f.sentences();
            for (TextSpan span : sentences) {
                String sentence = f.text().substring(span.begin(), span.end());
                // ALL: what parsing without the filter costs; only the sentences the filter keeps can use the parse
                List<io.wharf.classify.nlp.DependencyParser.Dependency> parsed = parsing == Parsing.ALL && sentence.length() < 1_000
                        ? parser.apply(sentence) : null;
                if (!GATE.matcher(sentence).find()) {
                    focus.add(() -> plainView(f, span, inField, lowerCased));
                    continue;
                }
                SentenceView s = new SentenceView(f.text(), span.begin(), span.end(),
                        inField.stream().filter(m -> m.begin() >= span.begin() && m.end() <= span.end()).toList(), lowerCased);
                guesser.addGazetteerNames(s);
                s.people = f.people();
                if (parsing != Parsing.OFF && !s.parties.isEmpty() && sentence.length() < 1_000) {
                    s.dependencies = parsed != null ? () -> parsed : memoized(() -> parser.apply(sentence));
                }
                List<Money> money = MoneyReader.find(sentence).stream()
                        .map(m -> new Money(m.amount(), m.currency(), m.begin() + span.begin(), m.end() + span.begin(), m.perShare())).toList();
                DealCandidate.StatusReading reading = DealStatusReader.read(s);
                List<DealCandidate> here = new ArrayList<>(AcquisitionRules.find(s));
                for (DealCandidate c : here) {
                    if (c.partial && !DealStatusReader.historical(s, c, year, reading) && reading.status() != Deal.Status.TERMINATED) {
                        oneSided++;
                    }
                }
                here.removeIf(c -> c.partial);
                if (here.isEmpty()) {
                    here.addAll(FundingRules.find(s, money));
                }
                StandIns.resolve(here, focus::now, companies, s);
                here.removeIf(c -> c.first == null || c.first.standIn() || c.second != null && c.second.standIn()
                        || c.second != null && c.first.key().equals(c.second.key()));
                if (here.isEmpty()) {
                    FollowUps.apply(s, money, found);
                }
                for (DealCandidate c : here) {
                    c.status = reading;
                    c.historical = DealStatusReader.historical(s, c, year, reading);
                    if (c.type == Deal.Type.ACQUISITION) {
                        Money own = AcquisitionPrice.after(s, c.second, money);
                        if (own != null) {
                            c.amount = own; // "pivotal software for about $2.7 billion and carbon black for about $2.1 billion"
                        } else if (here.stream().filter(x -> x.type == Deal.Type.ACQUISITION).count() == 1) {
                            c.amount = AcquisitionPrice.of(s, money);
                        }
                    }
                }
                here.forEach(c -> c.field = f.field());
                found.addAll(here);
                focus.add(() -> s);
            }
        }
        return new Reading(DealMerger.merge(article.id(), found, day), oneSided);
    }

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> compute) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = compute.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    /** A sentence the filter passed over, read only if a later stand-in needs to know what the article was about. */
    private SentenceView plainView(Field f, TextSpan span, List<CompanyMention> inField, boolean lowerCased) {
        SentenceView s = new SentenceView(f.text(), span.begin(), span.end(),
                inField.stream().filter(m -> m.begin() >= span.begin() && m.end() <= span.end()).toList(), lowerCased);
        if (lowerCased) {
            guesser.addGazetteerNames(s); // the linker leaves ambiguous names out of lower-cased text
        }
        return s;
    }
}
