package io.wharf.classify.deals;

/** A word or punctuation mark of a sentence, lower-cased in {@code norm}, with offsets in the field's text. */
record Tok(String norm, int begin, int end, boolean capitalised) {
    boolean is(String... words) {
        for (String w : words) {
            if (norm.equals(w)) {
                return true;
            }
        }
        return false;
    }

    boolean punct() {
        return !Character.isLetterOrDigit(norm.charAt(0));
    }
}
