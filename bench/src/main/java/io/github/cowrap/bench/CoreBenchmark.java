package io.github.cowrap.bench;

import io.github.cowrap.check.Checker;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.GenerationResult;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Header;
import io.github.cowrap.parse.HeaderParser;
import io.github.cowrap.parse.ParsedHeader;
import io.github.cowrap.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core's stages on a generated corpus ({@link CorpusGenerator}): parse (in parallel, as the
 * generator does), check, render, and the whole generation including the write. {@code
 * declarations} is the corpus size, in headers of 100 declarations; 2,000 and 20,000 show how
 * the cost grows.
 *
 * <pre>bench/jmh.sh [JMH options]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class CoreBenchmark {

    private static final int PER_HEADER = 100;

    @Param({"2000", "20000"})
    public int declarations;

    private Path dir;
    private GenerationRequest request;
    private List<ParsedHeader> parsed;
    private Generation generation;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("cowrap-bench");
        List<Path> headers = CorpusGenerator.write(dir, declarations / PER_HEADER, PER_HEADER).stream()
                .map(dir::resolve).toList();
        request = new GenerationRequest(Dialects.find("qemu").orElseThrow(), headers, dir,
                dir.resolve("target/block-gen.c"), null, null, List.of(), List.of(), StandardCharsets.UTF_8);
        parsed = parse();
        generation = new Generator().analyse(request);
        if (!generation.problems().isEmpty() || generation.wrappers().size() != declarations) {
            throw new IllegalStateException("corpus rejected: " + generation.problems().size() + " problems, "
                    + generation.wrappers().size() + " wrappers");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private List<ParsedHeader> parse() {
        HeaderParser parser = new HeaderParser(request.dialect(), request.macros(), request.includePaths(),
                request.encoding());
        return request.headers().parallelStream().map(h -> parser.parse(h, request.display(h))).toList();
    }

    @Benchmark
    public List<ParsedHeader> parse1() {
        return parse();
    }

    @Benchmark
    public List<Header> check2() {
        return new Checker(request.dialect()).check(parsed);
    }

    @Benchmark
    public RenderedFile render3() throws Exception {
        return new Generator().render(request, generation);
    }

    @Benchmark
    public GenerationResult generate() throws Exception {
        return new Generator().generate(request);
    }
}
