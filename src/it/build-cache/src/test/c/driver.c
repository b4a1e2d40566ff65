/*
 * Driver for the build-cache IT: whatever the build used (a generated file or one restored from the
 * cache), its wrappers call their targets in a coroutine with their arguments.
 */
#include "cowrap_rt.h"
#include "cache.h"

static BlockDriverState node = { .name = "node" };

int coroutine_fn bdrv_co_flush(BlockDriverState *bs)
{
    CHECK(qemu_in_coroutine() && bs == &node, "bdrv_co_flush runs in a coroutine with its argument");
    return 0;
}

int64_t coroutine_fn bdrv_co_size(BlockDriverState *bs)
{
    CHECK(qemu_in_coroutine() && bs == &node, "bdrv_co_size runs in a coroutine with its argument");
    return INT64_C(1) << 40;
}

#ifdef CACHE_V2
int coroutine_fn bdrv_co_trim(BlockDriverState *bs, int64_t bytes)
{
    CHECK(qemu_in_coroutine() && bs == &node && bytes == 4096, "bdrv_co_trim runs in a coroutine with its arguments");
    return 7;
}
#endif

#ifdef WITH_EXTRA
int coroutine_fn bdrv_co_extra(BlockDriverState *bs, int level)
{
    CHECK(qemu_in_coroutine() && bs == &node && level == 3, "bdrv_co_extra runs in a coroutine with its arguments");
    return level * 2;
}
#endif

int main(void)
{
    CHECK_EQ(bdrv_flush(&node), 0, "bdrv_flush returns its target's 0");
    CHECK_EQ(bdrv_size(&node), INT64_C(1) << 40, "bdrv_size returns its target's 2^40");
#ifdef CACHE_V2
    CHECK_EQ(bdrv_trim(&node, 4096), 7, "bdrv_trim (the changed header's) returns 7");
#endif
#ifdef WITH_EXTRA
    CHECK_EQ(bdrv_extra(&node, 3), 6, "bdrv_extra (the extra macro's) returns 6");
#endif
    return rt_finish();
}
