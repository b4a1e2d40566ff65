package io.github.cowrap.bench;

import io.github.cowrap.check.Checker;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Header;
import io.github.cowrap.parse.HeaderParser;
import io.github.cowrap.parse.ParsedHeader;
import io.github.cowrap.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the core's stages run after run in one JVM, from the first (cold: class loading and
 * interpretation, as in a Maven build) to warm ones. A quick look; JMH gives the careful warm
 * figures.
 *
 * <pre>java io.github.cowrap.bench.Stages RUNS BASE_DIR HEADER...</pre>
 */
public final class Stages {

    private Stages() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Path base = Path.of(args[1]);
        List<Path> headers = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            headers.add(base.resolve(args[i]));
        }
        Path out = Files.createTempFile("cowrap-stages", ".c");
        GenerationRequest request = new GenerationRequest(Dialects.find("qemu").orElseThrow(), headers, base, out,
                null, null, List.of(), List.of(), StandardCharsets.UTF_8);
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            HeaderParser parser = new HeaderParser(request.dialect(), request.macros(), request.includePaths(),
                    request.encoding());
            List<ParsedHeader> parsed = headers.parallelStream().map(h -> parser.parse(h, request.display(h)))
                    .toList();
            long t1 = System.nanoTime();
            List<Header> checked = new Checker(request.dialect()).check(parsed);
            Generation g = new Generation(request.dialect().name(), checked, request.effectiveIncludes());
            long t2 = System.nanoTime();
            RenderedFile file = new Generator().render(request, g);
            long t3 = System.nanoTime();
            Files.write(out, file.text().getBytes(StandardCharsets.UTF_8));
            long t4 = System.nanoTime();
            System.out.printf(java.util.Locale.ROOT, "run %d: parse %d ms, check %d ms, render %d ms, write %d ms,"
                    + " total %d ms (%d wrappers, %d problems)%n", r + 1, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t4 - t0) / 1_000_000,
                    g.wrappers().size(), g.problems().size());
        }
        Files.delete(out);
    }
}
