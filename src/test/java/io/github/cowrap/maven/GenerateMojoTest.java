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
    private static final String TARGETS = "target/test-classes/unit/targets";

    @BeforeEach
    void clean() throws Exception {
        for (String p : List.of(FILESET, LATIN1, BAD, TARGETS)) {
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
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 problem in the headers (listed above)");
        assertThat(log.starting("[ERROR]")).singleElement().asString()
                .startsWith("[ERROR] src/main/c/l.h:1:1: error: not valid UTF-8");
    }

    @Test
    @Basedir(BAD)
    @InjectMojo(goal = "generate")
    void rejectedInputFailsTheBuildAndLeavesThePreviousOutput(GenerateMojo mojo) throws Exception {
        Path out = mojo.outputDirectory.toPath().resolve("block-gen.c");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "previous output\n");
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        RecordingBuildContext ide = new RecordingBuildContext();
        mojo.buildContext = ide;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("1 problem in the headers (listed above); nothing was written");
        // each diagnostic once: in the log, and as a marker on the header
        assertThat(log.starting("[ERROR]")).singleElement().asString()
                .startsWith("[ERROR] src/main/c/bad.h:3:16: error: bad_co_flush:").contains("'_co_'");
        File header = new File(BAD, "src/main/c/bad.h").getAbsoluteFile();
        assertThat(ide.cleared).extracting(File::getAbsoluteFile).contains(header);
        assertThat(ide.messages).filteredOn(m -> m.severity() == org.codehaus.plexus.build.BuildContext.SEVERITY_ERROR)
                .singleElement().satisfies(m -> {
            assertThat(m.file().getAbsoluteFile()).isEqualTo(header);
            assertThat(m.line()).isEqualTo(3);
            assertThat(m.column()).isEqualTo(16);
            assertThat(m.severity()).isEqualTo(org.codehaus.plexus.build.BuildContext.SEVERITY_ERROR);
            assertThat(m.message()).startsWith("bad_co_flush: ").contains("'_co_'");
        });
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
    @Basedir(TARGETS)
    @InjectMojo(goal = "generate")
    void aTargetDeclaredNowhereIsAWarningOnTheConsoleAndInTheIde(GenerateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        RecordingBuildContext ide = new RecordingBuildContext();
        mojo.buildContext = ide;
        mojo.execute();
        assertThat(log.starting("[WARNING]")).singleElement().asString().startsWith("[WARNING] src/main/c/t.h:6:16:"
                + " warning: disk_sync: its target 'disk_co_sync' is declared in none of the parsed files");
        assertThat(log.starting("[INFO] cowrap: 2 wrappers")).singleElement().asString()
                .endsWith("; targets: 1 checked, 1 not found");
        assertThat(ide.messages).singleElement().satisfies(m -> {
            assertThat(m.file().getAbsoluteFile()).isEqualTo(new File(TARGETS, "src/main/c/t.h").getAbsoluteFile());
            assertThat(m.line()).isEqualTo(6);
            assertThat(m.column()).isEqualTo(16);
            assertThat(m.severity()).isEqualTo(org.codehaus.plexus.build.BuildContext.SEVERITY_WARNING);
        });
        assertThat(output(mojo)).contains("Wrappers for disk_co_read", "Wrappers for disk_co_sync");
    }

    @Test
    @Basedir(TARGETS)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "targetCheck", value = "error")
    void underTargetCheckErrorATargetDeclaredNowhereFailsTheBuild(GenerateMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("1 problem in the headers (listed above); nothing was written");
        assertThat(log.starting("[ERROR]")).singleElement().asString()
                .startsWith("[ERROR] src/main/c/t.h:6:16: error: disk_sync: its target 'disk_co_sync'");
        assertThat(log.starting("[WARNING]")).isEmpty();
    }

    @Test
    @Basedir(TARGETS)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "targetCheck", value = "off")
    void underTargetCheckOffNothingIsSaid(GenerateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertThat(log.starting("[WARNING]")).isEmpty();
        assertThat(log.starting("[INFO] cowrap: 2 wrappers")).singleElement().asString()
                .endsWith("; targets not checked (targetCheck off)");
    }

    @Test
    @Basedir(TARGETS)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "targetCheck", value = "strict")
    void anUnknownTargetCheckIsAConfigurationError(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(org.apache.maven.plugin.MojoExecutionException.class)
                .hasMessageContaining("unknown targetCheck 'strict'; expected error, warn or off");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    void onTheCommandLineTheDefaultBuildContextGetsNoMessages(GenerateMojo mojo) {
        assertThat(mojo.buildContext).isNotNull();
        assertThat(DiagnosticReporter.markers(mojo.buildContext)).isFalse();
        assertThat(DiagnosticReporter.markers(new RecordingBuildContext())).isTrue();
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
