package io.wharf.classify.eval;

import io.wharf.classify.companies.Company;
import io.wharf.model.Deal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Whether a predicted party is the company a gold label names: the same name after normalisation (case, accents,
 * legal suffixes), one of the linked company's own names or aliases, or a predicted name that extends the gold one word
 * by word ("Cisco Systems" for "Cisco"). Only the predicted company's own names are compared.
 */
final class DealNames {
    private static final String SUFFIXES = "(?: (?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|gmbh|ag|sa|sas|se|nv|bv|"
            + "holdings|group|technologies|technology|labs|software|systems|networks|io|ai|hq))+$";
    private final Function<String, Company> companies;

    DealNames(Function<String, Company> companies) {
        this.companies = companies;
    }

    boolean matches(Deal.Party p, String gold) {
        if (p == null || gold == null) {
            return false;
        }
        String g = norm(gold);
        for (String name : names(p)) {
            String n = norm(name);
            // a prediction that extends the gold name counts ("Cisco Systems" for "Cisco"); a shorter guess does not
            if (n.equals(g) || !n.isEmpty() && !g.isEmpty() && n.startsWith(g + " ")
                    || n.replace(" ", "").equals(g.replace(" ", ""))) {
                return true;
            }
        }
        return false;
    }

    boolean anyMatches(List<Deal.Party> parties, String gold) {
        return parties.stream().anyMatch(p -> matches(p, gold));
    }

    private List<String> names(Deal.Party p) {
        List<String> out = new ArrayList<>(List.of(p.name()));
        if (p.companyId() != null) {
            out.add(p.companyId().replace('-', ' '));
            Company c = companies.apply(p.companyId());
            if (c != null) {
                out.add(c.name());
                out.addAll(c.aliases());
            }
        }
        return out;
    }

    static String norm(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        String stripped = n.replaceAll(SUFFIXES, "").trim();
        return stripped.isEmpty() ? n : stripped;
    }
}
