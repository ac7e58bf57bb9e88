package io.wharf.alert.rules;

/** A later change of a deal that a rule may ask to be told of, after the first alert. */
public enum UpdateKind {
    /** Any status change (rumored to announced, announced to completed, to terminated). */
    STATUS,
    /** The deal closed. */
    COMPLETED,
    /** The deal was called off. */
    TERMINATED,
    /** A price (or round size) stated for the first time. */
    PRICE
}
