package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path dir;

    @Test
    void writesANewFileAndItsDirectories() throws Exception {
        Path file = dir.resolve("a/b/out.c");
        assertThat(OutputWriter.writeIfChanged(file, bytes("int x;\n"))).isTrue();
        assertThat(Files.readString(file)).isEqualTo("int x;\n");
    }

    @Test
    void unchangedContentLeavesTheFileAndItsModificationTimeAlone() throws Exception {
        Path file = dir.resolve("out.c");
        Files.writeString(file, "int x;\n");
        Files.setLastModifiedTime(file, LONG_AGO);
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        assertThat(OutputWriter.writeIfChanged(file, bytes("int x;\n"))).isFalse();

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(key);
    }

    @Test
    void changedContentReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("out.c");
        Files.writeString(file, "int x;\n");
        Files.setLastModifiedTime(file, LONG_AGO);

        assertThat(OutputWriter.writeIfChanged(file, bytes("int y;\n"))).isTrue();

        assertThat(Files.readString(file)).isEqualTo("int y;\n");
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(LONG_AGO);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.c");
        }
    }

    @Test
    void sameLengthDifferentBytesIsAChange() throws Exception {
        Path file = dir.resolve("out.c");
        Files.writeString(file, "int x;\n");
        assertThat(OutputWriter.writeIfChanged(file, bytes("int z;\n"))).isTrue();
        assertThat(Files.readString(file)).isEqualTo("int z;\n");
    }

    @Test
    void theFileGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.writeString(dir.resolve("usual.c"), "");
        Path file = dir.resolve("out.c");
        OutputWriter.writeIfChanged(file, bytes("int x;\n"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(usual));
        OutputWriter.writeIfChanged(file, bytes("int y;\n"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
