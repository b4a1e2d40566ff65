/* Runs the wrappers the command line generated for disk.h. */
#include "cowrap_rt.h"
#include "disk.h"

static int forgotten = -1;

int coroutine_fn bdrv_co_load(BlockDriverState *bs, int64_t offset)
{
    (void)bs;
    CHECK(qemu_in_coroutine(), "bdrv_co_load runs in a coroutine");
    return (int)offset * 2;
}

int64_t coroutine_fn bdrv_co_length(BdrvChild *child)
{
    (void)child;
    CHECK(qemu_in_coroutine(), "bdrv_co_length runs in a coroutine");
    CHECK_EQ(rt_graph_co_rdlock_depth(), 1, "bdrv_co_length holds the reader lock");
    return 4096;
}

void bdrv_forget(BlockDriverState *bs, int slot)
{
    (void)bs;
    CHECK(!qemu_in_coroutine(), "bdrv_forget runs outside coroutines");
    forgotten = slot;
}

static void in_coroutine(void *opaque)
{
    bdrv_co_forget(opaque, 7);
}

int main(void)
{
    BlockDriverState bs = { .name = "cli" };
    BdrvChild child = { .bs = &bs, .name = "child" };

    CHECK_EQ(bdrv_load(&bs, 21), 42, "bdrv_load returns bdrv_co_load's result");
    CHECK_EQ(bdrv_length(&child), 4096, "bdrv_length returns bdrv_co_length's result");
    rt_run_in_coroutine(in_coroutine, &bs);
    CHECK_EQ(forgotten, 7, "bdrv_co_forget ran bdrv_forget");
    return rt_finish();
}
