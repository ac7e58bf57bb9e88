package io.wharf.classify.companies;

import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Tokens;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The companies and products Wharf knows, indexed by every name form. Built by {@link GazetteerLoader};
 * immutable and thread-safe afterwards.
 */
public final class Gazetteer {
    /** What a name stands for. */
    public sealed interface Entry permits CompanyName, ProductName {}

    /** A company name; {@code alias} is false for the display name. */
    public record CompanyName(Company company, boolean alias) implements Entry {}

    public record ProductName(Product product) implements Entry {}

    private static final List<String> LEGAL_SUFFIXES = List.of("inc", "incorporated", "corp", "corporation", "ltd", "limited",
            "llc", "gmbh", "plc", "co", "sa", "ag", "bv", "nv", "ab", "oy", "srl", "pty");

    private final Map<String, Company> companies;
    private final PhraseIndex<Entry> names = new PhraseIndex<>();
    private final Set<String> stoplist;
    private final PhraseIndex<String> idioms = new PhraseIndex<>();

    private final Set<String> clearNames;

    Gazetteer(Collection<Company> companies, Collection<Product> products, Collection<String> stoplist, Collection<String> idioms,
              Collection<String> clearNames) {
        this.clearNames = clearNames.stream().map(Tokens::key).collect(Collectors.toUnmodifiableSet());
        Map<String, Company> byId = new LinkedHashMap<>();
        for (Company c : companies) {
            byId.put(c.id(), c);
        }
        this.companies = Map.copyOf(byId);
        this.stoplist = stoplist.stream().map(Tokens::key).collect(Collectors.toUnmodifiableSet());
        idioms.forEach(i -> this.idioms.add(i, i));
        // A name may stand for a company and a product at once; the linker prefers the company sense.
        for (Product p : products) {
            names.add(p.name(), new ProductName(p));
        }
        for (Company c : byId.values()) {
            names.add(c.name(), new CompanyName(c, false));
            for (String a : c.aliases()) {
                names.add(a, new CompanyName(c, true));
            }
            for (String d : c.domains()) {
                names.add(d, new CompanyName(c, true));
            }
        }
    }

    public Company company(String id) {
        return companies.get(id);
    }

    public int size() {
        return companies.size();
    }

    public PhraseIndex<Entry> names() {
        return names;
    }

    /** Phrases whose words are not names though a company is called by one of them ("in addition", "in flux"). */
    public PhraseIndex<String> idioms() {
        return idioms;
    }

    /**
     * A one-word name that is no English word (Uber, CoreWeave, dotCloud): it needs no capital and no context, though
     * its company was taken from a list or has another name that does ("Docker", "Meta").
     */
    public boolean clear(String name) {
        return clearNames.contains(Tokens.key(name));
    }

    /** Organisations that are not companies (foundations, projects) and must never be linked or kept. */
    public boolean stopped(String name) {
        return stoplist.contains(Tokens.key(name));
    }

    public static boolean isLegalSuffix(String norm) {
        return LEGAL_SUFFIXES.contains(norm);
    }
}
