/* Driver for the error-target IT: the good run's wrappers work. */
#include "cowrap_rt.h"
#include "good.h"

static BlockDriverState node = { .name = "node" };

int coroutine_fn bdrv_co_label(BlockDriverState *bs, char const *name, int64_t slots[4])
{
    CHECK(qemu_in_coroutine() && bs == &node, "bdrv_co_label runs in a coroutine");
    CHECK(name[0] == 'n' && slots[3] == 7, "bdrv_co_label gets the name and the array");
    slots[0] = 42;
    return 2;
}

int64_t coroutine_fn bdrv_co_size(BlockDriverState *bs, void *opaque)
{
    CHECK(qemu_in_coroutine() && bs == &node, "bdrv_co_size runs in a coroutine");
    return *(int64_t *)opaque;
}

static int closed;

void bdrv_close(BlockDriverState *bs)
{
    CHECK(rt_in_bh() && !qemu_in_coroutine() && bs == &node, "bdrv_close runs in a bottom half");
    closed++;
}

static void coroutine_fn close_it(void *opaque)
{
    bdrv_co_close(opaque);
    CHECK_EQ(closed, 1, "bdrv_co_close ran bdrv_close once");
}

int main(void)
{
    int64_t slots[4] = { 0, 0, 0, 7 };
    int64_t big = INT64_C(1) << 40;
    CHECK_EQ(bdrv_label(&node, "node", slots), 2, "bdrv_label returns 2");
    CHECK_EQ(slots[0], 42, "bdrv_label's target wrote through the pointer");
    CHECK(bdrv_size(&node, &big) == big, "bdrv_size passes opaque on and returns 64 bits");
    rt_run_in_coroutine(close_it, &node);
    return rt_finish();
}
