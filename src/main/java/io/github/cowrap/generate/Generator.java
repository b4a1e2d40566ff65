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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;

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
        return analyse(request, null);
    }

    /** Parses and checks the inputs as {@code sources} holds them (null: read them from disk). */
    private Generation analyse(GenerationRequest request, Sources sources) throws CowrapException {
        HeaderParser parser;
        try {
            parser = new HeaderParser(request.dialect(), request.macros(), request.includePaths(), request.encoding());
        } catch (IllegalArgumentException e) {
            throw new CowrapException(e.getMessage(), e);
        }
        List<Path> headers = request.headers();
        List<ParsedHeader> parsed = (headers.size() > 1 ? IntStream.range(0, headers.size()).parallel()
                : IntStream.range(0, headers.size()))
                .mapToObj(i -> parse(parser, request, headers.get(i), sources == null ? null : sources.headers().get(i)))
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

    private static ParsedHeader parse(HeaderParser parser, GenerationRequest request, Path h, Sources.Input read) {
        return read == null || read.bytes() == null ? parser.parse(h, request.display(h))
                : parser.parse(h, request.display(h), read.bytes());
    }

    /** Renders a checked model that has no problems. */
    public RenderedFile render(GenerationRequest request, Generation generation) throws CowrapException {
        return render(request, generation, newRenderer(request, Sources.templates(request)));
    }

    private static RenderedFile render(GenerationRequest request, Generation generation, Renderer renderer)
            throws CowrapException {
        try {
            return renderer.render(generation, request.headers().stream().map(request::display).toList());
        } catch (RenderException e) {
            throw new CowrapException(e.getMessage(), e);
        }
    }

    private static Renderer newRenderer(GenerationRequest request, Map<String, byte[]> templates) {
        return new Renderer(request.dialect().templateSet(), templates,
                request.templateDirectory() == null ? null : request.display(request.templateDirectory()));
    }

    /**
     * Starts the template engine and parses the templates on a thread of its own, so that this
     * (a fixed cost, large in a fresh JVM) overlaps the parsing of the headers.
     */
    private static FutureTask<Renderer> startRenderer(GenerationRequest request, Map<String, byte[]> templates) {
        FutureTask<Renderer> task = new FutureTask<>(() -> newRenderer(request, templates).preload());
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
        requireHeaders(request);
        return generate(request, Sources.read(request));
    }

    /**
     * Generates the output file from the inputs and templates as {@code sources} holds them (the
     * bytes a caller has digested): what is parsed and rendered is exactly that.
     */
    public GenerationResult generate(GenerationRequest request, Sources sources) throws CowrapException {
        long start = System.nanoTime();
        requireHeaders(request);
        List<Path> read = new ArrayList<>(request.headers());
        if (request.templateDirectory() != null) {
            sources.templates().keySet().forEach(t -> read.add(request.templateDirectory().resolve(t)));
        }
        OutputPaths.refuseInputs(request.outputFile(), read);
        FutureTask<Renderer> renderer = startRenderer(request, sources.templates());
        Generation generation = analyse(request, sources);
        List<Diagnostic> problems = generation.problems();
        if (!problems.isEmpty()) {
            throw new CowrapException(problems, generation.warnings());
        }
        RenderedFile file = render(request, generation, await(renderer));
        byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
        boolean written;
        try {
            written = OutputWriter.writeIfChanged(request.outputFile(), bytes);
        } catch (IOException e) {
            throw new CowrapException("cannot write " + request.outputFile() + ": " + e, e);
        }
        return new GenerationResult(generation, request.outputFile(), written, bytes,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void requireHeaders(GenerationRequest request) throws CowrapException {
        if (request.headers().isEmpty()) {
            throw new CowrapException("no input headers: configure headers, or put headers in the source directory");
        }
        for (String include : request.effectiveIncludes()) {
            // written as #include "TEXT": a quote or a line break would end the directive early
            if (include == null || include.isBlank() || include.indexOf('"') >= 0
                    || include.chars().anyMatch(Character::isISOControl)) {
                throw new CowrapException("the #include line '" + include + "' cannot be written as #include \"...\":"
                        + " give a non-empty file name without '\"' or a line break");
            }
        }
    }
}
