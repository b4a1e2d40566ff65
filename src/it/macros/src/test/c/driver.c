/*
 * Driver for the macros IT, compiled with the same definitions the plugin
 * was given: the wrappers of the selected branches exist and work.
 */
#include "cowrap_rt.h"
#include "config.h"

static BlockDriverState node = { .name = "node" };

int coroutine_fn bdrv_co_zone_report(BlockDriverState *bs, int64_t offset,
                                     unsigned int *nr_zones)
{
    CHECK(qemu_in_coroutine() && bs == &node && offset == INT64_C(1) << 36,
          "bdrv_co_zone_report runs in a coroutine with its arguments");
    *nr_zones = 12;
    return 0;
}

int64_t coroutine_fn bdrv_co_queue_deep(BlockDriverState *bs)
{
    CHECK(qemu_in_coroutine() && bs == &node,
          "bdrv_co_queue_deep runs in a coroutine");
    return QUEUE_DEPTH;
}

int coroutine_fn bdrv_co_hot(BlockDriverState *bs)
{
    CHECK(qemu_in_coroutine() && bs == &node, "bdrv_co_hot runs in a coroutine");
    return -1;
}

bool bdrv_tagged(BlockDriverState *bs)
{
    CHECK(rt_in_bh() && bs == &node, "bdrv_tagged runs in a bottom half");
    return true;
}

static void coroutine_fn tagged(void *opaque)
{
    CHECK(bdrv_co_tagged(opaque), "bdrv_co_tagged returns true");
}

int main(void)
{
    unsigned int zones = 0;

    CHECK_EQ(bdrv_zone_report(&node, INT64_C(1) << 36, &zones), 0,
             "bdrv_zone_report (#ifdef CONFIG_ZONED) returns 0");
    CHECK_EQ(zones, 12, "bdrv_zone_report's target wrote 12 zones");
    CHECK_EQ(bdrv_queue_deep(&node), 4,
             "bdrv_queue_deep (#if QUEUE_DEPTH >= 2) returns QUEUE_DEPTH 4");
    CHECK_EQ(bdrv_hot(&node), -1, "bdrv_hot (IT_ATTR before the mark) returns -1");
    rt_run_in_coroutine(tagged, &node);
    return rt_finish();
}
