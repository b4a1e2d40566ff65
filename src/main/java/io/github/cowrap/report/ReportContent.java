package io.github.cowrap.report;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Header;
import io.github.cowrap.model.SourceLocation;
import io.github.cowrap.model.Wrapper;
import io.github.cowrap.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the report shows: the checked model of one run, the C that its accepted wrappers give, and
 * the headers' text (for the pages that show them). Everything is in the run's one order: the
 * headers in configured order (or the fileset's, sorted by path), declarations by line; the
 * order of the generated C.
 *
 * @param dialect the dialect the run used
 * @param generation the checked model, problems included
 * @param source the generated C for the wrappers that passed; null when rendering failed
 * @param renderFailure why the C could not be rendered (a broken template); null when it was
 * @param sourceName the generated file's name, e.g. {@code block-gen.c}
 * @param headerTexts each readable header's text, by its path as shown (a header that cannot be
 *     read is missing)
 */
public record ReportContent(
        Dialect dialect,
        Generation generation,
        RenderedFile source,
        String renderFailure,
        String sourceName,
        Map<String, String> headerTexts) {

    public ReportContent {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(sourceName, "sourceName");
        if ((source == null) == (renderFailure == null)) {
            throw new IllegalArgumentException("exactly one of source and renderFailure");
        }
        headerTexts = Map.copyOf(headerTexts);
    }

    /**
     * Analyses the request's headers and renders the C for the wrappers that passed. Bad input
     * does not throw: rejected declarations are in the model's problems, a failing template in
     * {@link #renderFailure()}.
     *
     * @throws CowrapException for a configuration the core cannot use (a malformed macro)
     */
    public static ReportContent of(Generator generator, GenerationRequest request, String sourceName)
            throws CowrapException {
        Generation generation = generator.analyse(request);
        Map<String, String> texts = new HashMap<>();
        for (Path h : request.headers()) {
            try {
                texts.put(request.display(h), Files.readString(h, request.encoding()));
            } catch (IOException | RuntimeException e) {
                // missing or unreadable: the model has the problem; the report shows no text for it
            }
        }
        RenderedFile source = null;
        String failure = null;
        try {
            source = generator.render(request, generation);
        } catch (CowrapException e) {
            failure = e.getMessage();
        }
        return new ReportContent(request.dialect(), generation, source, failure, sourceName, texts);
    }

    /** The headers' anchors, by path as shown. */
    public Map<String, String> headerIds() {
        return Anchors.headers(generation.headers().stream().map(Header::path).toList());
    }

    /** The generated file's line where a wrapper's section starts, or 0 when there is none. */
    public int sectionLine(Wrapper w) {
        if (source == null) {
            return 0;
        }
        Integer line = source.sectionLines().get(w.name());
        return line == null ? 0 : line;
    }

    /** Where the function a wrapper calls is declared, or null when no parsed header declares it. */
    public SourceLocation targetLocation(Wrapper w) {
        return w.targetDeclaration();
    }

    /** The text of a header's line, stripped; null when the header or the line is not there. */
    public String lineText(String path, int line) {
        String text = headerTexts.get(path);
        if (text == null || line < 1) {
            return null;
        }
        List<String> lines = text.lines().toList();
        return line <= lines.size() ? lines.get(line - 1).strip() : null;
    }
}
