package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deciding "up to date" loads neither the C parser nor the template engine: a no-op run in a
 * fresh JVM ({@code -verbose:class}) loads no {@code org.eclipse.cdt} or {@code org.apache.velocity}
 * class, while a generating run does (so the check can fail).
 */
class NoOpLoadingTest {

    @TempDir
    Path dir;

    /** The run both JVMs make: the same request on the same folder. */
    static GenerationRequest request(Path dir) {
        return new GenerationRequest(Dialects.qemu(), List.of(dir.resolve("a.h"), dir.resolve("b.h")), dir,
                dir.resolve("out/block-gen.c"), null, null, List.of(), List.of(), StandardCharsets.UTF_8);
    }

    /** Runs once in this JVM: prints whether it was up to date. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        IncrementalRun run = IncrementalRun.run(new Generator(), request(dir), dir.resolve("state"), "1.0");
        System.out.println(run.upToDate() ? "cowrap-test: up to date" : "cowrap-test: generated");
    }

    private String fork() throws Exception {
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), NoOpLoadingTest.class.getName(),
                dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return Files.readString(log);
    }

    private static List<String> loaded(String log, String prefix) {
        return log.lines().filter(l -> l.contains("[class,load] " + prefix)).toList();
    }

    @Test
    void aNoOpRunLoadsNoParserAndNoTemplateEngineClass() throws Exception {
        Files.writeString(dir.resolve("a.h"), "int co_wrapper bdrv_a(BlockDriverState *bs);\n");
        Files.writeString(dir.resolve("b.h"), "void coroutine_fn no_co_wrapper bdrv_co_b(BlockDriverState *bs);\n");

        String generating = fork();
        assertThat(generating).contains("cowrap-test: generated");
        assertThat(loaded(generating, "org.eclipse.cdt")).as("the check can fail").isNotEmpty();
        assertThat(loaded(generating, "org.apache.velocity")).isNotEmpty();

        String noOp = fork();
        assertThat(noOp).contains("cowrap-test: up to date");
        assertThat(loaded(noOp, "org.eclipse.cdt")).isEmpty();
        assertThat(loaded(noOp, "org.apache.velocity")).isEmpty();
        assertThat(loaded(noOp, "io.github.cowrap.parse.")).isEmpty();
        assertThat(loaded(noOp, "io.github.cowrap.render.Renderer")).isEmpty();
    }
}
