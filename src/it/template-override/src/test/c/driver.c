/*
 * Driver for the template-override IT: the co wrappers written by the IT's
 * own co.vm trace what they do; the built-in no_co wrapper traces nothing.
 */
#include "cowrap_rt.h"
#include "traced.h"

static BlockDriverState node = { .name = "node", .opaque = NULL };
static char trace[512];

void it_trace(const char *what)
{
    strncat(trace, what, sizeof(trace) - strlen(trace) - 2);
    strcat(trace, ";");
}

int coroutine_fn bdrv_co_stat(BlockDriverState *bs, int64_t *size)
{
    CHECK(qemu_in_coroutine() && rt_graph_co_rdlock_depth() == 1,
          "bdrv_co_stat runs in a coroutine with the reader lock");
    *size = INT64_C(1) << 42;
    return bs == &node ? 0 : -ENOENT;
}

void coroutine_fn bdrv_co_kick(BlockDriverState *bs)
{
    CHECK(qemu_in_coroutine() && rt_graph_rdlock_depth() == 0,
          "bdrv_co_kick runs in a coroutine without lock");
    bs->opaque = bs;
}

int bdrv_detach(BlockDriverState *bs)
{
    CHECK(rt_in_bh() && !qemu_in_coroutine(),
          "bdrv_detach runs in a bottom half");
    bs->opaque = NULL;
    return 7;
}

static void coroutine_fn inside(void *opaque)
{
    int64_t size = 0;
    int ret;

    (void)opaque;
    trace[0] = '\0';
    bdrv_graph_co_rdlock();
    ret = bdrv_stat(&node, &size);
    bdrv_graph_co_rdunlock();
    CHECK(ret == 0 && size == INT64_C(1) << 42,
          "bdrv_stat from inside returns 0 and 2^42");
    CHECK_EQ(bdrv_co_detach(&node), 7, "bdrv_co_detach returns 7");
    CHECK(node.opaque == NULL, "bdrv_co_detach's target ran");
    CHECK(strcmp(trace, "bdrv_stat from inside;") == 0,
          "the IT's co.vm traced the direct call; the built-in no_co.vm "
          "traced nothing (trace: %s)", trace);
}

int main(void)
{
    int64_t size = 0;

    CHECK(bdrv_stat(&node, &size) == 0 && size == INT64_C(1) << 42,
          "bdrv_stat from outside returns 0 and 2^42");
    bdrv_kick(&node);
    CHECK(node.opaque == &node, "bdrv_kick from outside ran its target");
    CHECK(strcmp(trace, "bdrv_stat from outside;bdrv_co_stat_entry;"
                        "bdrv_kick from outside;bdrv_co_kick_entry;") == 0,
          "the IT's co.vm traced both wrappers and entries (trace: %s)",
          trace);
    rt_run_in_coroutine(inside, NULL);
    return rt_finish();
}
