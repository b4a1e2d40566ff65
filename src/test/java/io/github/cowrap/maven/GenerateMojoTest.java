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
import org.apache.maven.plugin.MojoExecutionException;
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
                .startsWith("[ERROR] src/main/c/l.h:1:7: error: not valid UTF-8");
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

    // ---- where the output may go ------------------------------------------------------------

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    void anOutputFileNameThatClimbsOutIsRefusedOnAFreshAndOnABuiltProject(GenerateMojo mojo) throws Exception {
        Path base = Path.of(FILESET).toAbsolutePath();
        String name = mojo.outputFileName;
        for (String bad : List.of("../../../x.c", "/tmp/cowrap-escape.c", "sub/x.c", "..")) {
            mojo.outputFileName = bad;
            assertThatThrownBy(mojo::execute).as(bad).isInstanceOf(MojoExecutionException.class)
                    .hasMessageStartingWith("outputFileName '" + bad + "' ")
                    .hasMessageContaining("it must be a plain file name such as block-gen.c");
        }
        mojo.outputFileName = name;
        mojo.execute();
        mojo.outputFileName = "../../../x.c";
        assertThatThrownBy(mojo::execute).as("built").isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("holds a path separator");
        assertThat(base.resolve("x.c")).doesNotExist();
        assertThat(base.resolve("target/x.c")).doesNotExist();
        assertThat(Path.of("/tmp/cowrap-escape.c")).doesNotExist();
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/src/main/c/b")
    @MojoParameter(name = "outputFileName", value = "zed.h")
    void anOutputThatIsAnInputIsRefusedAndTheHeaderLeftAlone(GenerateMojo mojo) throws Exception {
        Path zed = Path.of(FILESET, "src/main/c/b/zed.h").toAbsolutePath();
        byte[] before = Files.readAllBytes(zed);
        assertThatThrownBy(mojo::execute).hasMessageContaining("the output " + mojo.outputDirectory.toPath()
                .resolve("zed.h") + " is the input " + zed).hasMessageContaining("choose another output file");
        assertThat(Files.readAllBytes(zed)).isEqualTo(before);
    }

    // ---- configuration mistakes ---------------------------------------------------------------

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    void emptyListElementsAreNamedNotANullPointerException(GenerateMojo mojo) {
        mojo.headers = java.util.Arrays.asList(new File(mojo.basedir, "src/main/c/b/zed.h"), null);
        mojo.macros = java.util.Arrays.asList((String) null);
        mojo.generatedIncludes = java.util.Arrays.asList("a.h", "");
        mojo.includePaths = java.util.Arrays.asList((File) null);
        mojo.marks = java.util.Arrays.asList((io.github.cowrap.dialect.MarkSpec) null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<headers> entry 2 is an empty <header>; give it a value or remove it")
                .hasMessageContaining("<macros> entry 1 is an empty <macro>")
                .hasMessageContaining("<generatedIncludes> entry 2 is an empty <generatedInclude>")
                .hasMessageContaining("<includePaths> entry 1 is an empty <includePath>")
                .hasMessageContaining("<marks> entry 1 is an empty <mark>");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "templateDirectory", value = "${basedir}/src/main/nope")
    void aTemplateDirectoryThatDoesNotExistIsAnError(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<templateDirectory> " + mojo.templateDirectory + " does not exist (a relative path is"
                        + " resolved against the project directory " + mojo.basedir + ")");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "templateDirectory", value = "${basedir}/src/main/c/b")
    void aTemplateDirectoryWithoutTemplatesIsAnError(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).hasMessageContaining("template directory src/main/c/b holds none of the"
                + " templates the plugin uses (header.vm, co.vm, no_co.vm); found alpha.h, zed.h");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "includePaths", value = "${basedir}/include")
    void anIncludePathThatDoesNotExistIsAnError(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).hasMessageContaining("<includePaths> entry 1 " + mojo.includePaths.get(0)
                + " does not exist");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/main/headers")
    void aMissingSourceDirectoryIsNamedWithThePatterns(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("no input headers: <headers> is not set, and the <sourceDirectory> "
                        + mojo.sourceDirectory + " does not exist (the fileset includes [**/*.h] is read from it);"
                        + " set <headers>, or <sourceDirectory> to the folder of the headers");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "includes", value = "**/*.hpp")
    @MojoParameter(name = "excludes", value = "old/**")
    void aFilesetThatMatchesNothingSaysWhere(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).hasMessage("no input headers: no file in <sourceDirectory> "
                + mojo.sourceDirectory + " matches includes [**/*.hpp], excludes [old/**]; set <headers>, or"
                + " <includes> to patterns relative to it");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "headers", value = "src/main/c/b/zed.h,src/main/c/b/nope.h")
    void aMissingHeaderSaysItCameFromHeadersAndWhatItWasResolvedAgainst(GenerateMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.starting("[ERROR]")).containsExactly(
                "[ERROR] cowrap: <headers> entry 2: " + mojo.headers.get(1) + " does not exist (a relative path is"
                        + " resolved against the project directory " + mojo.basedir + ")",
                "[ERROR] src/main/c/b/nope.h:1:1: error: no such file");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "encoding", value = "NOPE")
    void anUnknownEncodingIsNamed(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<encoding> 'NOPE' is not an encoding this JVM knows")
                .hasMessageContaining("use a charset name such as UTF-8");
    }

    @Test
    @Basedir(FILESET)
    @InjectMojo(goal = "generate")
    void aSecondRunIsUpToDateAndAnInPlaceEditWithTheOldTimeRegenerates(GenerateMojo mojo) throws Exception {
        mojo.execute();
        Path out = mojo.outputDirectory.toPath().resolve("block-gen.c");
        Path zed = Path.of(FILESET, "src/main/c/b/zed.h");
        FileTime t = Files.getLastModifiedTime(zed);
        String text = Files.readString(zed);
        assertThat(text).contains("zed_flush");
        Files.writeString(zed, text.replace("zed_flush", "zed_fluss").replace("zed_co_flush", "zed_co_fluss"));
        Files.setLastModifiedTime(zed, t);
        try {
            mojo.execute();
            assertThat(Files.readString(out)).contains("zed_co_fluss").doesNotContain("zed_co_flush");
        } finally {
            Files.writeString(zed, text);
        }
    }
}
