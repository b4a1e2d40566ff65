package io.github.cowrap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.codehaus.plexus.util.FileUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The goal's parameters, on projects under {@code target/test-classes/unit} (copies of
 * {@code src/test/resources/unit}, so that output stays under {@code target}).
 */
@MojoTest
class GenerateMojoTest {

    private static final String FILESET = "target/test-classes/unit/fileset";
    private static final String LATIN1 = "target/test-classes/unit/latin1";
    private static final String BAD = "target/test-classes/unit/bad";

    @BeforeEach
    void clean() throws Exception {
        for (String p : List.of(FILESET, LATIN1, BAD)) {
            FileUtils.deleteDirectory(new File(p, "target"));
            FileUtils.deleteDirectory(new File(p, "out"));
        }
    }

    private static String output(GenerateMojo mojo) throws Exception {
        return Files.readString(mojo.outputDirectory.toPath().resolve(mojo.outputFileName));
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    void defaultsReadTheFilesetSortedByRelativePath(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(mojo.outputDirectory.toPath().resolve("block-gen.c").toAbsolutePath())
                .isEqualTo(Path.of(FILESET, "target/generated-sources/cowrap/block-gen.c").toAbsolutePath());
        assertThat(output(mojo)).containsSubsequence(" *   src/main/c/a/mid.h\n", " *   src/main/c/b/alpha.h\n",
                " *   src/main/c/b/zed.h\n", "#include \"qemu/osdep.h\"", "Wrappers for mid_co_flush",
                "Wrappers for alpha_co_flush", "Wrappers for zed_co_flush");
        assertThat(output(mojo)).doesNotContain("notes.txt");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "headers", value = "src/main/c/b/zed.h,src/main/c/a/mid.h")
    void headersKeepTheirConfiguredOrder(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(output(mojo)).containsSubsequence("Wrappers for zed_co_flush", "Wrappers for mid_co_flush")
                .doesNotContain("alpha");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "includes", value = "b/*.h")
    @MojoParameter(name = "excludes", value = "**/zed.h")
    void includesAndExcludesFilterTheFileset(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(output(mojo)).contains("Wrappers for alpha_co_flush").doesNotContain("zed").doesNotContain("mid");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "skip", value = "true")
    void skipWritesNothing(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(mojo.outputDirectory).doesNotExist();
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/out/c")
    @MojoParameter(name = "outputFileName", value = "wrappers.c")
    void outputDirectoryAndFileName(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(Path.of(FILESET, "out/c/wrappers.c")).isRegularFile();
        assertThat(Path.of(FILESET, "target/generated-sources/cowrap")).doesNotExist();
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "generatedIncludes", value = "my/runtime.h,wrappers.h")
    void generatedIncludesReplaceTheDialects(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(output(mojo)).contains("#include \"my/runtime.h\"\n#include \"wrappers.h\"\n\n/*")
                .doesNotContain("qemu/osdep.h");
    }

    @Test
    @Basedir(LATIN1)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "encoding", value = "ISO-8859-1")
    void encodingIsHonoured(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(output(mojo)).contains("Wrappers for latin_co_flush");
    }

    @Test
    @Basedir(LATIN1)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "encoding", value = "UTF-8")
    void wrongEncodingFailsWithTheFileNamed(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("src/main/c/l.h:1:7: error: not valid UTF-8");
    }

    @Test
    @Basedir(BAD)
    @InjectMojo(goal = "generate")
    void rejectedInputFailsTheBuildAndLeavesThePreviousOutput(GenerateMojo mojo) throws Exception {
        Path out = mojo.outputDirectory.toPath().resolve("block-gen.c");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "previous output\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("src/main/c/bad.h:3:16: error: bad_co_flush:")
                .hasMessageContaining("'_co_'");
        assertThat(out).hasContent("previous output");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    void secondRunWithUnchangedInputsLeavesTheOutputAlone(GenerateMojo mojo) throws Exception {
        mojo.execute();
        Path out = mojo.outputDirectory.toPath().resolve("block-gen.c");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out, old);
        mojo.execute();
        assertThat(Files.getLastModifiedTime(out)).isEqualTo(old);
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "dialect", value = "qemu-9")
    void unknownDialectIsAConfigurationError(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).hasMessageContaining("unknown dialect 'qemu-9'")
                .hasMessageContaining("qemu, qemu-legacy");
    }
}
