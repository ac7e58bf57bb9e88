package io.wharf.classify.deals;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of deal news, in English, German, French and Spanish: triggers, the words around them that say a deal's
 * status or that it is background, and the words that make a trigger no deal ("customer acquisition"). Kept in one
 * place so that a language is added here alone.
 */
final class DealLexicon {
    private DealLexicon() {}

    static final Set<String> ACQUIRE_VERBS = Words.of("acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
            "purchase", "purchases", "purchased", "purchasing", "übernimmt", "übernehmen", "übernommen", "übernahm", "kauft", "kaufen",
            "gekauft", "kaufte", "erwirbt", "erwerben", "erworben", "erwarb", "rachète", "racheter", "racheté", "rachetée", "rachètera",
            "rachetait", "acquiert", "acquérir", "acquis", "acquise", "adquiere", "adquirir", "adquirido", "adquirida", "adquirió",
            "adquirirá", "comprar", "compró", "comprado", "comprada", "comprará", "absorbs", "absorbed");
    /** Verbs of "snap up", "take over": a trigger only with their particle. */
    static final Set<String> PHRASAL_VERBS = Words.of("snap", "snaps", "snapped", "snapping", "scoop", "scoops", "scooped", "scooping",
            "pick", "picks", "picked", "picking", "take", "takes", "took", "taken", "taking", "gobble", "gobbles", "gobbled", "swoop", "swoops", "swooped");
    static final Set<String> ACQUIRE_NOUNS = Words.of("deal", "acquisition", "acquisitions", "purchase", "purchases", "takeover", "takeovers",
            "buyout", "pickup", "pickups", "übernahme",
            "kauf", "erwerb", "rachat", "adquisición", "adquisicion", "compra");
    /** The seller's side: "sold Adallom to Microsoft", "verkauft webMethods an IBM". */
    static final Set<String> SELL_VERBS = Words.of("sell", "sells", "sold", "selling", "verkauft", "verkaufte", "verkaufen", "vend", "vendu",
            "vendre", "cède", "cédé", "vende", "vendió", "vendido");
    static final Set<String> SELL_TO = Words.of("to", "an", "à"); // not Spanish "a": in English it is the article
    /** "paid $220 million for Chef", "agreed to pay $34 billion for Red Hat". */
    static final Set<String> PAY_VERBS = Words.of("pay", "pays", "paid", "paying", "zahlt", "zahlte", "paie", "payé", "paga", "pagó", "spent", "spend", "spends");
    /** Offers and bids for a company: "tender offer for Toshiba", "Übernahmeangebot für die Software AG". */
    static final Set<String> OFFER_NOUNS = Words.of("offer", "bid", "übernahmeangebot", "angebot", "opa", "offre", "oferta");
    static final Set<String> MERGE_WORDS = Words.of("merge", "merges", "merged", "merging", "merger", "fusion", "fusionieren",
            "fusioniert", "fusionner", "fusionnent", "fusionnera", "fusión", "fusionarán", "fusionan");
    static final Set<String> DEAL_NOUNS = Words.of("deal", "merger", "tie-up", "transaction", "combination", "acquisition", "purchase",
            "takeover", "transaktion", "übernahme", "deal", "opération", "operación", "rachat", "fusion", "fusión", "agreement", "buyout");
    /** What one acquires that is no company: "acquire customers", "customer acquisition cost". */
    static final Set<String> NOT_COMPANY_OBJECTS = Words.of("customer", "customers", "user", "users", "talent", "skills", "skill", "data",
            "land", "property", "properties", "shares", "share", "back", "ads", "advertising", "licenses", "licences", "tickets", "equipment",
            "hardware", "servers", "gpus", "chips", "capacity", "rights", "leads", "traffic", "insurance", "credits", "stock", "votes",
            "time", "subscribers", "patients", "clients", "knowledge", "experience", "expertise", "kunden", "clients",
            "clientes", "nutzer", "bitcoin", "tokens", "energy", "power", "inventory", "cost", "costs", "channel", "channels", "funnel",
            "strategy", "strategies", "team", "lead", "subscriber", "client", "patient", "visibility", "access", "attention");
    static final Set<String> PASSIVE_AUX = Words.of("was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "wird",
            "wurde", "worden", "été", "est", "sera", "fue", "será", "es", "sido");
    static final Set<String> BY = Words.of("by", "von", "durch", "par", "por");
    static final Set<String> OF = Words.of("of", "von", "de", "du", "des", "d", "der");
    /** Prepositions after which a company is no subject ("backed by Greylock", "according to Reuters"). */
    static final Set<String> PREPOSITIONS = Words.of("by", "from", "of", "with", "to", "at", "for", "including", "like", "in", "into",
            "von", "de", "par", "por", "mit", "avec", "con", "als", "as", "than", "against", "versus", "vs", "and", "or", "on", "via",
            "à", "au", "aux", "chez", "comme", "como", "wie", "bei", "für", "pour", "para", "sobre", "sur", "über");
    static final Set<String> REPORTING = Words.of("said", "says", "reported", "reports", "announced", "announces", "confirmed", "told",
            "stated", "disclosed", "revealed", "wrote", "noted");
    static final Set<String> MEDIA = Words.of("reuters", "bloomberg", "techcrunch", "cnbc", "axios", "the-information", "wsj",
            "the-wall-street-journal", "wall-street-journal", "bloomberg-news", "bloomberg-lp", "financial-times", "the-new-york-times",
            "wall-street-journal", "financial-times", "ft", "handelsblatt", "les-echos", "expansion", "forbes", "the-register", "crn",
            "venturebeat", "geekwire", "calcalist", "globes", "nikkei", "economictimes", "livemint", "ap", "afp", "dpa");

