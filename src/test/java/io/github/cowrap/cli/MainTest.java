package io.github.cowrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(o.toString());
        }
        return Main.run(a.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static final String GOOD = """
            int coroutine_fn bdrv_co_load(BlockDriverState *bs, int64_t offset);
            int co_wrapper bdrv_load(BlockDriverState *bs, int64_t offset);
            """;

    @Test
    void takesQemuScriptArgumentsAndWrites() throws Exception {
        Path in = write("a.h", GOOD);
        Path in2 = write("b.h", "void bdrv_drop(BlockDriverState *bs);\n"
                + "void coroutine_fn no_co_wrapper bdrv_co_drop(BlockDriverState *bs);\n");
        Path outFile = dir.resolve("gen/block-gen.c");
        assertThat(run(outFile, in, in2)).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).isEmpty();
        String c = Files.readString(outFile);
        assertThat(c).contains("#include \"block/coroutines.h\"", "int bdrv_load(BlockDriverState *bs, int64_t offset)",
                "void coroutine_fn bdrv_co_drop(BlockDriverState *bs)");
        assertThat(c.indexOf("bdrv_load(")).isLessThan(c.indexOf("bdrv_co_drop("));

        // unchanged output is not rewritten
        Files.setLastModifiedTime(outFile, FileTime.fromMillis(1_000_000));
        assertThat(run(outFile, in, in2)).isZero();
        assertThat(Files.getLastModifiedTime(outFile).toMillis()).isEqualTo(1_000_000);
    }

    @Test
    void optionsReachTheCore() throws Exception {
        Path in = write("a.h", """
                #ifdef WITH_MORE
                int co_wrapper bdrv_more(BlockDriverState *bs);
                #endif
                int MY_ANNOTATION co_wrapper_mixed bdrv_load(BlockDriverState *bs, int64_t offset);
                """);
        Path outFile = dir.resolve("x.c");
        assertThat(run("--include", "mine.h", "-DWITH_MORE", "-D", "MY_ANNOTATION", "--dialect=qemu", outFile, in))
                .as(err()).isZero();
        String c = Files.readString(outFile);
        assertThat(c).contains("#include \"mine.h\"", "bdrv_more(", "bdrv_load(").doesNotContain("block_int.h");
    }

    @Test
    void rejectedInputExitsOneWithCompilerStyleDiagnosticsAndKeepsTheOldOutput() throws Exception {
        Path in = write("bad.h", """
                /* two problems */
                int co_wrapper_bdrv_wrlock bdrv_save(BlockDriverState *bs);
                int co_wrapper bdrv_printf(BlockDriverState *bs, const char *fmt, ...);
                """);
        Path outFile = write("old.c", "old\n");
        assertThat(run(outFile, in)).isEqualTo(1);
        List<String> lines = err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches(".*bad\\.h:2:5: error: unknown mark 'co_wrapper_bdrv_wrlock'.*");
        assertThat(lines.get(1)).matches(".*bad\\.h:3:\\d+: error: bdrv_printf: .*variadic.*");
        assertThat(Files.readString(outFile)).isEqualTo("old\n");
    }

    @Test
    void aMissingInputIsRejected() throws Exception {
        assertThat(run(dir.resolve("x.c"), dir.resolve("missing.h"))).isEqualTo(1);
        assertThat(err()).containsPattern("missing\\.h:1:1: error: no such file");
        assertThat(dir.resolve("x.c")).doesNotExist();
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        Path in = write("a.h", GOOD);
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("expected OUT.c and at least one IN.h", "usage: cowrap");
        err.reset();
        assertThat(run(dir.resolve("x.c"))).isEqualTo(2);
        assertThat(err()).contains("expected at least one IN.h after");
        err.reset();
        assertThat(run("--frobnicate", dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("cowrap: unknown option --frobnicate");
        err.reset();
        assertThat(run(dir.resolve("x.c"), in, "--dialect")).isEqualTo(2);
        assertThat(err()).contains("--dialect needs a value");
        err.reset();
        assertThat(run("--dialect", "qemu-9", dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("cowrap: error: unknown dialect 'qemu-9'");
        err.reset();
        assertThat(run("--encoding", "NOPE-8", dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("cowrap: --encoding NOPE-8: unknown encoding; give a charset name such as UTF-8"
                + " or ISO-8859-1");
        err.reset();
        assertThat(run("--naming-prefix", "co_", dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("--naming-prefix and --naming-suffix go with --marks or --mark");
        assertThat(dir.resolve("x.c")).doesNotExist();
        assertThat(out()).isEmpty();
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("usage: cowrap [options] OUT.c IN.h...").contains("--marks FILE");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("cowrap ");
        assertThat(err()).isEmpty();
    }

    @Test
    void dashDashEndsTheOptions() throws Exception {
        Path in = write("-odd.h", GOOD);
        assertThat(run("--", dir.resolve("x.c"), in)).as(err()).isZero();
    }

    // ---- user-defined dialects ----------------------------------------------------------

    private Path templates() throws Exception {
        write("t/co.vm", "${w.returnDeclaration($w.name)}(${w.parameterList()}) /* ${w.mark.name} -> ${w.target}"
                + " lock=${w.mark.lock} mixed=${w.mark.mixed} */\n");
        write("t/no_co.vm", "/* ${w.name} -> ${w.target} */\n");
        return dir.resolve("t");
    }

    @Test
    void aMarksFileDeclaresADialect() throws Exception {
        Path marks = write("tasks.marks", """
                # my marks
                TASK_BLOCKING   co                # a comment
                TASK_MIXED      co     mixed   lock=store

                TASK_DEFERRED   no_co
                """);
        Path in = write("kv.h", """
                int TASK_MIXED kv_get(KvStore *kv);
                void TASK_DEFERRED kv_flush_co(KvStore *kv);
                int TASK_BLOCKING kv_put(KvStore *kv, int v);
                """);
        Path outFile = dir.resolve("kv-gen.c");
        assertThat(run("--dialect", "tasks", "--marks", marks, "--naming-suffix", "_co", "--template-dir", templates(),
                outFile, in)).as(err()).isZero();
        assertThat(Files.readString(outFile)).contains(
                "(dialect tasks)",
                "int kv_get(KvStore *kv) /* TASK_MIXED -> kv_get_co lock=store mixed=true */",
                "/* kv_flush_co -> kv_flush */",
                "int kv_put(KvStore *kv, int v) /* TASK_BLOCKING -> kv_put_co lock=none mixed=false */");
    }

    @Test
    void aTargetDeclaredNowhereIsAWarningAnErrorOrNothing() throws Exception {
        Path in = write("a.h", GOOD + "int co_wrapper bdrv_lost(BlockDriverState *bs);\n");
        Path outFile = dir.resolve("gen/block-gen.c");
        assertThat(run(outFile, in)).isZero();
        assertThat(err()).containsPattern("a\\.h:3:16: warning: bdrv_lost: its target 'bdrv_co_lost' is declared in"
                + " none of the parsed files").doesNotContain("error:").doesNotContain("bdrv_load");
        assertThat(Files.readString(outFile)).contains("Wrappers for bdrv_co_lost");

        err.reset();
        assertThat(run("--target-check", "error", dir.resolve("gen/other.c"), in)).isEqualTo(1);
        assertThat(err()).containsPattern("a\\.h:3:16: error: bdrv_lost: its target 'bdrv_co_lost'")
                .doesNotContain("warning:");
        assertThat(dir.resolve("gen/other.c")).doesNotExist();

        err.reset();
        assertThat(run("--target-check=off", outFile, in)).isZero();
        assertThat(err()).isEmpty();

        assertThat(run("--target-check", "sometimes", outFile, in)).isEqualTo(2);
        assertThat(err()).contains("unknown targetCheck 'sometimes'; expected error, warn or off");
    }

    @Test
    void aWrapperThatDoesNotMatchItsTargetIsRejectedWithBothPlaces() throws Exception {
        Path decl = write("inc/disk.h", "int coroutine_fn disk_co_read(Disk *d, int64_t offset);\n");
        Path in = write("a.h", "int co_wrapper disk_read(Disk *d, int offset);\n");
        assertThat(run(dir.resolve("o.c"), decl, in)).isEqualTo(1);
        assertThat(err()).containsPattern("a\\.h:1:16: error: disk_read: does not match its target 'disk_co_read'"
                + " declared at \\S*inc/disk\\.h:1:\\d+: parameter 2: 'int' against 'int64_t'");
    }

    @Test
    void theCoroutineAnnotationGoesWithMarks() throws Exception {
        assertThat(run("--coroutine-annotation", "TASK_CO", dir.resolve("o.c"), write("a.h", GOOD))).isEqualTo(2);
        assertThat(err()).contains("--coroutine-annotation goes with --marks or --mark");
    }

    @Test
    void markOptionsDeclareADialect() throws Exception {
        Path in = write("kv.h", "int RUN co_kv_get(KvStore *kv);\nint RUN kv_put(KvStore *kv);\n"
                + "int co_kv_put(KvStore *kv);\n");
        Path outFile = dir.resolve("kv-gen.c");
        assertThat(run("--mark", "RUN co", "--naming-prefix=co_", "--template-dir", templates(), outFile, in))
                .isEqualTo(1);
        assertThat(err()).containsPattern("kv\\.h:1:\\d+: error: co_kv_get: a co wrapper's name must be the plain name")
                .doesNotContain("kv_put");
    }

    @Test
    void malformedMarksAreReportedWhereTheyAre() throws Exception {
        Path marks = write("bad.marks", "GOOD co\nLONELY\nRUN co sometimes\n");
        assertThat(run("--marks", marks, "--template-dir", templates(), dir.resolve("x.c"), write("a.h", GOOD)))
                .isEqualTo(2);
        List<String> lines = err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("bad.marks:2:7: error: mark 'LONELY' has no direction; expected NAME"
                + " co|no_co [mixed] [lock=NAME]");
        assertThat(lines.get(1)).endsWith("bad.marks:3:8: error: unexpected 'sometimes'; after the direction only"
                + " 'mixed' and 'lock=NAME' may follow");
    }

    @Test
    void invalidMarksAndMissingTemplatesExitTwo() throws Exception {
        Path in = write("a.h", GOOD);
        assertThat(run("--mark", "1RUN sideways", "--mark", "DEFER no_co", dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err().lines()).containsExactly(
                "cowrap: error: mark '1RUN': a mark's name must be a C identifier (letters, digits and '_', not"
                        + " starting with a digit)",
                "cowrap: error: mark '1RUN': unknown direction 'sideways'; a mark's direction is co (an ordinary"
                        + " function that runs a coroutine function) or no_co (a coroutine function that runs an"
                        + " ordinary function)",
                "cowrap: error: a dialect declared with marks needs a template directory with its templates:"
                        + " no_co.vm (for DEFER)");
        err.reset();
        assertThat(run("--marks", dir.resolve("none.marks"), dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("marks file " + dir.resolve("none.marks") + " does not exist");
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheHeaderLeftByteIdentical() throws Exception {
        Path in = write("good.h", GOOD);
        byte[] before = Files.readAllBytes(in);
        assertThat(run(in, in)).isEqualTo(1);
        assertThat(err()).contains("cowrap: error: the output " + in + " is the input " + in
                + ": writing it would destroy the input; choose another output file");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);

        err.reset();
        Path link = Files.createSymbolicLink(dir.resolve("out.c"), in);
        assertThat(run(link, in)).isEqualTo(1);
        assertThat(err()).contains("the output " + link + " is the input " + in + " (" + in.toRealPath() + ")");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();

        err.reset();
        Path marks = write("tasks.marks", "RUN co\n");
        assertThat(run("--marks", marks, "--template-dir", templates(), marks, in)).isEqualTo(1);
        assertThat(err()).contains("the output " + marks + " is the input " + marks);
        assertThat(marks).hasContent("RUN co");
    }

    @Test
    void missingDirectoriesAreNamed() throws Exception {
        Path in = write("a.h", GOOD);
        Path nope = dir.resolve("nope");
        assertThat(run("--template-dir", nope, dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("cowrap: --template-dir " + nope + ": no such directory (resolved against ");
        err.reset();
        assertThat(run("-I", nope, dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("cowrap: -I " + nope + ": no such directory");
        err.reset();
        assertThat(run("-I" + in, dir.resolve("x.c"), in)).isEqualTo(2);
        assertThat(err()).contains("cowrap: -I " + in + ": not a directory");
        err.reset();
        write("t2/co_wrapper.vm", "x");
        assertThat(run("--template-dir", dir.resolve("t2"), dir.resolve("x.c"), in)).isEqualTo(1);
        assertThat(err()).contains("cowrap: error: template directory ", "t2: co_wrapper.vm is not a template name the"
                + " plugin uses");
        assertThat(dir.resolve("x.c")).doesNotExist();
    }
}
