package io.wharf.classify.deals;

import io.wharf.classify.nlp.DependencyParser.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Acquirer and target of an acquisition verb read from the dependency parse: its subject and object, or in the
 * passive its passive subject and agent; a verb under "agreed to" / "plans to" takes its subject from the verb above
 * it. A name is found at the head word or at the words compounded or set in apposition to it ("networking startup
 * SocketPlane"). Stateless.
 */
final class ParseRoles {
    private static final Set<String> NAME_PARTS = Set.of("compound", "appos", "flat", "nmod", "amod", "nmod:poss", "conj");

    private ParseRoles() {}

    record Roles(PartySpan acquirer, PartySpan target) {}

    static Roles of(SentenceView s, List<Dependency> deps, int verb) {
        int v = s.tok(verb).begin() - s.begin;
        Integer subject = dependent(deps, v, "nsubj");
        Integer object = dependent(deps, v, "obj");
        Integer passive = dependent(deps, v, "nsubj:pass");
        Integer agent = dependent(deps, v, "obl:agent");
        if (agent == null) {
            agent = dependent(deps, v, "nmod:agent");
        }
        int at = v;
        for (int hops = 0; subject == null && passive == null && hops < 3; hops++) {
            Integer up = governor(deps, at, "xcomp");
            if (up == null) {
                up = governor(deps, at, "conj");
            }
            if (up == null) {
                break;
            }
            at = up;
            subject = dependent(deps, at, "nsubj");
        }
        if (passive != null) {
            return new Roles(party(s, deps, agent), party(s, deps, passive));
        }
        return new Roles(party(s, deps, subject), party(s, deps, object));
    }

    private static PartySpan party(SentenceView s, List<Dependency> deps, Integer head) {
        if (head == null) {
            return null;
        }
        List<Integer> words = new ArrayList<>(List.of(head));
        for (Dependency d : deps) {
            if (d.governorBegin() == head && NAME_PARTS.contains(d.relation())) {
                words.add(d.dependentBegin());
            }
        }
        for (int w : words) {
            for (int i = 0; i < s.size(); i++) {
                if (s.tok(i).begin() - s.begin <= w && w < s.tok(i).end() - s.begin) {
                    PartySpan p = s.partyCovering(i);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static Integer dependent(List<Dependency> deps, int governor, String relation) {
        for (Dependency d : deps) {
            if (d.governorBegin() == governor && d.relation().equals(relation)) {
                return d.dependentBegin();
            }
        }
        return null;
    }

    private static Integer governor(List<Dependency> deps, int dependent, String relation) {
        for (Dependency d : deps) {
            if (d.dependentBegin() == dependent && d.relation().equals(relation)) {
                return d.governorBegin();
            }
        }
        return null;
    }
}
