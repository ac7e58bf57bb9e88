package io.wharf.classify.deals;

/**
 * An amount of money found in text, normalised to whole currency units and an ISO 4217 code.
 *
 * @param perShare "12 dlrs a share": a price per share, never a deal's total
 */
record Money(long amount, String currency, int begin, int end, boolean perShare) {}
