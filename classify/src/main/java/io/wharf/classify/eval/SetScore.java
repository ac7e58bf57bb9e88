package io.wharf.classify.eval;

import java.util.HashSet;
import java.util.Set;

/** Micro-averaged precision, recall and F1 over (article, label) pairs. Not thread-safe. */
public final class SetScore {
    private long tp;
    private long fp;
    private long fn;

    public void add(Set<String> predicted, Set<String> gold) {
        Set<String> hit = new HashSet<>(predicted);
        hit.retainAll(gold);
        tp += hit.size();
        fp += predicted.size() - hit.size();
        fn += gold.size() - hit.size();
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long tp() {
        return tp;
    }

    public long fp() {
        return fp;
    }

    public long fn() {
        return fn;
    }
}
