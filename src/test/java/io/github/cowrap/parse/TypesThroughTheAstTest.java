package io.github.cowrap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.Wrapper;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarations whose types only the AST reads right: typedef'd function and array parameters,
 * attributes from macros, macros that expand to types, and input CDT recurses deeply on. Each was
 * written wrong or refused before; each is now wrapped, compiled with gcc -Wall -Wextra -Werror
 * against the IT runtime and run, the driver checking that the arguments arrive intact.
 */
class TypesThroughTheAstTest {

    @TempDir
    Path dir;

    private static List<String> members(Wrapper w) {
        return w.parameters().stream().map(Parameter::member).toList();
    }

    private void runs(Workspace ws, String driver) throws Exception {
        runs(ws, driver, "");
    }

    private void runs(Workspace ws, String driver, String cflags) throws Exception {
        assumeTrue(CompileAndRun.available(), "gcc and the IT runtime");
        String c = ws.generate();
        assertThat(CompileAndRun.run(dir, dir, "t.h", c, "#include \"cowrap_rt.h\"\n#include \"t.h\"\n" + driver,
                cflags)).isNull();
    }

    @Test
    void functionAndArrayParametersDecayThroughTypedefs() throws Exception {
        Workspace ws = new Workspace(dir).header("t.h", """
                #include <stdint.h>
                typedef void Cb(void *arg);
                typedef int64_t Pair[2];
                typedef Pair PairAgain;
                typedef int Grid[3][4];
                int co_wrapper bdrv_td(BlockDriverState *bs, Cb cb, Pair p, const PairAgain q, Grid g);
                int coroutine_fn bdrv_co_td(BlockDriverState *bs, Cb cb, Pair p, const PairAgain q, Grid g);
                """);
        Wrapper w = ws.wrappers().get(0);
        assertThat(members(w)).containsExactly("BlockDriverState *bs", "Cb *cb", "int64_t *p", "const int64_t *q",
                "int (*g)[4]");
        // the wrapper itself keeps the header's spelling
        assertThat(w.parameterList()).isEqualTo("BlockDriverState *bs, Cb cb, Pair p, const PairAgain q, Grid g");
        runs(ws, """
                static BlockDriverState node = { .name = "n" };
                static int called;
                static void cb_fn(void *arg) { called += *(int *)arg; }
                int coroutine_fn bdrv_co_td(BlockDriverState *bs, Cb cb, Pair p, const PairAgain q, Grid g)
                {
                    int one = 1;
                    CHECK(qemu_in_coroutine(), "target in a coroutine");
                    CHECK(bs == &node, "bs intact");
                    cb(&one);
                    CHECK_EQ(p[0] + p[1], (int64_t) 41, "the pair's elements arrive");
                    CHECK_EQ(q[1], (int64_t) 7, "the const pair's elements arrive");
                    CHECK_EQ(g[2][3], 23, "the grid arrives");
                    p[0] = 100;
                    return 5;
                }
                int main(void)
                {
                    Pair p = { 40, 1 };
                    PairAgain q = { 6, 7 };
                    Grid g = { { 0 } };
                    g[2][3] = 23;
                    CHECK_EQ(bdrv_td(&node, cb_fn, p, q, g), 5, "the result comes back");
                    CHECK_EQ(called, 1, "the callback was called");
                    CHECK_EQ(p[0], (int64_t) 100, "the array was passed by pointer, as C does");
                    return rt_finish();
                }
                """);
    }

    @Test
    void attributesFromMacrosNeverReachAMemberOrTheReturnType() throws Exception {
        Workspace ws = new Workspace(dir).macros("MY_UNUSED=__attribute__((unused))").header("t.h", """
                #define BDRV_WUR __attribute__((warn_unused_result))
                #define BDRV_NONNULL(n) __attribute__((nonnull(n)))
                #define BDRV_BOTH BDRV_WUR BDRV_NONNULL(1)
                int BDRV_WUR co_wrapper_mixed bdrv_wur(BlockDriverState *bs, int v MY_UNUSED) BDRV_NONNULL(1);
                int BDRV_BOTH coroutine_fn bdrv_co_wur(BlockDriverState *bs, int v);
                """);
        Wrapper w = ws.wrappers().get(0);
        assertThat(w.returnType()).isEqualTo("int");
        assertThat(w.returnDeclaration("ret")).isEqualTo("int ret");
        assertThat(members(w)).containsExactly("BlockDriverState *bs", "int v");
        runs(ws, """
                static BlockDriverState node = { .name = "n" };
                int coroutine_fn bdrv_co_wur(BlockDriverState *bs, int v)
                {
                    CHECK(bs == &node, "bs intact");
                    return v * 2;
                }
                int main(void)
                {
                    CHECK_EQ(bdrv_wur(&node, 21), 42, "the result comes back");
                    return rt_finish();
                }
                """, "-DMY_UNUSED=__attribute__((unused))");
    }

    @Test
    void macrosThatExpandToTypesAreKeptAsTheHeaderSpellsThem() throws Exception {
        Workspace ws = new Workspace(dir).macros("OFF_T=int64_t").header("t.h", """
                #include <stdint.h>
                #define T int
                #define RET_T long
                #define PTR(x) x *
                RET_T co_wrapper bdrv_s(BlockDriverState *bs, T a, OFF_T off, PTR(T) out);
                RET_T coroutine_fn bdrv_co_s(BlockDriverState *bs, T a, OFF_T off, PTR(T) out);
                """);
        Wrapper w = ws.wrappers().get(0);
        assertThat(w.returnType()).isEqualTo("RET_T");
        assertThat(members(w)).containsExactly("BlockDriverState *bs", "T a", "OFF_T off", "PTR(T) out");
        runs(ws, """
                static BlockDriverState node = { .name = "n" };
                RET_T coroutine_fn bdrv_co_s(BlockDriverState *bs, T a, OFF_T off, PTR(T) out)
                {
                    CHECK(bs == &node, "bs intact");
                    *out = a + 1;
                    return (long) off;
                }
                int main(void)
                {
                    int out = 0;
                    CHECK_EQ(bdrv_s(&node, 9, (INT64_C(1) << 40), &out), (long) (INT64_C(1) << 40), "64 bits back");
                    CHECK_EQ(out, 10, "the pointer arrives");
                    return rt_finish();
                }
                """, "-DOFF_T=int64_t");
    }

    @Test
    void deeplyNestedInitializerElsewhereDoesNotRejectTheFile() throws Exception {
        String deep = "(".repeat(1000) + "1" + ")".repeat(1000);
        Workspace ws = new Workspace(dir).header("t.h", "static const int deep_value = " + deep + ";\n"
                + "int co_wrapper bdrv_deep(BlockDriverState *bs);\n"
                + "int coroutine_fn bdrv_co_deep(BlockDriverState *bs);\n");
        assertThat(ws.wrappers()).extracting(Wrapper::name).containsExactly("bdrv_deep");
        runs(ws, """
                static BlockDriverState node = { .name = "n" };
                int coroutine_fn bdrv_co_deep(BlockDriverState *bs)
                {
                    CHECK(bs == &node, "bs intact");
                    return deep_value + 1;
                }
                int main(void)
                {
                    CHECK_EQ(bdrv_deep(&node), 2, "the result comes back");
                    return rt_finish();
                }
                """);
    }
}
