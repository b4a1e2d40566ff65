package io.github.cowrap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rejected input gets file:line:column, the function, what is wrong and what to do. The
 * checker's own rules (reserved names, naming, duplicates, targets) are in check/CheckerTest.
 */
class DiagnosticsTest {

    @TempDir
    Path dir;

    private Diagnostic single(String header) {
        List<Diagnostic> problems = new Workspace(dir).header("bad.h", header).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void unknownMarkThatLooksLikeOne() {
        Diagnostic d = single("int co_wrapper_bdrv_wrlock bdrv_x(BlockDriverState *bs);\n");
        assertThat(d.format()).startsWith("bad.h:1:5: error: unknown mark 'co_wrapper_bdrv_wrlock' for dialect 'qemu'");
        assertThat(d.hint()).contains("co_wrapper_mixed_bdrv_rdlock", "no_co_wrapper_bdrv_wrlock");
    }

    @Test
    void unknownMarkUsedWhereATypeNameFits() {
        Diagnostic d = single("co_wrapper_fast bdrv_x(BlockDriverState *bs);\n");
        assertThat(d.location().toString()).isEqualTo("bad.h:1:1");
        assertThat(d.message()).contains("unknown mark 'co_wrapper_fast'");
    }

    @Test
    void variadicFunction() {
        Diagnostic d = single("int co_wrapper bdrv_printf(BlockDriverState *bs, const char *fmt, ...);\n");
        assertThat(d.format()).startsWith("bad.h:1:16: error: bdrv_printf: a variadic function cannot be wrapped");
        assertThat(d.hint()).contains("va_list");
    }

    @Test
    void unnamedParameter() {
        Diagnostic d = single("int co_wrapper bdrv_x(BlockDriverState *bs,\n                      int64_t);\n");
        assertThat(d.format()).startsWith("bad.h:2:23: error: bdrv_x: parameter 2 ('int64_t') has no name");
    }

    @Test
    void markOnSomethingThatIsNotAFunctionDeclaration() {
        List<Diagnostic> problems = new Workspace(dir).header("bad.h", """
                int co_wrapper bdrv_counter;
                typedef int co_wrapper bdrv_fn_t(BlockDriverState *bs);
                int co_wrapper (*bdrv_hook)(BlockDriverState *bs);
                int co_wrapper bdrv_def(BlockDriverState *bs) { return 0; }
                struct S { int co_wrapper field; };
                """).problems();
        assertThat(problems).extracting(p -> p.location().line()).containsExactly(1, 2, 3, 4, 5);
        assertThat(problems.get(0).message()).contains("does not declare a function");
        assertThat(problems.get(1).message()).contains("is a typedef");
        assertThat(problems.get(2).message()).contains("does not declare a function");
        assertThat(problems.get(3).message()).contains("on a function definition");
        assertThat(problems.get(4).message()).contains("does not declare a function");
    }

    @Test
    void syntaxErrorInsideAMarkedDeclaration() {
        Diagnostic d = single("int co_wrapper bdrv_x(BlockDriverState *bs, int64_t offset int64_t bytes);\n");
        assertThat(d.location().toString()).isEqualTo("bad.h:1:5");
        assertThat(d.message()).contains("co_wrapper");
    }

    @Test
    void unknownAnnotationMacroGetsAHintNamingItAndTheMacrosParameter() {
        Diagnostic d = single("int coroutine_fn MY_LOCK_ANNOTATION co_wrapper bdrv_x(BlockDriverState *bs);\n");
        assertThat(d.format()).startsWith("bad.h:1:37: error: bdrv_x: cannot parse the declaration marked 'co_wrapper':"
                + " unexpected 'MY_LOCK_ANNOTATION'");
        assertThat(d.hint()).contains("'MY_LOCK_ANNOTATION'", "macros", "<macro>MY_LOCK_ANNOTATION</macro>");
        // and defining it fixes it
        assertThat(new Workspace(dir.resolve("ok")).macros("MY_LOCK_ANNOTATION")
                .header("bad.h", "int coroutine_fn MY_LOCK_ANNOTATION co_wrapper bdrv_x(BlockDriverState *bs);\n")
                .wrappers()).hasSize(1);
    }

    @Test
    void unknownFunctionLikeMacroIsNamedWhereverTheParserStumbles() {
        List<Diagnostic> problems = new Workspace(dir).header("bad.h", """
                #define KNOWN 1
                int IT_ATTR(unused) co_wrapper bdrv_hot(BlockDriverState *bs);
                bool coroutine_fn no_co_wrapper IT_ATTR(cold) bdrv_co_tagged(BlockDriverState *bs);
                BdrvChild * SOME_ATTR(1) co_wrapper bdrv_other(BlockDriverState *bs);
                """).problems();
        assertThat(problems).extracting(p -> p.location().toString())
                .containsExactly("bad.h:2:21", "bad.h:3:19", "bad.h:4:26");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("cannot parse the declaration marked"));
        assertThat(problems).extracting(Diagnostic::hint).satisfiesExactly(
                h -> assertThat(h).startsWith("'IT_ATTR' is not known to the parser"),
                h -> assertThat(h).startsWith("'IT_ATTR' is not known to the parser"),
                h -> assertThat(h).startsWith("'SOME_ATTR' is not known to the parser"));
        // defined as empty function-like macros, all three parse
        assertThat(new Workspace(dir.resolve("ok")).macros("IT_ATTR(x)", "SOME_ATTR(x)")
                .header("bad.h", "int IT_ATTR(unused) co_wrapper bdrv_hot(BlockDriverState *bs);\n"
                        + "bool coroutine_fn no_co_wrapper IT_ATTR(cold) bdrv_co_tagged(BlockDriverState *bs);\n"
                        + "BdrvChild * SOME_ATTR(1) co_wrapper bdrv_other(BlockDriverState *bs);\n")
                .wrappers()).extracting(w -> w.returnType()).containsExactly("int", "bool", "BdrvChild *");
    }

