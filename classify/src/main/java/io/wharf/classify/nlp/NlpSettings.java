package io.wharf.classify.nlp;

/**
 * Bounds on the NLP work per document.
 *
 * @param annotators         CoreNLP annotator list; must include ner for company mentions
 * @param maxSentenceLength  longer sentences are not tagged by NER (CoreNLP's ner.maxSentenceLength)
 * @param maxChars           a longer document is refused (goes to the DLQ), not silently cut
 */
public record NlpSettings(String annotators, int maxSentenceLength, int maxChars) {
    public static final NlpSettings DEFAULTS = new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 100_000);

    public NlpSettings {
        if (annotators == null || !annotators.contains("ner")) {
            throw new IllegalArgumentException("classify annotators must include ner, were: " + annotators);
        }
        if (maxSentenceLength < 10 || maxChars < 100) {
            throw new IllegalArgumentException("classify bounds too small: max sentence " + maxSentenceLength + ", max chars " + maxChars);
        }
    }
}
