package io.github.cowrap.report;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Wrapper;
import io.github.cowrap.render.RenderedFile;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the report shows: the checked model of one run, and the C that its accepted wrappers give.
 *
 * @param dialect the dialect the run used
 * @param generation the checked model, problems included
 * @param source the generated C for the wrappers that passed; null when rendering failed
 * @param renderFailure why the C could not be rendered (a broken template); null when it was
 * @param sourceName the generated file's name, e.g. {@code block-gen.c}
 */
public record ReportContent(
        Dialect dialect, Generation generation, RenderedFile source, String renderFailure, String sourceName) {

    public ReportContent {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(sourceName, "sourceName");
        if ((source == null) == (renderFailure == null)) {
            throw new IllegalArgumentException("exactly one of source and renderFailure");
        }
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
        try {
            return new ReportContent(request.dialect(), generation, generator.render(request, generation), null,
                    sourceName);
        } catch (CowrapException e) {
            return new ReportContent(request.dialect(), generation, null, e.getMessage(), sourceName);
        }
    }

    /** The accepted wrappers, sorted by header path, then line and column. */
    public List<Wrapper> sortedWrappers() {
        return generation.wrappers().stream()
                .sorted(Comparator.comparing((Wrapper w) -> w.location().file())
                        .thenComparingInt(w -> w.location().line())
                        .thenComparingInt(w -> w.location().column()))
                .toList();
    }

    /** The generated file's line where a wrapper's section starts, or 0 when there is none. */
    public int sectionLine(Wrapper w) {
        if (source == null) {
            return 0;
        }
        Integer line = source.sectionLines().get(w.name());
        return line == null ? 0 : line;
    }
}
