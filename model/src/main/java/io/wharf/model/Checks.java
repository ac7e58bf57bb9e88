package io.wharf.model;

import java.util.List;

/** Constructor checks shared by the records; each failure names the field so a DLQ reason is readable. */
final class Checks {
    private Checks() {}

    static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    static double unit(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be within [0, 1], was " + value);
        }
        return value;
    }

    static void span(int begin, int end, String field) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(field + " offsets must satisfy 0 <= begin <= end, were " + begin + ".." + end);
        }
    }
}
