package io.github.cowrap.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.model.Direction;
import io.github.cowrap.model.Wrapper;
import io.github.cowrap.testing.Gcc;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QemuDialectTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "co_wrapper,                   bdrv_flush,    co,    false, none,   bdrv_co_flush, BdrvFlush",
        "co_wrapper_mixed,             bdrv_flush,    co,    true,  none,   bdrv_co_flush, BdrvFlush",
        "co_wrapper_bdrv_rdlock,       bdrv_flush,    co,    false, rdlock, bdrv_co_flush, BdrvFlush",
        "co_wrapper_mixed_bdrv_rdlock, bdrv_flush,    co,    true,  rdlock, bdrv_co_flush, BdrvFlush",
        "no_co_wrapper,                bdrv_co_flush, no_co, false, none,   bdrv_flush,    BdrvCoFlush",
        "no_co_wrapper_bdrv_rdlock,    bdrv_co_flush, no_co, false, rdlock, bdrv_flush,    BdrvCoFlush",
        "no_co_wrapper_bdrv_wrlock,    bdrv_co_flush, no_co, false, wrlock, bdrv_flush,    BdrvCoFlush",
    })
    void everyMarkGivesItsWrapper(String mark, String name, String direction, boolean mixed, String lock,
            String target, String struct) throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", "int " + mark + " " + name + "(BlockDriverState *bs);\n");
        Wrapper w = ws.wrappers().get(0);
        assertThat(w.mark().name()).isEqualTo(mark);
        assertThat(w.mark().direction()).isEqualTo(Direction.fromId(direction));
        assertThat(w.mark().mixed()).isEqualTo(mixed);
        assertThat(w.mark().lock()).isEqualTo(lock);
        assertThat(w.name()).isEqualTo(name);
        assertThat(w.target()).isEqualTo(target);
        assertThat(w.structName()).isEqualTo(struct);
        assertThat(w.location().toString()).isEqualTo("a.h:1:" + (6 + mark.length()));

        String c = ws.generate();
        assertThat(c).contains("typedef struct " + struct + " {");
        boolean co = direction.equals("co");
        assertThat(c).contains(co ? "static void coroutine_fn " + target + "_entry(void *opaque)"
                : "static void " + target + "_bh(void *opaque)");
        assertThat(c.contains("if (qemu_in_coroutine()) {")).isEqualTo(mixed);
        assertThat(c.contains("assert(!qemu_in_coroutine());")).isEqualTo(co && !mixed);
        assertThat(c.contains("assume_graph_lock();")).isEqualTo(mixed && lock.equals("rdlock"));
        assertThat(c.contains("bdrv_graph_co_rdlock();")).isEqualTo(co && lock.equals("rdlock"));
        assertThat(c.contains("bdrv_graph_rdlock_main_loop();")).isEqualTo(!co && lock.equals("rdlock"));
        assertThat(c.contains("bdrv_graph_wrlock();")).isEqualTo(lock.equals("wrlock"));
        assertThat(c).contains(co ? "int " + name + "(BlockDriverState *bs)\n{"
                : "int coroutine_fn " + name + "(BlockDriverState *bs)\n{");
        if (Gcc.available()) {
            assertThat(Gcc.check(dir, ws.analyse(), c, "", false)).isNull();
        }
    }

    @Test
    void mixedReadLockedSectionIsWrittenAsAPersonWould() throws Exception {
        String c = new Workspace(dir).header("block/io.h", """
                int co_wrapper_mixed_bdrv_rdlock
                bdrv_pwrite(BdrvChild *child, int64_t offset, int64_t bytes,
                            const void *buf, BdrvRequestFlags flags);
                """).generate();
        // the expected text is written from the specification's layout, by hand
        assertThat(c).endsWith("""
                #include "block/dirty-bitmap.h"

                /*
                 * Wrappers for bdrv_co_pwrite
                 */

                typedef struct BdrvPwrite {
                    BdrvPollCo poll_state;
                    int ret;
                    BdrvChild *child;
                    int64_t offset;
                    int64_t bytes;
                    const void *buf;
                    BdrvRequestFlags flags;
                } BdrvPwrite;

                static void coroutine_fn bdrv_co_pwrite_entry(void *opaque)
                {
                    BdrvPwrite *s = opaque;

                    bdrv_graph_co_rdlock();
                    s->ret = bdrv_co_pwrite(s->child, s->offset, s->bytes, s->buf, s->flags);
                    bdrv_graph_co_rdunlock();
                    s->poll_state.in_progress = false;

                    aio_wait_kick();
                }

                int bdrv_pwrite(BdrvChild *child, int64_t offset, int64_t bytes, const void *buf, BdrvRequestFlags flags)
                {
                    if (qemu_in_coroutine()) {
                        assume_graph_lock();
                        return bdrv_co_pwrite(child, offset, bytes, buf, flags);
                    } else {
                        BdrvPwrite s = {
                            .poll_state.ctx = qemu_get_current_aio_context(),
                            .poll_state.in_progress = true,

                            .child = child,
                            .offset = offset,
                            .bytes = bytes,
                            .buf = buf,
                            .flags = flags,
                        };

                        s.poll_state.co = qemu_coroutine_create(bdrv_co_pwrite_entry, &s);

                        bdrv_poll_co(&s.poll_state);
                        return s.ret;
                    }
                }
                """);
        assertThat(c).startsWith("/*\n * Generated by cowrap-maven-plugin (dialect qemu) from:\n *   block/io.h\n");
    }

    @Test
    void voidReturnHasNoResultAnywhere() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                void co_wrapper blk_eject(BlockBackend *blk, bool eject_flag);
                void coroutine_fn no_co_wrapper blk_co_unref(BlockBackend *blk);
                """);
        String c = ws.generate();
        assertThat(c).doesNotContain("ret").doesNotContain("return");
        assertThat(c).contains("    blk_co_eject(s->blk, s->eject_flag);\n", "void blk_eject(BlockBackend *blk, bool eject_flag)\n",
                "    blk_unref(s->blk);\n", "void coroutine_fn blk_co_unref(BlockBackend *blk)\n");
        if (Gcc.available()) {
            assertThat(Gcc.check(dir, ws.analyse(), c, "", false)).isNull();
        }
    }

    @Test
    void pointerAndMultiWordReturnTypes() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                BdrvChild * coroutine_fn no_co_wrapper
                bdrv_co_open_child(const char *filename, Error **errp);
                unsigned long long co_wrapper bdrv_total(BlockDriverState *bs);
                const char *co_wrapper_mixed bdrv_name(BlockDriverState *bs);
                struct Stats* co_wrapper bdrv_stats(BlockDriverState *bs);
                """);
        List<Wrapper> ws2 = ws.wrappers();
        assertThat(ws2).extracting(Wrapper::returnType)
                .containsExactly("BdrvChild *", "unsigned long long", "const char *", "struct Stats *");
        String c = ws.generate();
        assertThat(c).contains("    BdrvChild *ret;\n", "BdrvChild * coroutine_fn bdrv_co_open_child(const char *filename, Error **errp)\n",
                "    unsigned long long ret;\n", "unsigned long long bdrv_total(BlockDriverState *bs)\n",
                "    const char *ret;\n", "const char *bdrv_name(BlockDriverState *bs)\n",
                "    struct Stats *ret;\n", "struct Stats *bdrv_stats(BlockDriverState *bs)\n");
        if (Gcc.available()) {
            assertThat(Gcc.check(dir, ws.analyse(), c, "struct Stats { int n; };", false)).isNull();
        }
    }

    @Test
    void coWrapperNameWithCoInfixIsRejectedWithItsLocation() {
        var problems = new Workspace(dir).header("a.h", "\n  int co_wrapper bdrv_co_read(BdrvChild *child);\n")
                .problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).format()).startsWith("a.h:2:18: error: bdrv_co_read: ")
                .contains("must not contain '_co_'");
    }

    @Test
    void coWrapperWithoutSubsystemPrefixIsRejected() {
        var problems = new Workspace(dir).header("a.h", "int co_wrapper flush(BdrvChild *child);\n").problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("a.h:1:16");
            assertThat(p.message()).contains("no subsystem prefix");
        });
    }

    @Test
    void noCoWrapperMustHaveCoAsSecondWord() {
        var problems = new Workspace(dir).header("a.h", """
                int no_co_wrapper bdrv_open(BdrvChild *child);
                int no_co_wrapper bdrv_open_co(BdrvChild *child);
                int no_co_wrapper co_bdrv(BdrvChild *child);
                """).problems();
        assertThat(problems).extracting(p -> p.location().toString())
                .containsExactly("a.h:1:19", "a.h:2:19", "a.h:3:19");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("'co' as its second word"));
    }

    @Test
    void outputHasNoTrailingSpacesNorRunsOfBlankLines() throws Exception {
        String c = new Workspace(dir).header("a.h", """
                void co_wrapper bdrv_a(void);
                int co_wrapper_mixed bdrv_b(BlockDriverState *bs);
                int co_wrapper_mixed_bdrv_rdlock bdrv_c(void);
                void no_co_wrapper bdrv_co_d(void);
                int no_co_wrapper_bdrv_wrlock bdrv_co_e(BlockDriverState *bs);
                """).generate();
        assertThat(c).doesNotContainPattern("[ \\t]\\n").doesNotContain("\n\n\n").endsWith("}\n");
        assertThat(c.split("Wrappers for ", -1)).hasSize(6);
    }
}
