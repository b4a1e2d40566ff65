package io.github.cowrap.render;

import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Wrapper;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Writes the generated C through Velocity templates: {@code header.vm} for the top of the file,
 * then one section per wrapper from the template named after its direction ({@code co.vm} or
 * {@code no_co.vm}). A template in the user's template directory replaces the built-in one of the
 * same name; a dialect without a template of its own uses the common one.
 *
 * <p>Each instance owns its engine; use one per run. Sections are rendered in parallel when there
 * are many (a parsed Velocity template may be merged by several threads at once); the result does
 * not depend on it.
 */
public final class Renderer {

    /** The template for the top of the file. */
    public static final String HEADER = TemplateFiles.HEADER;

    private final String templateSet;
    private final TemplateLoader loader;
    private final VelocityEngine engine;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /**
     * @param templateSet the dialect's folder of built-in templates
     * @param templateFiles the template directory's files by relative name (with '/'), as the run
     *     read them; they replace built-in templates of the same name; empty for none
     * @param templateDirectoryShown the template directory as the user knows it (for messages), or
     *     null when there is none
     */
    public Renderer(String templateSet, Map<String, byte[]> templateFiles, String templateDirectoryShown) {
        this.templateSet = templateSet;
        this.loader = new TemplateLoader(Map.copyOf(templateFiles), templateDirectoryShown);
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "cowrap");
        p.setProperty("resource.loader.cowrap.cache", "true");
        p.setProperty("resource.loader.cowrap.modification_check_interval", "-1");
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        // Cold start (issue 13's profile): each template is parsed once, so one pooled parser
        // rather than Velocity's 20 (a template parsed meanwhile on another thread gets a new one)
        p.setProperty(RuntimeConstants.PARSER_POOL_SIZE, "1");
        engine = new VelocityEngine(p);
        // the loader is an object, not a class name: set apart from the text properties
        engine.setProperty("resource.loader.cowrap.instance", loader);
        engine.init();
    }

    /** Below this many wrappers, sections are rendered on the calling thread. */
    private static final int PARALLEL_THRESHOLD = 256;

    /**
     * Loads and parses the templates of a file ahead of rendering, so that this can overlap other
     * work. A template that cannot be loaded is left for {@link #render} to report.
     */
    public Renderer preload() {
        for (String name : TemplateFiles.used()) {
            try {
                templates.computeIfAbsent(name, this::load);
            } catch (RenderException e) {
                // reported when (and if) the template is used
            }
        }
        return this;
    }

    /** The template names a dialect's sections use. */
    public static String sectionTemplate(Wrapper w) {
        return TemplateFiles.section(w.mark().direction());
    }

    /**
     * Renders a whole file.
     *
     * @param generation the checked model
     * @param inputs the inputs' paths as shown in the banner; made safe for a C comment here
     *     ({@link CommentText}), so no template can print one that ends its comment
     */
    public RenderedFile render(Generation generation, List<String> inputs) {
        StringBuilder out = new StringBuilder();
        VelocityContext top = new VelocityContext();
        top.put("dialect", generation.dialect());
        top.put("inputs", inputs.stream().map(CommentText::safe).toList());
        top.put("includes", generation.includes());
        top.put("wrappers", generation.wrappers());
        String header = merge(HEADER, top);
        out.append(header);
        List<Wrapper> wrappers = generation.wrappers();
        IntStream indexes = IntStream.range(0, wrappers.size());
        String[] sections = (wrappers.size() >= PARALLEL_THRESHOLD ? indexes.parallel() : indexes)
                .mapToObj(i -> section(generation.dialect(), wrappers.get(i)))
                .toArray(String[]::new);
        int size = header.length();
        for (String section : sections) {
            size += 1 + section.length();
        }
        out.ensureCapacity(size);
        int line = countLines(header) + 1;
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < sections.length; i++) {
            out.append('\n').append(sections[i]);
            lines.put(wrappers.get(i).name(), line + 1);
            line += 1 + countLines(sections[i]);
        }
        return new RenderedFile(out.toString(), lines);
    }

    private String section(String dialect, Wrapper w) {
        VelocityContext c = new VelocityContext();
        c.put("dialect", dialect);
        c.put("w", w);
        return merge(sectionTemplate(w), c);
    }

    private static int countLines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private String merge(String name, VelocityContext context) {
        Template t = templates.computeIfAbsent(name, this::load);
        StringWriter w = new StringWriter();
        try {
            t.merge(context, w);
        } catch (VelocityException e) {
            String refusal = loader.refusal(e.getMessage());
            throw new RenderException("template " + t.getName() + " failed: "
                    + (refusal != null ? refusal : e.getMessage()), e);
        }
        return w.toString();
    }

    private Template load(String name) {
        String resolved;
        if (loader.inDirectory(name)) {
            resolved = name;
        } else if (getClass().getClassLoader().getResource(TemplateFiles.BUILT_IN + templateSet + "/" + name) != null) {
            resolved = TemplateFiles.BUILT_IN + templateSet + "/" + name;
        } else {
            resolved = TemplateFiles.BUILT_IN + TemplateFiles.COMMON + "/" + name;
        }
        try {
            return engine.getTemplate(resolved, "UTF-8");
        } catch (VelocityException e) {
            String refusal = loader.refusal(e.getMessage());
            throw new RenderException("template " + resolved + ": " + (refusal != null ? refusal : e.getMessage()), e);
        }
    }
}
