package io.github.cowrap.generate;

import io.github.cowrap.check.Checker;
import io.github.cowrap.check.ReservedNames;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Header;
import io.github.cowrap.parse.HeaderParser;
import io.github.cowrap.parse.ParsedHeader;
import io.github.cowrap.render.RenderException;
import io.github.cowrap.render.RenderedFile;
import io.github.cowrap.render.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The core's entry point: parse the headers, check them, render the C and write it. Knows nothing
 * of Maven. Stateless: one instance may serve any number of runs, in parallel.
 */
public final class Generator {

    /**
     * Parses and checks the inputs without writing anything. Problems are in the model, not
     * thrown: the report shows them.
     *
     * @throws CowrapException for a configuration that cannot be used (a malformed macro)
     */
    public Generation analyse(GenerationRequest request) throws CowrapException {
        HeaderParser parser;
        try {
            parser = new HeaderParser(request.dialect(), request.macros(), request.includePaths(), request.encoding());
        } catch (IllegalArgumentException e) {
            throw new CowrapException(e.getMessage(), e);
        }
        List<Path> headers = request.headers();
        List<ParsedHeader> parsed = (headers.size() > 1 ? headers.parallelStream() : headers.stream())
                .map(h -> parser.parse(h, request.display(h)))
                .toList();
        ReservedNames reserved;
        try {
            reserved = ReservedNames.of(request.dialect().templateSet(), request.templateDirectory());
        } catch (IllegalArgumentException e) {
            throw new CowrapException(e.getMessage(), e);
        }
        List<Header> checked = new Checker(request.dialect(), reserved, request.targetCheck()).check(parsed);
        return new Generation(request.dialect().name(), checked, request.effectiveIncludes());
    }

    /** Renders a checked model that has no problems. */
    public RenderedFile render(GenerationRequest request, Generation generation) throws CowrapException {
        return render(request, generation, newRenderer(request));
    }

    private static RenderedFile render(GenerationRequest request, Generation generation, Renderer renderer)
            throws CowrapException {
        try {
            return renderer.render(generation, request.headers().stream().map(request::display).toList());
        } catch (RenderException e) {
            throw new CowrapException(e.getMessage(), e);
        }
    }

    private static Renderer newRenderer(GenerationRequest request) {
        return new Renderer(request.dialect().templateSet(), request.templateDirectory());
    }

    /**
     * Starts the template engine and parses the templates on a thread of its own, so that this
     * (a fixed cost, large in a fresh JVM) overlaps the parsing of the headers.
     */
    private static FutureTask<Renderer> startRenderer(GenerationRequest request) {
        FutureTask<Renderer> task = new FutureTask<>(() -> newRenderer(request).preload());
        Thread t = new Thread(task, "cowrap-renderer-start");
        t.setDaemon(true);
        t.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        t.start();
        return task;
    }

    private static Renderer await(FutureTask<Renderer> renderer) throws CowrapException {
        try {
            return renderer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CowrapException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RenderException r) {
                throw new CowrapException(r.getMessage(), r);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Generates the output file. When any input is rejected, throws with every problem found and
     * leaves the output untouched.
     */
    public GenerationResult generate(GenerationRequest request) throws CowrapException {
        long start = System.nanoTime();
        if (request.headers().isEmpty()) {
            throw new CowrapException("no input headers: configure headers, or put headers in the source directory");
        }
        FutureTask<Renderer> renderer = startRenderer(request);
        Generation generation = analyse(request);
        List<Diagnostic> problems = generation.problems();
        if (!problems.isEmpty()) {
            throw new CowrapException(problems, generation.warnings());
        }
        RenderedFile file = render(request, generation, await(renderer));
        boolean written;
        try {
            written = OutputWriter.writeIfChanged(request.outputFile(), file.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CowrapException("cannot write " + request.outputFile() + ": " + e, e);
        }
        return new GenerationResult(generation, request.outputFile(), written, (System.nanoTime() - start) / 1_000_000);
    }
}
