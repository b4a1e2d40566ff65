package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {

    private static final String VERSION = "1.0";

    @TempDir
    Path project;

    private List<Path> headers;
    private GenerationRequest request;
    private Path stateFile;

    @BeforeEach
    void successfulRun() throws Exception {
        headers = Fixtures.project(project);
        request = Fixtures.request(project, headers);
        stateFile = project.resolve("target/cowrap/default.state");
        BuildState state = BuildState.of(request, VERSION);
        new Generator().generate(request);
        state.withOutput(request.outputFile()).write(stateFile);
    }

    private String reason(GenerationRequest r, String version) throws Exception {
        BuildState previous = BuildState.read(stateFile);
        String withRecords = BuildState.of(r, version, previous).outdatedReason(previous, r.outputFile());
        String reading = BuildState.of(r, version).outdatedReason(previous, r.outputFile());
        assertThat(withRecords).as("the file records change nothing but speed").isEqualTo(reading);
        return withRecords;
    }

    /** Sets a file's time back, as if it had been written long ago. */
    private static void settle(Path file) throws Exception {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 60_000));
    }

    @Test
    void settledFilesAreNotReadAgainWhileTheirRecordHolds() throws Exception {
        for (Path h : headers) {
            settle(h);
        }
        BuildState.of(request, VERSION).withOutput(request.outputFile()).write(stateFile);
        BuildState previous = BuildState.read(stateFile);
        assertThat(Files.readString(stateFile)).contains("stat:input:src/main/c/shapes.h=")
                .contains("stat:output=");

        // same size, same time, same file: the record stands (this is how an unchanged file is
        // recognised without reading it; a real edit changes the time)
        Path shapes = headers.get(0);
        java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(shapes);
        String text = Files.readString(shapes);
        try (var ch = java.nio.channels.FileChannel.open(shapes, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(text.replace("int index", "int indey").getBytes()));
        }
        Files.setLastModifiedTime(shapes, t);
        assertThat(BuildState.of(request, VERSION, previous).outdatedReason(previous, request.outputFile()))
                .isNull();
        // another time: read again, and the change is seen
        Files.setLastModifiedTime(shapes, java.nio.file.attribute.FileTime.fromMillis(t.toMillis() - 1000));
        assertThat(BuildState.of(request, VERSION, previous).outdatedReason(previous, request.outputFile()))
                .isEqualTo("src/main/c/shapes.h changed");
    }

    @Test
    void anUnsettledInputGetsNoRecord() throws Exception {
        Files.writeString(headers.get(1), Files.readString(headers.get(1)) + "\n");
        String text = BuildState.of(request, VERSION).withOutput(request.outputFile()).text();
        assertThat(text).doesNotContain("stat:input:src/main/c/more.h=").contains("stat:output=");
    }

    @Test
    void nothingChangedIsUpToDate() throws Exception {
        assertThat(reason(request, VERSION)).isNull();
    }

    @Test
    void aChangedInputByteIsAChange() throws Exception {
        Path shapes = headers.get(0);
        Files.writeString(shapes, Files.readString(shapes).replace("int index", "int indey"));
        assertThat(reason(request, VERSION)).isEqualTo("src/main/c/shapes.h changed");
    }

    @Test
    void aRewrittenButIdenticalInputIsNotAChange() throws Exception {
        Path shapes = headers.get(0);
        Files.write(shapes, Files.readAllBytes(shapes));
        Files.setLastModifiedTime(shapes, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(reason(request, VERSION)).isNull();
    }

    @Test
    void aMissingInputIsAChange() throws Exception {
        Files.delete(headers.get(1));
        assertThat(reason(request, VERSION)).isEqualTo("src/main/c/more.h changed");
    }

    @Test
    void configurationChangesAreChanges() throws Exception {
        assertThat(reason(Fixtures.request(project, headers, List.of("EXTRA=1"), null, List.of()), VERSION))
                .isEqualTo("the configuration changed");
        assertThat(reason(Fixtures.request(project, List.of(headers.get(1), headers.get(0)), List.of(), null, List.of()), VERSION))
                .isEqualTo("the configuration changed");
        GenerationRequest otherIncludes = new GenerationRequest(request.dialect(), headers, project,
                request.outputFile(), List.of("other.h"), null, List.of(), List.of(), request.encoding());
        assertThat(reason(otherIncludes, VERSION)).isEqualTo("the configuration changed");
        GenerationRequest otherDialect = new GenerationRequest(
                io.github.cowrap.dialect.Dialects.find("qemu-legacy").orElseThrow(), headers, project,
                request.outputFile(), null, null, List.of(), List.of(), request.encoding());
        assertThat(reason(otherDialect, VERSION)).isEqualTo("the configuration changed");
    }

    @Test
    void anotherPluginVersionIsAChange() throws Exception {
        assertThat(reason(request, "1.1")).isEqualTo("the plugin changed");
    }

    @Test
    void templateOverridesAreInputs() throws Exception {
        Path templates = Files.createDirectories(project.resolve("src/main/templates"));
        Files.writeString(templates.resolve("notes.txt"), "not a template yet");
        GenerationRequest withTemplates = Fixtures.request(project, headers, List.of(), templates, List.of());
        BuildState.of(withTemplates, VERSION).withOutput(request.outputFile()).write(stateFile);
        assertThat(reason(withTemplates, VERSION)).isNull();

        Files.writeString(templates.resolve("co.vm"), "/* $w.name */\n");
        assertThat(reason(withTemplates, VERSION)).isEqualTo("src/main/templates/co.vm changed");
    }

    @Test
    void aMissingOrModifiedOutputIsAChange() throws Exception {
        Path out = request.outputFile();
        Files.writeString(out, Files.readString(out) + "/* edited */\n");
        assertThat(reason(request, VERSION)).isEqualTo("the output file was modified");
        Files.delete(out);
        assertThat(reason(request, VERSION)).isEqualTo("the output file is missing");
    }

    @Test
    void withoutAPreviousStateOrWithAStrangeOneItGenerates() throws Exception {
        Files.writeString(stateFile, "something else\n");
        assertThat(BuildState.read(stateFile)).isNull();
        assertThat(reason(request, VERSION)).isEqualTo("no previous state");
        Files.delete(stateFile);
        assertThat(reason(request, VERSION)).isEqualTo("no previous state");
    }

    @Test
    void withIncludePathsItAlwaysGenerates() throws Exception {
        GenerationRequest r = Fixtures.request(project, headers, List.of(), null, List.of(project.resolve("inc")));
        BuildState.of(r, VERSION).withOutput(r.outputFile()).write(stateFile);
        assertThat(BuildState.of(r, VERSION).trackable()).isFalse();
        assertThat(reason(r, VERSION)).contains("includePaths");
    }

    @Test
    void theStateIsTheSameInAnotherCheckoutAndHoldsNoAbsolutePath(@TempDir Path other) throws Exception {
        List<Path> otherHeaders = Fixtures.project(other);
        GenerationRequest otherRequest = Fixtures.request(other, otherHeaders);
        new Generator().generate(otherRequest);
        String here = BuildState.of(request, VERSION).withOutput(request.outputFile()).digests();
        String there = BuildState.of(otherRequest, VERSION).withOutput(otherRequest.outputFile()).digests();
        assertThat(there).isEqualTo(here);
        assertThat(here).doesNotContain(project.toString()).contains("input:src/main/c/shapes.h=");
        assertThat(Files.readString(stateFile)).startsWith(here).doesNotContain(project.toString());
    }

    @Test
    void writingTheSameStateAgainLeavesTheFileAlone() throws Exception {
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(stateFile, old);
        BuildState.of(request, VERSION).withOutput(request.outputFile()).write(stateFile);
        assertThat(Files.getLastModifiedTime(stateFile)).isEqualTo(old);
    }
}
