package io.wharf.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.ingest.testutil.MovableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicateIndexTest {
    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock();
    private static final String RELEASE = "SAN FRANCISCO -- Portworx, the container storage company, said on Tuesday it raised "
            + "$27 million in a Series C round led by Sapphire Ventures, with existing investors Mayfield and GE Ventures joining. "
            + "The company will use the money to grow its sales team and expand its data services for Kubernetes.";
    private static final String REWRITE = "Portworx, the container storage company, said on Tuesday it raised $27 million in a "
            + "Series C round led by Sapphire Ventures, with existing investors Mayfield and GE Ventures joining. The company "
            + "will use the money to grow its sales team and expand its data services for Kubernetes clusters.";
    private static final String OTHER = "Veeam Software agreed to buy Kasten, whose K10 product backs up applications that run "
            + "on Kubernetes, for about $150 million in cash and stock, the companies said in a joint statement on Monday.";

    @Test
    void aSyndicatedCopyIsFoundAndADifferentStoryIsNot() {
        NearDuplicateIndex index = new NearDuplicateIndex(0.7, 100);
        assertThat(index.findOrAdd("wire-a", RELEASE)).isNull();
        assertThat(index.findOrAdd("wire-b", REWRITE)).isEqualTo("wire-a");
        assertThat(index.findOrAdd("other", OTHER)).isNull();
    }

    @Test
    void theSameArticleAgainIsNotItsOwnCopy() {
        NearDuplicateIndex index = new NearDuplicateIndex(0.8, 100);
        assertThat(index.findOrAdd("a", RELEASE)).isNull();
        assertThat(index.findOrAdd("a", RELEASE)).isNull();
    }

    @Test
    void oldArticlesAreForgottenPastTheCapacity() {
        NearDuplicateIndex index = new NearDuplicateIndex(0.8, 1);
        index.findOrAdd("a", RELEASE);
        index.findOrAdd("b", OTHER);
        assertThat(index.findOrAdd("c", RELEASE)).isNull();
    }

    @Test
    void similarityOfTheSignaturesTracksTheTexts() {
        MinHash mh = new MinHash(64, 3);
        assertThat(MinHash.similarity(mh.signature(RELEASE), mh.signature(REWRITE))).isGreaterThan(0.7);
        assertThat(MinHash.similarity(mh.signature(RELEASE), mh.signature(OTHER))).isLessThan(0.2);
        assertThat(mh.signature("too short to judge")).isNull();
    }

    private NearDuplicateIndex kept(int capacity, Duration maxAge) {
        return new NearDuplicateIndex(0.7, capacity, maxAge, dir.resolve("duplicates.bin"), clock);
    }

    /** Issue 15: the index lived in memory, so a restart forgot what it had seen. */
    @Test
    void aCopyIsRecognisedAfterARestart() {
        NearDuplicateIndex before = kept(100, Duration.ofDays(14));
        assertThat(before.findOrAdd("wire-a", RELEASE)).isNull();
        before.saveQuietly();
        NearDuplicateIndex after = kept(100, Duration.ofDays(14)); // a new process on the same data dir
        assertThat(after.size()).isEqualTo(1);
        assertThat(after.findOrAdd("wire-b", REWRITE)).isEqualTo("wire-a");
        assertThat(after.findOrAdd("other", OTHER)).isNull();
    }

    @Test
    void signaturesOlderThanTheMaxAgeAreForgottenInUseAndAtLoad() {
        NearDuplicateIndex index = kept(100, Duration.ofDays(14));
        index.findOrAdd("wire-a", RELEASE);
        index.saveQuietly();
        clock.advance(Duration.ofDays(14).plusSeconds(1));
        assertThat(kept(100, Duration.ofDays(14)).size()).as("read back, too old").isZero();
        assertThat(index.findOrAdd("wire-b", REWRITE)).as("too old to be the original").isNull();
    }

    @Test
    void theFileKeepsTheMostRecentArticlesUpToTheCapacity() {
        NearDuplicateIndex index = kept(100, Duration.ofDays(14));
        index.findOrAdd("wire-a", RELEASE);
        clock.advance(Duration.ofMinutes(1));
        index.findOrAdd("other", OTHER);
        index.saveQuietly();
        NearDuplicateIndex smaller = kept(1, Duration.ofDays(14)); // the capacity was lowered meanwhile
        assertThat(smaller.size()).isEqualTo(1);
        assertThat(smaller.findOrAdd("wire-b", REWRITE)).as("the older one was dropped").isNull();
    }

    @Test
    void aCorruptOrForeignFileIsIgnoredAndReplacedAtTheNextSave() throws IOException {
        Path file = dir.resolve("duplicates.bin");
        NearDuplicateIndex index = kept(100, Duration.ofDays(14));
        index.findOrAdd("wire-a", RELEASE);
        index.saveQuietly();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55; // one damaged byte: the checksum no longer matches
        Files.write(file, bytes);
        NearDuplicateIndex damaged = kept(100, Duration.ofDays(14));
        assertThat(damaged.size()).isZero();
        Files.writeString(file, "{\"not\": \"ours\"}");
        NearDuplicateIndex foreign = kept(100, Duration.ofDays(14));
        assertThat(foreign.size()).isZero();
        foreign.findOrAdd("other", OTHER);
        foreign.saveQuietly();
        assertThat(kept(100, Duration.ofDays(14)).size()).isEqualTo(1);
    }
}
