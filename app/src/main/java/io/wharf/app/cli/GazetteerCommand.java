package io.wharf.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.companies.LandscapeImporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `wharf gazetteer LANDSCAPE.yml`: derives gazetteer data (companies, products) from a CNCF landscape file. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Print the gazetteer YAML derived from a CNCF landscape.yml (members as companies, items as products).")
public final class GazetteerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LANDSCAPE", description = "A CNCF landscape.yml")
    Path landscape;

    @Override
    public Integer call() throws Exception {
        GazetteerLoader.Document doc = LandscapeImporter.read(landscape, Taxonomy.bundled());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);
        System.out.println("# Derived from the CNCF landscape (" + landscape.getFileName() + ") by `wharf gazetteer`: companies are its");
        System.out.println("# members (id = Crunchbase organization slug), products its items with the taxonomy category of their subcategory.");
        System.out.print(yaml.writeValueAsString(doc));
        return 0;
    }
}
