package io.wharf.classify.nlp;

/** A named entity found by the NER, with character offsets in the annotated text. */
public record EntitySpan(String type, String text, int begin, int end, double confidence) {}
