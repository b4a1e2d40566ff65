package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalRunTest {

    private static final String A = "int co_wrapper bdrv_a(BlockDriverState *bs);\n";
    private static final String B = "int co_wrapper bdrv_b(BlockDriverState *bs);\n";

    @TempDir
    Path dir;

    private Path state() {
        return dir.resolve("target/cowrap/default.state");
    }

    @Test
    void generatesOnceThenSkipsUntilAnInputChanges() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", A);
        Generator g = new Generator();

        IncrementalRun first = IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(first.upToDate()).isFalse();
        assertThat(first.reason()).isEqualTo("no previous state");
        assertThat(first.result().written()).isTrue();
        assertThat(state()).isRegularFile();

        IncrementalRun second = IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(second.upToDate()).isTrue();
        assertThat(second.result()).isNull();

        ws.file("a.h", A + "int co_wrapper bdrv_c(void);\n");
        IncrementalRun third = IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(third.reason()).isEqualTo("a.h changed");
        assertThat(Files.readString(ws.output())).contains("Wrappers for bdrv_co_c");

        assertThat(IncrementalRun.run(g, ws.request(), state(), "1.1").reason()).isEqualTo("the plugin changed");
    }

    @Test
    void aSameSizeEditWithTheOldTimeRestoredRegenerates() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", A);
        Generator g = new Generator();
        IncrementalRun.run(g, ws.request(), state(), "1.0");
        Path h = dir.resolve("a.h");
        FileTime t = Files.getLastModifiedTime(h);
        Files.writeString(h, B);
        Files.setLastModifiedTime(h, t);

        IncrementalRun run = IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(run.reason()).isEqualTo("a.h changed");
        assertThat(Files.readString(ws.output())).contains("Wrappers for bdrv_co_b").doesNotContain("bdrv_co_a");
    }

    @Test
    void aRejectedRunRecordsNoStateAndTheNextRunGeneratesAgain() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", A);
        Generator g = new Generator();
        IncrementalRun.run(g, ws.request(), state(), "1.0");
        String recorded = Files.readString(state());

        ws.file("a.h", "int co_wrapper bdrv_co_a(BlockDriverState *bs);\n");
        assertThatThrownBy(() -> IncrementalRun.run(g, ws.request(), state(), "1.0"))
                .isInstanceOf(CowrapException.class);
        assertThat(state()).hasContent(recorded);
        assertThatThrownBy(() -> IncrementalRun.run(g, ws.request(), state(), "1.0"))
                .isInstanceOf(CowrapException.class);
    }

    @Test
    void withIncludePathsEveryRunGenerates() throws Exception {
        Path inc = Files.createDirectories(dir.resolve("inc"));
        Workspace ws = new Workspace(dir).header("a.h", A).includePaths(inc);
        Generator g = new Generator();
        IncrementalRun.run(g, ws.request(), state(), "1.0");
        IncrementalRun again = IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(again.upToDate()).isFalse();
        assertThat(again.reason()).contains("includePaths");
        assertThat(again.result().written()).isFalse();
    }

    /**
     * Two runs overlap with an edit between their reads, and the window is widened so that they
     * write in the worst order: run 2 writes its output, run 1 overwrites it with the output of
     * the old header, then run 2 records its state. The next run must not take run 1's output
     * for run 2's header.
     */
    @Test
    void overlappingRunsEndWithOutputThatMatchesTheHeader() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", A);
        Generator g = new Generator();
        CountDownLatch run1Read = new CountDownLatch(1);
        CountDownLatch run2Wrote = new CountDownLatch(1);
        CountDownLatch run1Wrote = new CountDownLatch(1);

        CompletableFuture<IncrementalRun> run1 = CompletableFuture.supplyAsync(() -> call(() ->
                IncrementalRun.run((r, s) -> {
                    run1Read.countDown();
                    await(run2Wrote);
                    GenerationResult res = g.generate(r, s);
                    run1Wrote.countDown();
                    return res;
                }, ws.request(), state(), "1.0")));
        await(run1Read);
        ws.file("a.h", B);
        IncrementalRun run2 = IncrementalRun.run((r, s) -> {
            GenerationResult res = g.generate(r, s);
            run2Wrote.countDown();
            await(run1Wrote);
            return res;
        }, ws.request(), state(), "1.0");
        run1.get(60, TimeUnit.SECONDS);
        assertThat(run2.upToDate()).isFalse();
        assertThat(Files.readString(ws.output())).as("run 1 wrote last").contains("bdrv_co_a");

        IncrementalRun third = IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(third.upToDate()).as("the output is not the header's").isFalse();
        assertThat(Files.readString(ws.output())).contains("Wrappers for bdrv_co_b").doesNotContain("bdrv_co_a");
        assertThat(IncrementalRun.run(g, ws.request(), state(), "1.0").upToDate()).isTrue();
    }

    @Test
    void leftoversOfAnInterruptedRunAreRemovedByTheNextRunEvenANoOp() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", A);
        Generator g = new Generator();
        IncrementalRun.run(g, ws.request(), state(), "1.0");
        Path outTmp = ws.output().resolveSibling(".block-gen.c.0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.tmp");
        Path stateTmp = state().resolveSibling(".default.state.0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.tmp");
        Path other = ws.output().resolveSibling(".block-gen.c.mine.tmp");
        Files.writeString(outTmp, "half");
        Files.writeString(stateTmp, "half");
        Files.writeString(other, "not ours");

        assertThat(IncrementalRun.run(g, ws.request(), state(), "1.0").upToDate()).isTrue();
        assertThat(outTmp).doesNotExist();
        assertThat(stateTmp).doesNotExist();
        assertThat(other).as("only names of the writer's own form").exists();
        try (Stream<Path> files = Files.list(state().getParent())) {
            assertThat(files).containsExactly(state());
        }
    }

    @Test
    void aTemplateDirectoryFileIsTrackedAndOneThatCannotBeUsedIsRefused() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Workspace ws = new Workspace(dir).header("a.h", A).templates(templates);
        Files.writeString(templates.resolve("co.vm"), "/* mine: $w.name() */\n");
        Generator g = new Generator();
        IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(Files.readString(ws.output())).contains("/* mine: bdrv_a */");
        Files.writeString(templates.resolve("co.vm"), "/* yours: $w.name() */\n");
        IncrementalRun.run(g, ws.request(), state(), "1.0");
        assertThat(Files.readString(ws.output())).contains("/* yours: bdrv_a */");

        Files.writeString(templates.resolve("co_wrapper.vm"), "x");
        assertThatThrownBy(() -> IncrementalRun.run(g, ws.request(), state(), "1.0"))
                .hasMessageContaining("co_wrapper.vm is not a template name the plugin uses (header.vm, co.vm,"
                        + " no_co.vm)");
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T call(Call<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
