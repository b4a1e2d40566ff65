package io.github.cowrap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code report} must read the same configuration as {@code generate}; the two mojos declare the
 * parameters separately (a report extends AbstractMavenReport), so this compares them in the
 * plugin descriptor that maven-plugin-plugin wrote before the tests run.
 */
class ReportMojoParametersTest {

    /**
     * Parameters of generate that are not configuration the report shares: where the C is written
     * (the report's outputDirectory is the site's); read-only parameters (the project, its
     * directory, the execution) are Maven's, not configuration, and are left out too.
     */
    private static final Set<String> NOT_SHARED = Set.of("outputDirectory");

    @Test
    void reportHasEveryParameterOfGenerateWithTheSameTypeDefaultPropertyAndDescription() throws Exception {
        File descriptor = new File("target/classes/META-INF/maven/plugin.xml");
        assertThat(descriptor).as("run through Maven: the descriptor is written at process-classes").isFile();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor);

        Map<String, String> generate = parameters(doc, "generate");
        Map<String, String> report = parameters(doc, "report");
        assertThat(generate).containsKeys("dialect", "headers", "sourceDirectory", "includes", "excludes",
                "generatedIncludes", "templateDirectory", "macros", "includePaths", "encoding", "skip",
                "outputFileName", "marks", "naming");
        generate.forEach((name, description) -> {
            if (!NOT_SHARED.contains(name) && !description.contains("editable=false")) {
                assertThat(report).as("report's parameter " + name).containsEntry(name, description);
            }
        });
    }

    /** Each parameter of a goal, described by its type, default, property and documentation. */
    private static Map<String, String> parameters(Document doc, String goal) {
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!goal.equals(text(mojo, "goal"))) {
                continue;
            }
            Map<String, String> out = new LinkedHashMap<>();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                String name = text(p, "name");
                NodeList conf = configuration.getElementsByTagName(name);
                String defaults = conf.getLength() == 0 ? "" : ((Element) conf.item(0)).getAttribute("default-value")
                        + " " + conf.item(0).getTextContent();
                out.put(name, text(p, "type") + " | " + defaults + " | required=" + text(p, "required")
                        + " | editable=" + text(p, "editable") + " | " + text(p, "description"));
            }
            return out;
        }
        throw new AssertionError("no goal " + goal + " in the descriptor");
    }

    private static String text(Element parent, String child) {
        NodeList l = parent.getElementsByTagName(child);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }
}
