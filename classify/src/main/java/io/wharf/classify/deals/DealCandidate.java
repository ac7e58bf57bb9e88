package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.ArrayList;
import java.util.List;

/** A deal as one sentence states it, before stand-ins are resolved and the article's reports are merged. */
final class DealCandidate {
    final Deal.Type type;
    final SentenceView sentence;
    io.wharf.model.CompanyMention.Field field = io.wharf.model.CompanyMention.Field.TEXT; // where the sentence is
    PartySpan first;   // acquirer, or the company raising
    PartySpan second;  // target; null for funding
    String unit;
    boolean merger;
    Money amount;
    Double stake;
    Deal.Round round = Deal.Round.UNKNOWN;
    final List<PartySpan> leads = new ArrayList<>();
    final List<PartySpan> investors = new ArrayList<>();
    Money valuation;
    Money total;
    StatusReading status;
    boolean historical;
    int listEnd;       // the token after the last target of the list this deal came from
    boolean partial;   // only one side named: counts as acquisition news, never becomes a deal

    DealCandidate(Deal.Type type, SentenceView sentence) {
        this.type = type;
        this.sentence = sentence;
    }

    /** A status and how sure the words make it: a stated cue outranks a verb form's default. */
    record StatusReading(Deal.Status status, boolean stated) {}
}
