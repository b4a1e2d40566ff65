package io.github.cowrap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.Wrapper;
import io.github.cowrap.testing.Gcc;
import io.github.cowrap.testing.Workspace;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every declaration shape a real header has gives a correct wrapper, and C that gcc accepts. */
class DeclarationShapesTest {

    @TempDir
    Path dir;

    private Wrapper only(Workspace ws) {
        List<Wrapper> all = ws.wrappers();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static List<String> members(Wrapper w) {
        return w.parameters().stream().map(Parameter::member).toList();
    }

    private void compiles(Workspace ws, String types) throws Exception {
        assumeTrue(Gcc.available(), "gcc");
        String c = ws.generate();
        assertThat(Gcc.check(dir, ws.analyse(), c, types, false)).isNull();
    }

    @Test
    void splitOverLinesWithCommentsAnywhere() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                /* co_wrapper in a comment is not a use: int co_wrapper bdrv_x(void); */
                // nor here: int co_wrapper bdrv_y(void);
                int /* before the mark */ co_wrapper_mixed /* between mark and name */
                bdrv_pread(BdrvChild *child, /* the offset */ int64_t offset,
                           // the length
                           int64_t bytes,
                           void *buf /* trailing */);
                """);
        Wrapper w = only(ws);
        assertThat(w.name()).isEqualTo("bdrv_pread");
        assertThat(w.location().toString()).isEqualTo("a.h:4:1");
        assertThat(w.parameterList()).isEqualTo("BdrvChild *child, int64_t offset, int64_t bytes, void *buf");
        assertThat(w.returnType()).isEqualTo("int");
        compiles(ws, "");
    }

    @Test
    void gnuAttributesAndAnnotationsBeforeAndAfterTheMark() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                __attribute__((warn_unused_result)) int coroutine_fn co_wrapper
                bdrv_a(BlockDriverState *bs __attribute__((unused)));
                int co_wrapper_bdrv_rdlock coroutine_fn GRAPH_RDLOCK bdrv_b(BlockDriverState *bs)
                    __attribute__((nonnull(1)));
                int G_GNUC_WARN_UNUSED_RESULT co_wrapper bdrv_c(BlockDriverState *bs) G_GNUC_PRINTF(1, 0);
                """);
        List<Wrapper> all = ws.wrappers();
        assertThat(all).extracting(Wrapper::returnType).containsExactly("int", "int", "int");
        assertThat(all).extracting(Wrapper::parameterList).containsOnly("BlockDriverState *bs");
        compiles(ws, "");
    }

    @Test
    void functionPointerParametersKeepTheirDeclarator() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                typedef void BlockCompletionFunc(void *opaque, int ret);
                typedef int (*Visitor)(void *opaque, int64_t offset);
                int co_wrapper bdrv_walk(BlockDriverState *bs, int (*cb)(void *opaque, int64_t offset),
                                         Visitor visit, BlockCompletionFunc *done, void *cb_opaque);
                """);
        Wrapper w = only(ws);
        assertThat(members(w)).containsExactly("BlockDriverState *bs", "int (*cb)(void *opaque, int64_t offset)",
                "Visitor visit", "BlockCompletionFunc *done", "void *cb_opaque");
        assertThat(w.parameters().get(1).type()).isEqualTo("int (*)(void *opaque, int64_t offset)");
        compiles(ws, """
                typedef void BlockCompletionFunc(void *opaque, int ret);
                typedef int (*Visitor)(void *opaque, int64_t offset);
                """);
    }

    @Test
    void arrayAndFunctionParametersBecomePointerMembers() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                int co_wrapper bdrv_vec(BlockDriverState *bs, const char *names[], int64_t lens[4],
                                        uint8_t grid[][16], int (*rows)[8], void done(int ret2));
                """);
        Wrapper w = only(ws);
        assertThat(members(w)).containsExactly("BlockDriverState *bs", "const char **names", "int64_t *lens",
                "uint8_t (*grid)[16]", "int (*rows)[8]", "void (*done)(int ret2)");
        // the wrapper keeps the parameters as declared
        assertThat(w.parameterList()).isEqualTo("BlockDriverState *bs, const char *names[], int64_t lens[4],"
                + " uint8_t grid[][16], int (*rows)[8], void done(int ret2)");
        compiles(ws, "");
    }

    @Test
    void qualifiersAnywhereAndTaggedTypes() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                const struct Node * co_wrapper
                node_find(struct Node *const root, const volatile int *flags, enum Mode mode,
                          union Key key, unsigned long long count, long double scale, char const *name);
                """);
        Wrapper w = only(ws);
        assertThat(w.returnType()).isEqualTo("const struct Node *");
        assertThat(w.returnDeclaration("ret")).isEqualTo("const struct Node *ret");
        assertThat(members(w)).containsExactly("struct Node *const root", "const volatile int *flags",
                "enum Mode mode", "union Key key", "unsigned long long count", "long double scale",
                "char const *name");
        compiles(ws, "struct Node { int n; }; enum Mode { MODE_A }; union Key { int i; };");
    }

    @Test
    void voidAndEmptyParameterLists() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                int co_wrapper bdrv_a(void);
                int co_wrapper_mixed bdrv_b();
                void no_co_wrapper bdrv_co_c( void );
                """);
        assertThat(ws.wrappers()).allSatisfy(w -> {
            assertThat(w.parameters()).isEmpty();
            assertThat(w.parameterList()).isEqualTo("void");
        });
        compiles(ws, "");
    }

    @Test
    void parameterNamesThatAreCxxKeywords() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                int co_wrapper bdrv_swap(BlockDriverState *new, BlockDriverState *class, int this, int delete);
                """);
        assertThat(only(ws).arguments("s->")).isEqualTo("s->new, s->class, s->this, s->delete");
        compiles(ws, "");
    }

    @Test
    void crlfLineEndingsAndUtf8Comments() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h",
                "/* Größe · 大きさ — sizes */\r\nint co_wrapper\r\nbdrv_size(BlockDriverState *bs, /* ½ */ int64_t *size);\r\n");
        Wrapper w = only(ws);
        assertThat(w.location().toString()).isEqualTo("a.h:3:1");
        assertThat(w.parameterList()).isEqualTo("BlockDriverState *bs, int64_t *size");
        assertThat(ws.generate()).doesNotContain("\r");
        compiles(ws, "");
    }

    @Test
    void inputInAnotherEncoding() throws Exception {
        Charset latin1 = Charset.forName("ISO-8859-1");
        Workspace ws = new Workspace(dir).encoding(latin1)
                .header("a.h", "/* d\u00e9j\u00e0 vu, \u00bd */\nint co_wrapper bdrv_x(BlockDriverState *bs);\n");
        assertThat(only(ws).location().line()).isEqualTo(2);
        // the same bytes are not UTF-8: reading them as UTF-8 is an error, not garbage
        Workspace wrong = new Workspace(dir.resolve("w")).header("a.h",
                "/* d\u00e9j\u00e0 vu */\nint co_wrapper bdrv_x(BlockDriverState *bs);\n");
        wrong.write("a.h", "/* d\u00e9j\u00e0 vu */\nint co_wrapper bdrv_x(BlockDriverState *bs);\n".getBytes(latin1));
        // at the bad byte: the 'é' of "déjà", line 1 column 5
        assertThat(wrong.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("a.h:1:5");
            assertThat(p.message()).contains("not valid UTF-8");
            assertThat(p.hint()).contains("encoding");
        });
        // and on a later line, at that line
        Workspace later = new Workspace(dir.resolve("l")).header("a.h", "");
        later.write("a.h", "int a;\n/* ok */\r\nint co_wrapper bdrv_x(BlockDriverState *b\u00e9s);\n".getBytes(latin1));
        assertThat(later.problems()).singleElement().satisfies(p ->
                assertThat(p.location().toString()).isEqualTo("a.h:3:42"));
        assertThat(StandardCharsets.UTF_8).isNotEqualTo(latin1);
    }

    @Test
    void markComingOutOfAnotherMacro() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                #define my_wrapper co_wrapper_mixed_bdrv_rdlock
                #define MY_NO_CO(lock) no_co_wrapper_bdrv_ ## lock
                int my_wrapper bdrv_a(BlockDriverState *bs);
                int MY_NO_CO(wrlock) bdrv_co_b(BlockDriverState *bs);
                """);
        List<Wrapper> all = ws.wrappers();
        assertThat(all).extracting(w -> w.mark().name())
                .containsExactly("co_wrapper_mixed_bdrv_rdlock", "no_co_wrapper_bdrv_wrlock");
        assertThat(all).extracting(w -> w.location().line()).containsExactly(3, 4);
        compiles(ws, "");
    }
}
