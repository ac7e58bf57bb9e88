package io.wharf.classify.text;

/** A word (a run of letters and digits) with its offsets in the text and its lower-cased form. */
public record Token(String norm, int begin, int end) {}
