package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void createsTheFileAndItsDirectories() throws Exception {
        Path f = dir.resolve("a/b/out.c");
        assertThat(OutputWriter.writeIfChanged(f, bytes("x\n"))).isTrue();
        assertThat(f).hasContent("x");
    }

    @Test
    void theFileIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path f = dir.resolve("out.c");
        OutputWriter.writeIfChanged(f, bytes("x\n"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x\n");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void unchangedContentLeavesTheFileAlone() throws Exception {
        Path f = dir.resolve("out.c");
        OutputWriter.writeIfChanged(f, bytes("same\n"));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(f, old);
        assertThat(OutputWriter.writeIfChanged(f, bytes("same\n"))).isFalse();
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(old);
    }

    @Test
    void changedContentOfTheSameLengthIsWritten() throws Exception {
        Path f = dir.resolve("out.c");
        OutputWriter.writeIfChanged(f, bytes("aaaa\n"));
        assertThat(OutputWriter.writeIfChanged(f, bytes("aaab\n"))).isTrue();
        assertThat(f).hasContent("aaab");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f); // no temporary file left behind
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFile() throws Exception {
        Path f = dir.resolve("out.c");
        OutputWriter.writeIfChanged(f, bytes("old\n"));
        // the target is a directory: the write must fail
        Path blocked = dir.resolve("blocked.c");
        Files.createDirectories(blocked.resolve("x"));
        assertThatThrownBy(() -> OutputWriter.writeIfChanged(blocked, bytes("new\n"))).isInstanceOf(IOException.class);
        assertThat(f).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(f, blocked);
        }
    }
}
