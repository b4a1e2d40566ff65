package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalRunTest {

    @TempDir
    Path dir;

    @Test
    void generatesOnceThenSkipsUntilAnInputChanges() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", "int co_wrapper bdrv_a(BlockDriverState *bs);\n");
        Path state = dir.resolve("target/cowrap/default.state");
        Generator g = new Generator();

        IncrementalRun first = IncrementalRun.run(g, ws.request(), state, "1.0");
        assertThat(first.upToDate()).isFalse();
        assertThat(first.reason()).isEqualTo("no previous state");
        assertThat(first.result().written()).isTrue();
        assertThat(state).isRegularFile();

        IncrementalRun second = IncrementalRun.run(g, ws.request(), state, "1.0");
        assertThat(second.upToDate()).isTrue();
        assertThat(second.result()).isNull();

        ws.file("a.h", "int co_wrapper bdrv_a(BlockDriverState *bs);\nint co_wrapper bdrv_b(void);\n");
        Files.setLastModifiedTime(dir.resolve("a.h"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        IncrementalRun third = IncrementalRun.run(g, ws.request(), state, "1.0");
        assertThat(third.reason()).isEqualTo("a.h changed");
        assertThat(Files.readString(ws.output())).contains("Wrappers for bdrv_co_b");

        assertThat(IncrementalRun.run(g, ws.request(), state, "1.1").reason()).isEqualTo("the plugin changed");
    }

    @Test
    void aRejectedRunRecordsNoStateAndTheNextRunGeneratesAgain() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", "int co_wrapper bdrv_a(BlockDriverState *bs);\n");
        Path state = dir.resolve("target/cowrap/default.state");
        Generator g = new Generator();
        IncrementalRun.run(g, ws.request(), state, "1.0");
        String recorded = Files.readString(state);

        ws.file("a.h", "int co_wrapper bdrv_co_a(BlockDriverState *bs);\n");
        Files.setLastModifiedTime(dir.resolve("a.h"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThatThrownBy(() -> IncrementalRun.run(g, ws.request(), state, "1.0"))
                .isInstanceOf(CowrapException.class);
        assertThat(state).hasContent(recorded);
        assertThatThrownBy(() -> IncrementalRun.run(g, ws.request(), state, "1.0"))
                .isInstanceOf(CowrapException.class);
    }
}
