package io.wharf.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
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
}