    @Test
    void severalMarksOnOneDeclaration() {
        Diagnostic d = single("int co_wrapper co_wrapper_mixed bdrv_x(BlockDriverState *bs);\n");
        assertThat(d.message()).contains("several marks");
    }

    @Test
    void missingInput() {
        List<Diagnostic> problems = new Workspace(dir).input("nowhere/missing.h").problems();
        assertThat(problems).singleElement().satisfies(d ->
                assertThat(d.format()).isEqualTo("nowhere/missing.h:1:1: error: no such file"));
    }

    @Test
    void syntaxErrorsInUnmarkedCodeAreNotErrors() {
        assertThat(new Workspace(dir).header("a.h", """
                int broken(int a int b);
                UNKNOWN_MACRO int other(void);
                int co_wrapper bdrv_x(BlockDriverState *bs);
                """).wrappers()).hasSize(1);
    }

    @Test
    void everyErrorIsReportedAndNothingIsWritten() throws Exception {
        Workspace ws = new Workspace(dir)
                .header("a.h", "int co_wrapper bdrv_co_a(BlockDriverState *bs);\nint co_wrapper bdrv_ok(void);\n")
                .header("b.h", "int co_wrapper_bad bdrv_b(BlockDriverState *bs);\nint co_wrapper bdrv_c(int s);\n");
        assertThatThrownBy(ws::generate).isInstanceOf(CowrapException.class).satisfies(e -> {
            CowrapException c = (CowrapException) e;
            assertThat(c.diagnostics()).extracting(d -> d.location().toString())
                    .containsExactly("a.h:1:16", "b.h:1:5", "b.h:2:27");
            assertThat(c.getMessage()).contains("3 problems in the headers; nothing was written", "a.h:1:16: error:",
                    "b.h:1:5: error:", "b.h:2:27: error:");
        });
        assertThat(ws.output()).doesNotExist();
        assertThat(ws.output().getParent()).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(Files.list(p)).isEmpty());
    }
}
