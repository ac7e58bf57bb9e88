package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.regex.Pattern;

/**
 * The status of an acquisition from the words of its sentence, and whether the sentence mentions it as background.
 * A stated cue ("completed", "in talks", "called off") outranks what the verb's form suggests ("acquires" reads as
 * done unless the text says it is pending). Stateless.
 */
final class DealStatusReader {
    /**
     * A deal ended. The words must be about the deal ("terminated the agreement", "blocked the merger"): a termination
     * fee, software that blocks ransomware or a cancelled product launch end nothing.
     */
    private static final Pattern TERMINATED = Pattern.compile(" (?:called off|calls off|call off|walked away|walks away|walk away|"
            + "(?:terminat\\w*|abandon\\w*|scrap\\w*|cancel\\w*|block\\w*|prohibit\\w*|vetoe?d?s?|rejected|scuttled|scuppered|nixed|killed|ended|"
            + "given up|gave up|gives up) (?:\\S+ ){0,6}(?:deal|agreement|merger|acquisition|takeover|purchase|transaction|bid|offer|talks|sale|"
            + "combination|attempt|pursuit)|"
            + "(?:deal|agreement|merger|acquisition|takeover|purchase|transaction|bid|offer|talks|sale) (?:\\S+ ){0,3}(?:was |were |has been |is )?"
            + "(?:terminated|abandoned|scrapped|cancel+ed|blocked|prohibited|rejected|collapsed|ended)|"
            + "collapsed|fell through|falls through|fell apart|pulled out|pulls out|withdr[ae]w\\w* (?:its|the|their) (?:bid|offer)|"
            + "dropped (?:its|the|their) (?:bid|offer|plan|pursuit)|abgesagt|geplatzt|gescheitert|abgebrochen|untersagt|abandonne\\w*|annul\\w*|"
            + "renonce\\w*|cancela\\w*|abandona\\w*|fracas\\w*) ");
    private static final Pattern NOT_AN_END = Pattern.compile(" (?:termination|break|breakup|break-up) fees? ");
    /** Words that say an agreement exists: checked before the vaguer words of rumour ("agreed ..., a deal that could ..."). */
    private static final Pattern AGREED = Pattern.compile(" (?:agreed|agrees|has agreed|definitive|signed|signs) ");
    private static final Pattern RUMORED = Pattern.compile(" (?:in talks|talks to|talks with|in (?:advanced |early |exclusive )?(?:talks|discussions|negotiations)|"
            + "reportedly|is said to|are said to|people (?:familiar|close|with knowledge)|sources? (?:said|say|familiar|close)|according to (?:people|sources|a report|reports|persons)|"
            + "explor\\w* (?:a |the )?(?:sale|options|deal|acquisition|bid)|considering|weighing|weighs|mulls|mulling|eyes|eyeing|nearing a deal|"
            + "near(?:s)? a deal|close to a deal|closing in on|rumou?r\\w*|approached|courting|circling|speculat\\w*|could|might|may be|"
            + "potential|possible|sounding out|kreisen|angeblich|gerücht\\w*|verhandl\\w*|erwägt|discussions|négociations|selon des sources|envisage\\w*|"
            + "serait|pourrait|negociaciones|según fuentes|estaría|podría|negocia\\w*) ");
    private static final Pattern COMPLETED = Pattern.compile(" (?:completed|completes|completion|closed|closes|closing of|finali[sz]ed|finali[sz]es|"
            + "wraps up|wrapped up|has wrapped up|"
            + "has acquired|have acquired|has bought|has purchased|has completed|has closed|has snapped up|has picked up|has taken over|"
            + "now part of|now owned|is now|became part|abgeschlossen|vollzogen|hat \\S+ übernommen|finalisé\\w*|a racheté|a acquis|a finalisé|"
            + "ha adquirido|completó|cerró|culminó|ha comprado) ");
    private static final Pattern ANNOUNCED = Pattern.compile(" (?:agreed|agrees|agree|agreement|to acquire|to buy|to purchase|will acquire|will buy|"
            + "plans to|planned|intends to|intent to|intention to|definitive|signed|signs|offer|tender|bid|expected to close|expected to be completed|"
            + "subject to|pending|set to|is to|would acquire|would buy|announced|announces|unveiled|proposed|will be|vereinbart|vereinbarung|plant|will \\S+ übernehmen|"
            + "soll|accord|va racheter|va acquérir|compte racheter|acuerdo|adquirirá|comprará|anunció|anuncia) ");
    private static final Pattern DONE_VERB = Pattern.compile(" (?:acquired|bought|purchased|snapped up|scooped up|picked up|took over|merged|übernahm|kaufte|"
            + "erwarb|übernommen|gekauft|racheté|rachetée|acquis|adquirió|compró|adquirida|adquirido) ");
    private static final Pattern BACKGROUND = Pattern.compile(" (?:which|that|who) (?:\\S+ ){0,4}(?:acquired|bought|purchased|raised|took over|snapped up)"
            + "| (?:had (?:raised|closed|secured|bought|acquired|purchased|landed)|previously raised|last year|years ago|a year ago|months ago|earlier this year|in the past|once owned|already owned|"
            + "since acquiring|after acquiring|after buying|following (?:its|the|their) (?:\\S+ )?(?:acquisition|purchase)|since (?:its|the) (?:acquisition|purchase)|"
            + "now part of|now owned by|its \\d{4} (?:acquisition|purchase)|earlier pickups?|earlier (?:acquisition|purchase)s?|a comienzos de este año|"
            + "plus tôt cette année|anfang des jahres|im vergangenen jahr|l'an dernier|l'année dernière|el año pasado|"
            + "the \\d{4} (?:acquisition|purchase)|in \\d{4}|back in|einst|damals|ehemals|autrefois|en \\d{4}|im jahr \\d{4}) ");
    private static final Pattern YEAR = Pattern.compile("(?<!founded|established|started|launched|formed|created|incorporated|born|gegründet|fondée|fondé|fundada|fundado) "
            + "(?:in|since|of|back in|im|en|its|the|during) ((?:19|20)\\d\\d) ");

