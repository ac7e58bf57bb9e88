package io.wharf.ingest;

import io.wharf.ingest.state.FeedStateStore;
import io.wharf.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The articles one poll sent, each marked seen (with the feed link it came from) as soon as the output accepted it,
 * or released for a later poll when the output failed: exactly what was accepted is remembered. Confined to its
 * poll's thread, except the counters and the state, which the output's callback threads touch (atomic, thread-safe).
 */
final class Acks {
    private final FeedStateStore state;
    private final List<CompletableFuture<RefusedArticle>> pending = new ArrayList<>();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger copies = new AtomicInteger();

    Acks(FeedStateStore state) {
        this.state = state;
    }

    /** Sends now; {@code feedId} is the id of the feed's link when the page gave the article another one. */
    void send(ArticleOutput output, Article a, String feedId) {
        pending.add(output.send(a).whenComplete((r, e) -> {
            if (e != null) {
                state.release(a.id());
                state.release(feedId);
                return;
            }
            // A refused article is in the DLQ with its source and link: seen too, or every poll would add it again.
            state.markSeen(a.id());
            state.markSeen(feedId);
            if (r != null) {
                refused.incrementAndGet();
            } else {
                published.incrementAndGet();
                if (a.duplicateOf() != null) {
                    copies.incrementAndGet();
                }
            }
        }));
    }

    /** Waits for every answer; then throws the output's first failure, if any (what was accepted stays seen). */
    void await() throws Exception {
        Exception first = null;
        for (CompletableFuture<RefusedArticle> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof Exception c ? c : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Waits for every answer, whatever it is: before the state is saved on a failed poll. */
    void settle() {
        try {
            await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // already counted by the poll that failed
        }
    }

    int published() {
        return published.get();
    }

    int refused() {
        return refused.get();
    }

    int copies() {
        return copies.get();
    }
}
