package io.wharf.classify.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The company an article is about at a point of reading: the subject of the latest sentence that names one. Asked for
 * only when a stand-in ("the company", "it") needs resolving, which most articles never do, so the sentences the
 * trigger filter passed over are tokenised only then, and each at most once. One per article; not thread-safe.
 */
final class Focus {
    private final List<Supplier<SentenceView>> sentences = new ArrayList<>();
    private int readUpTo;      // sentences before this index have been read
    private PartySpan latest;  // the subject found among them, latest first

    void add(Supplier<SentenceView> sentence) {
        sentences.add(sentence);
    }

    PartySpan now() {
        for (int i = sentences.size() - 1; i >= readUpTo; i--) {
            PartySpan subject = subject(sentences.get(i).get());
            if (subject != null) {
                latest = subject;
                break;
            }
        }
        readUpTo = sentences.size();
        return latest;
    }

    /** The sentence's first company that no preposition governs and that is no news outlet quoted. */
    private static PartySpan subject(SentenceView s) {
        for (PartySpan p : s.parties) {
            if (!p.standIn() && !Clauses.governed(s, p) && !AcquisitionParties.quoted(s, p)) {
                return p;
            }
        }
        return null;
    }
}
