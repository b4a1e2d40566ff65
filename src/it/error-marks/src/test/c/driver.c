/* Driver for the error-marks IT: the good run's wrappers work. */
#include "cowrap_rt.h"
#include "good.h"

static BlockDriverState node = { .name = "node" };

int coroutine_fn bdrv_co_probe(BlockDriverState *bs, int64_t offset)
{
    CHECK(qemu_in_coroutine() && bs == &node && offset == INT64_C(1) << 40,
          "bdrv_co_probe runs in a coroutine with its arguments intact");
    return 3;
}

int bdrv_drop(BlockDriverState *bs)
{
    CHECK(rt_in_bh() && !qemu_in_coroutine() && rt_graph_wrlock_depth() == 1,
          "bdrv_drop runs in a bottom half with the writer lock");
    return bs == &node ? -1 : 0;
}

static void coroutine_fn drop(void *opaque)
{
    CHECK_EQ(bdrv_co_drop(opaque), -1, "bdrv_co_drop returns -1");
}

int main(void)
{
    CHECK_EQ(bdrv_probe(&node, INT64_C(1) << 40), 3, "bdrv_probe returns 3");
    rt_run_in_coroutine(drop, &node);
    return rt_finish();
}
