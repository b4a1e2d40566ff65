package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
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
        record(request);
    }

    private void record(GenerationRequest r) throws Exception {
        Sources sources = Sources.read(r);
        GenerationResult result = new Generator().generate(r, sources);
        BuildStateFile.write(stateFile, BuildState.of(r, sources, VERSION).withOutput(result.content()));
    }

    private String reason(GenerationRequest r, String version) throws Exception {
        return BuildState.of(r, Sources.read(r), version)
                .outdatedReason(BuildStateFile.read(stateFile), BuildState.fileDigest(r.outputFile()));
    }

    @Test
    void nothingChangedIsUpToDate() throws Exception {
        assertThat(reason(request, VERSION)).isNull();
    }

    @Test
    void aSameSizeEditInPlaceWithItsOldTimeRestoredIsAChange() throws Exception {
        Path shapes = headers.get(0);
        FileTime t = Files.getLastModifiedTime(shapes);
        long size = Files.size(shapes);
        Object key = Files.readAttributes(shapes, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String text = Files.readString(shapes);
        assertThat(text).contains("int index");
        try (FileChannel ch = FileChannel.open(shapes, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(text.replace("int index", "int indey").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        Files.setLastModifiedTime(shapes, t);
        assertThat(Files.size(shapes)).isEqualTo(size);
        assertThat(Files.readAttributes(shapes, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(key);
        assertThat(reason(request, VERSION)).isEqualTo("src/main/c/shapes.h changed");
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
        Files.setLastModifiedTime(shapes, FileTime.fromMillis(0));
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
        assertThat(reason(Fixtures.request(project, List.of(headers.get(1), headers.get(0)), List.of(), null,
                List.of()), VERSION)).isEqualTo("the configuration changed");
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
    void everyFileOfTheTemplateDirectoryIsAnInput() throws Exception {
        Path templates = Files.createDirectories(project.resolve("src/main/templates"));
        Files.writeString(templates.resolve("co.vm"), Files.readString(Path.of(
                "src/main/resources/io/github/cowrap/templates/qemu/co.vm")));
        Files.writeString(templates.resolve("notes.txt"), "not a template");
        GenerationRequest withTemplates = Fixtures.request(project, headers, List.of(), templates, List.of());
        record(withTemplates);
        assertThat(reason(withTemplates, VERSION)).isNull();

        Files.writeString(templates.resolve("notes.txt"), "still not a template");
        assertThat(reason(withTemplates, VERSION)).isEqualTo("src/main/templates/notes.txt changed");
        Files.writeString(templates.resolve("notes.txt"), "not a template");
        Files.writeString(templates.resolve("co.vm"), Files.readString(templates.resolve("co.vm")) + "\n");
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
    void theOutputDigestIsOfTheRenderedBytesNotOfTheFileReadBack() throws Exception {
        Sources sources = Sources.read(request);
        BuildState s = BuildState.of(request, sources, VERSION).withOutput("int x;\n".getBytes());
        assertThat(s.output()).isEqualTo(BuildState.digest("int x;\n".getBytes()));
        assertThat(s.outdatedReason(s, BuildState.fileDigest(request.outputFile())))
                .isEqualTo("the output file was modified");
    }

    @Test
    void withoutAPreviousStateOrWithAStrangeOneItGenerates() throws Exception {
        Files.writeString(stateFile, "something else\n");
        assertThat(BuildStateFile.read(stateFile)).isNull();
        assertThat(reason(request, VERSION)).isEqualTo("no previous state");
        Files.writeString(stateFile, "cowrap-state 1\ntool=x\n");
        assertThat(BuildStateFile.read(stateFile)).as("the old format").isNull();
        Files.writeString(stateFile, BuildStateFile.FORMAT + "\ntool=x\nconfig=y\nwhat=z\n");
        assertThat(BuildStateFile.read(stateFile)).as("an unknown key").isNull();
        Files.writeString(stateFile, BuildStateFile.FORMAT + "\ntool=x\nconfig=y");
        assertThat(BuildStateFile.read(stateFile)).as("cut short").isNull();
        Files.write(stateFile, new byte[] {(byte) 0xff, (byte) 0xfe});
        assertThat(BuildStateFile.read(stateFile)).isNull();
        Files.delete(stateFile);
        assertThat(reason(request, VERSION)).isEqualTo("no previous state");
    }

    @Test
    void theFileFormatRoundTripsAndIsDocumented() throws Exception {
        BuildState s = new BuildState("t", "c", java.util.Map.of("src/main/templates/co.vm", "a"),
                java.util.Map.of("odd\nname=with\\signs.h", "b"), "o");
        String text = BuildStateFile.format(s);
        assertThat(text).isEqualTo("cowrap-state 2\ntool=t\nconfig=c\ntemplate:src/main/templates/co.vm=a\n"
                + "input:odd\\nname=with\\\\signs.h=b\noutput=o\n");
        assertThat(BuildStateFile.parse(text)).isEqualTo(s);
    }

    @Test
    void theStateIsTheSameInAnotherCheckoutAndHoldsNoAbsolutePath(@TempDir Path other) throws Exception {
        List<Path> otherHeaders = Fixtures.project(other);
        GenerationRequest otherRequest = Fixtures.request(other, otherHeaders);
        String here = BuildStateFile.format(BuildState.of(request, Sources.read(request), VERSION));
        String there = BuildStateFile.format(BuildState.of(otherRequest, Sources.read(otherRequest), VERSION));
        assertThat(there).isEqualTo(here);
        assertThat(Files.readString(stateFile)).doesNotContain(project.toString())
                .contains("input:src/main/c/shapes.h=").contains("\noutput=");
    }

    @Test
    void writingTheSameStateAgainLeavesTheFileAlone() throws Exception {
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(stateFile, old);
        record(request);
        assertThat(Files.getLastModifiedTime(stateFile)).isEqualTo(old);
    }
}
