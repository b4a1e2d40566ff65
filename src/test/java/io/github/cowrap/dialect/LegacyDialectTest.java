package io.github.cowrap.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.model.Wrapper;
import io.github.cowrap.testing.Gcc;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyDialectTest {

    @TempDir
    Path dir;

    private Workspace legacy() {
        return new Workspace(dir).dialect(Dialects.qemuLegacy());
    }

    @Test
    void eachNodeKindGivesItsPollState() throws Exception {
        Workspace ws = legacy().header("block/coroutines.h", """
                int generated_co_wrapper
                bdrv_check(BlockDriverState *bs, int fix);
                int generated_co_wrapper bdrv_preadv(BdrvChild *c, int64_t offset, void *buf);
                int generated_co_wrapper blk_pflush(BlockBackend *backend);
                """);
        assertThat(ws.wrappers()).extracting(Wrapper::structName)
                .containsExactly("BdrvCoCheck", "BdrvCoPreadv", "BlkCoPflush");
        String c = ws.generate();
        assertThat(c).contains(".poll_state.bs = bs,", ".poll_state.bs = c->bs,", ".poll_state.bs = blk_bs(backend),");
        assertThat(c).contains("    s->poll_state.ret = bdrv_co_check(s->bs, s->fix);\n",
                "        return bdrv_poll_co(&s.poll_state);\n",
                "int bdrv_check(BlockDriverState *bs, int fix)\n{\n    if (qemu_in_coroutine()) {\n"
                        + "        return bdrv_co_check(bs, fix);\n");
        assertThat(c).doesNotContain("int ret;").doesNotContain("s.ret").doesNotContain("poll_state.ctx");
        assertThat(c).contains("#include \"block/block_int.h\"\n\n/*").doesNotContain("dirty-bitmap");
        if (Gcc.available()) {
            assertThat(Gcc.check(dir, ws.analyse(), c, "", true)).isNull();
        }
    }

    @Test
    void returnTypeMustBeInt() {
        var problems = legacy().header("a.h", "int64_t generated_co_wrapper bdrv_len(BlockDriverState *bs);\n")
                .problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("a.h:1:30");
            assertThat(p.message()).contains("must return int").contains("int64_t");
        });
    }

    @Test
    void firstParameterMustGiveANode() {
        var problems = legacy().header("a.h", """
                int generated_co_wrapper bdrv_a(void *opaque_node);
                int generated_co_wrapper bdrv_b(void);
                int generated_co_wrapper bdrv_c(BlockDriverState* bs);
                """).problems();
        assertThat(problems).extracting(p -> p.location().line()).containsExactly(1, 2);
        assertThat(problems.get(0).message()).contains("first parameter").contains("'void *'");
        assertThat(problems.get(1).message()).contains("an empty parameter list");
    }

    @Test
    void qemuMarksOverSeveralLinesAreNotDroppedEither() {
        var problems = legacy().header("a.h", """
                int co_wrapper_mixed_bdrv_rdlock
                img_read(ImageNode *node, int64_t offset, int64_t bytes, void *buf);
                ImageNode * coroutine_fn no_co_wrapper
                node_co_open(const char *filename, int flags, Error **errp);
                int co_wrapper_helper(int a);
                """).problems();
        assertThat(problems).extracting(p -> p.location().toString()).containsExactly("a.h:1:5", "a.h:3:26");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("unknown mark"));
    }

    @Test
    void qemuMarksAreUnknownInTheLegacyDialect() {
        var problems = legacy().header("a.h", "int co_wrapper_mixed bdrv_a(BlockDriverState *bs);\n").problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("a.h:1:5");
            assertThat(p.message()).contains("unknown mark 'co_wrapper_mixed'");
            assertThat(p.hint()).contains("dialect 'qemu'", "generated_co_wrapper");
        });
    }
}
