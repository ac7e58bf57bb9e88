package io.wharf.classify.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's neural dependency parser, for single sentences. It costs about twice the rest of the annotation, so the
 * deal extractor calls it only on the sentences its trigger filter keeps. Loaded once on first use and shared;
 * thread-safe (StanfordCoreNLP.annotate on distinct documents).
 */
public final class DependencyParser {
    private static final Logger LOG = LoggerFactory.getLogger(DependencyParser.class);
    private static volatile DependencyParser shared;
    private final StanfordCoreNLP pipeline;

    /** One dependency: governor and dependent as character offsets into the parsed sentence. */
    public record Dependency(String relation, int governorBegin, int governorEnd, int dependentBegin, int dependentEnd) {}

    public static DependencyParser shared() {
        if (shared == null) {
            synchronized (DependencyParser.class) {
                if (shared == null) {
                    shared = new DependencyParser();
                }
            }
        }
        return shared;
    }

    private DependencyParser() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty("pos.maxlen", "120");
        p.setProperty("depparse.maxlen", "120");
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(p);
        LOG.info("CoreNLP dependency parser loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The dependencies of one sentence (basic UD relations, with subtypes such as nsubj:pass and obl:agent). */
    public List<Dependency> parse(String sentence) {
        CoreDocument doc = new CoreDocument(sentence);
        pipeline.annotate(doc);
        List<Dependency> out = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            SemanticGraph g = s.dependencyParse();
            if (g == null) {
                continue;
            }
            for (SemanticGraphEdge e : g.edgeIterable()) {
                IndexedWord gov = e.getGovernor();
                IndexedWord dep = e.getDependent();
                out.add(new Dependency(e.getRelation().toString(), gov.beginPosition(), gov.endPosition(), dep.beginPosition(), dep.endPosition()));
            }
        }
        return out;
    }
}
