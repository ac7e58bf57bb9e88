package io.wharf.classify.nlp;

/**
 * Bounds on the NLP work per document.
 *
 * @param annotators         CoreNLP annotator list; must include ner for company mentions
 * @param maxSentenceLength  longer sentences are not tagged by NER (CoreNLP's ner.maxSentenceLength)
 * @param maxChars           a longer document is refused (goes to the DLQ), not silently cut
 * @param timeLimit          a text whose annotation takes longer is refused (goes to the DLQ)
 */
public record NlpSettings(String annotators, int maxSentenceLength, int maxChars, java.time.Duration timeLimit) {
    public static final NlpSettings DEFAULTS = new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 100_000,
            java.time.Duration.ofSeconds(30));

    public NlpSettings(String annotators, int maxSentenceLength, int maxChars) {
        this(annotators, maxSentenceLength, maxChars, DEFAULTS.timeLimit());
    }

    public NlpSettings {
        if (annotators == null || !annotators.contains("ner")) {
            throw new IllegalArgumentException("classify annotators must include ner, were: " + annotators);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("classify time limit must be positive");
        }
        if (maxSentenceLength < 10 || maxChars < 100) {
            throw new IllegalArgumentException("classify bounds too small: max sentence " + maxSentenceLength + ", max chars " + maxChars);
        }
    }
}