    private DealStatusReader() {}

    /** A word of ending that is not part of "termination fee" / "break fee" (a fee ends nothing; the deal it is in may). */
    private static boolean ended(String n) {
        java.util.regex.Matcher end = TERMINATED.matcher(n);
        while (end.find()) {
            java.util.regex.Matcher fee = NOT_AN_END.matcher(n);
            boolean inFee = false;
            while (fee.find()) {
                inFee |= fee.start() <= end.start() && end.start() < fee.end();
            }
            if (!inFee) {
                return true;
            }
        }
        return false;
    }

    static DealCandidate.StatusReading read(SentenceView s) {
        String n = s.normalised().replace(" n't", " not").replace(" 's ", "'s ");
        if (ended(n)) {
            return new DealCandidate.StatusReading(Deal.Status.TERMINATED, true);
        }
        if (COMPLETED.matcher(n).find() && !n.contains(" expected to ") && !n.contains(" once ")) {
            return new DealCandidate.StatusReading(Deal.Status.COMPLETED, true);
        }
        if (AGREED.matcher(n).find() && !n.contains(" talks ") && !n.contains(" reportedly ") && !n.contains(" people familiar ")) {
            return new DealCandidate.StatusReading(Deal.Status.ANNOUNCED, true);
        }
        if (RUMORED.matcher(n).find()) {
            return new DealCandidate.StatusReading(Deal.Status.RUMORED, true);
        }
        if (ANNOUNCED.matcher(n).find()) {
            return new DealCandidate.StatusReading(Deal.Status.ANNOUNCED, true);
        }
        return new DealCandidate.StatusReading(DONE_VERB.matcher(n).find() ? Deal.Status.COMPLETED : Deal.Status.ANNOUNCED, false);
    }

    /** A status word in a sentence that names no party: "The deal closed on Tuesday." */
    static DealCandidate.StatusReading followUp(SentenceView s) {
        String n = s.normalised();
        boolean aboutDeal = DealLexicon.DEAL_NOUNS.stream().anyMatch(w -> n.contains(" " + w + " "));
        if (!aboutDeal) {
            return null;
        }
        DealCandidate.StatusReading r = read(s);
        return r.stated() ? r : null;
    }

    /** Words just before a deal's parties that put it behind the news: "It follows Red Hat's purchase of", "a year after IBM completed". */
    private static final java.util.Set<String> BEFORE_PAST = Words.of("after", "following", "follows", "followed", "since", "earlier",
            "prior", "previous", "previously", "nachdem", "seit", "après", "depuis", "tras", "después", "desde");

    /**
     * The deal is background: a past year in its clause, a word of the past just before its parties, or a relative
     * clause about it ("which X bought in 2015"). {@code stated} is the sentence's {@link #read}, computed once by the caller.
     */
    static boolean historical(SentenceView s, DealCandidate c, Integer publishedYear, DealCandidate.StatusReading stated) {
        if (stated.stated() && (stated.status() == Deal.Status.ANNOUNCED || stated.status() == Deal.Status.RUMORED)) {
            return false; // "shares jumped after Cisco agreed to buy", "talks that began in 2020": pending news is no background
        }
        int firstParty = Math.min(c.first == null ? Integer.MAX_VALUE : c.first.from(), c.second == null ? Integer.MAX_VALUE : c.second.from());
        for (int j = Math.max(0, Math.min(firstParty, s.size()) - 6); j < Math.min(firstParty, s.size()); j++) {
            if (BEFORE_PAST.contains(s.tok(j).norm()) && !s.is(j + 1, "the", "regulators", "approval", "shareholders")) {
                return true;
            }
        }
        int from = Math.max(0, Math.min(c.first == null ? Integer.MAX_VALUE : c.first.from(), c.second == null ? Integer.MAX_VALUE : c.second.from()) - 3);
        from = Math.min(from, s.size());
        int to = Math.min(s.size(), Math.max(Math.max(c.first == null ? 0 : c.first.to(), c.second == null ? 0 : c.second.to()), c.listEnd) + 10);
        StringBuilder b = new StringBuilder(" ");
        for (int i = from; i < to; i++) {
            b.append(s.tok(i).norm()).append(' ');
        }
        String clause = b.toString();
        var year = YEAR.matcher(clause);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (publishedYear != null && y < publishedYear) {
                return true;
            }
        }
        var bg = BACKGROUND.matcher(clause);
        while (bg.find()) {
            String hit = bg.group();
            if (hit.matches(".*\\d{4}.*") && publishedYear != null) {
                var y = java.util.regex.Pattern.compile("(?:19|20)\\d\\d").matcher(hit);
                if (y.find() && Integer.parseInt(y.group()) >= publishedYear) {
                    continue;
                }
            }
            return true;
        }
        return false;
    }
}
