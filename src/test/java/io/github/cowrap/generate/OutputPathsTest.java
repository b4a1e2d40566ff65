package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {

    private static final String GOOD = "int co_wrapper bdrv_a(BlockDriverState *bs);\n";

    @TempDir
    Path dir;

    @Test
    void aPlainFileNameIsResolvedInTheDirectory() throws Exception {
        assertThat(OutputPaths.resolve(dir, "block-gen.c", "outputFileName")).isEqualTo(dir.resolve("block-gen.c"));
        assertThat(OutputPaths.resolve(dir, "..block-gen.c", "outputFileName")).isEqualTo(dir.resolve("..block-gen.c"));
    }

    @Test
    void aNameThatIsAPathOrClimbsOutIsRefused() {
        for (String bad : List.of("../../../x.c", "sub/x.c", "/tmp/x.c", "..", ".", "a\\b.c", "", " ")) {
            assertThatThrownBy(() -> OutputPaths.resolve(dir, bad, "outputFileName"))
                    .as(bad).isInstanceOf(CowrapException.class)
                    .hasMessageStartingWith("outputFileName")
                    .hasMessageContaining("it must be a plain file name such as block-gen.c");
        }
        assertThatThrownBy(() -> OutputPaths.resolve(dir, "../x.c", "outputFileName"))
                .hasMessage("outputFileName '../x.c' holds a path separator; it must be a plain file name such as"
                        + " block-gen.c (the folder goes in the output directory)");
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputLeftByteIdentical() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", GOOD);
        Path h = dir.resolve("a.h");
        GenerationRequest r = new GenerationRequest(ws.request().dialect(), List.of(h), dir, h, null, null, null,
                null, null);
        assertThatThrownBy(() -> new Generator().generate(r))
                .isInstanceOf(CowrapException.class)
                .hasMessage("the output " + h + " is the input " + h
                        + ": writing it would destroy the input; choose another output file");
        assertThat(h).hasContent(GOOD.strip());
        assertThat(Files.readString(h)).isEqualTo(GOOD);
    }

    @Test
    void throughALinkOrAnotherSpellingToo() throws Exception {
        Workspace ws = new Workspace(dir).header("src/a.h", GOOD);
        Path h = dir.resolve("src/a.h");
        Path link = Files.createSymbolicLink(dir.resolve("link.h"), h);
        Path hard = Files.createLink(dir.resolve("hard.h"), h);
        for (Path out : List.of(link, hard, dir.resolve("src/../src/./a.h"))) {
            GenerationRequest r = new GenerationRequest(ws.request().dialect(), List.of(h), dir, out, null, null,
                    null, null, null);
            assertThatThrownBy(() -> new Generator().generate(r)).as(out.toString())
                    .hasMessageContaining("the output " + out + " is the input " + h);
            assertThat(Files.readString(h)).isEqualTo(GOOD);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aTemplateIsAnInputToo() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path co = Files.writeString(templates.resolve("co.vm"), "/* $w.name() */\n");
        Workspace ws = new Workspace(dir).header("a.h", GOOD).templates(templates);
        GenerationRequest r = new GenerationRequest(ws.request().dialect(), ws.request().headers(), dir, co, null,
                templates, null, null, null);
        assertThatThrownBy(() -> new Generator().generate(r)).hasMessageContaining("is the input " + co);
        assertThat(co).hasContent("/* $w.name() */");
    }

    @Test
    void anIncludeLineThatWouldEndItsDirectiveIsRefused() throws Exception {
        for (String bad : List.of("a.h\"\nint injected;", "x\ny.h", " ")) {
            Workspace ws = new Workspace(dir).header("a.h", GOOD).includes(bad);
            assertThatThrownBy(ws::generate).as(bad).isInstanceOf(CowrapException.class)
                    .hasMessageContaining("cannot be written as #include \"...\"");
            assertThat(ws.output()).doesNotExist();
        }
    }
}
