package io.wharf.classify.nlp;

/** A stretch of text (a sentence) by its character offsets. */
public record TextSpan(int begin, int end) {}