    static final Set<String> FUNDING_VERBS = Words.of("raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing",
            "close", "closes", "closed", "closing", "land", "lands", "landed", "bag", "bags", "bagged", "net", "nets", "netted", "snag", "snags",
            "snagged", "grab", "grabs", "grabbed", "get", "gets", "got", "receive", "receives", "received", "announce", "announces",
            "announced", "complete", "completes", "completed", "pulls", "pulled", "rakes", "raked", "attracts", "attracted", "obtains",
            "sammelt", "eingesammelt", "erhält", "erhielt", "erhalten", "bekommt", "bekommen", "eingeworben", "sichert", "holt", "lève", "levé", "bouclé", "boucle", "clôture", "clôturé", "finalise", "lèvent", "obtient", "boucle", "recauda", "levanta",
            "obtiene", "cierra", "cerrado", "cerró", "levantado", "recaudado", "obtenido", "captado", "captó", "capta", "recaudó", "levantó", "hauls", "hauled", "scores", "scored", "wins", "won");
    static final Set<String> FUNDING_NOUNS = Words.of("funding", "financing", "round", "investment", "capital", "series", "seed",
            "backing", "injection", "finanzierung", "finanzierungsrunde", "investition", "kapital", "levée", "financement", "ronda",
            "financiación", "inversión", "serie", "série", "runde", "tour", "pre-seed", "preseed", "funds", "venture");
    static final Set<String> INVEST_VERBS = Words.of("invests", "invested", "investing", "invest", "backs", "backed", "led", "leads",
            "co-led", "investiert", "investit", "invierte");

    static final Pattern LEAD = Pattern.compile(" (?:co-?led by|led by|lead by|headed by|spearheaded by|angeführt von|unter (?:der )?(?:führung|leitung) von|"
            + "mené[e]? par|menée par|conduit[e]? par|pilotée? par|liderada por|liderado por|encabezada por|dirigida por) ");
    static final Pattern PARTICIPANTS = Pattern.compile(" (?:participation (?:from|of|by)|joined by|alongside|along with|as well as|"
            + "existing investors?|previous investors?|returning investors?|new investors?|other investors?|investors? (?:including|include|included|such as|like)|"
            + "backers? (?:including|include|included)|including|includes|included|with (?:existing|new|returning|previous) (?:investors? |backers? )?|"
            + "beteiligung von|beteiligt (?:waren|haben sich)|participation de|aux côtés de|avec la participation de|participación de|junto a) ");
    static final Pattern PARTICIPATED_AFTER = Pattern.compile("^ (?:also )?(?:participated|joined|took part|chipped in|invested|contributed|beteiligten|participé|participaron) ");
}
