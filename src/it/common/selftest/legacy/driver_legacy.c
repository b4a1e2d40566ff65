/*
 * Self-test driver for the qemu-legacy dialect (build with --legacy):
 * every generated_co_wrapper is mixed, returns int, and hands its node to
 * bdrv_poll_co(), which returns the result carried in the poll state.
 */
#include "cowrap_rt.h"
#include "selftest_legacy.h"

static BlockDriverState node_a = { .name = "a" };
static BdrvChild child_a = { .bs = &node_a, .name = "child-a" };
static BlockBackend blk_a = { .bs = &node_a, .name = "blk-a" };

#define BIG_OFFSET ((INT64_C(1) << 40) + 3)

int coroutine_fn bdrv_co_check_node(BlockDriverState *bs, int64_t offset,
                                    int *out)
{
    CHECK(qemu_in_coroutine(), "bdrv_co_check_node runs in a coroutine");
    CHECK(bs == &node_a, "bdrv_co_check_node gets bs intact");
    CHECK_EQ(offset, BIG_OFFSET, "bdrv_co_check_node gets 64-bit offset");
    *out = 7;
    return -5;
}

int coroutine_fn bdrv_co_readv(BdrvChild *child, int64_t offset, void *buf)
{
    CHECK(qemu_in_coroutine(), "bdrv_co_readv runs in a coroutine");
    CHECK(child == &child_a, "bdrv_co_readv gets child intact");
    memset(buf, 'x', 4);
    return (int)offset;
}

int coroutine_fn blk_co_flush(BlockBackend *blk)
{
    CHECK(qemu_in_coroutine(), "blk_co_flush runs in a coroutine");
    CHECK(blk == &blk_a, "blk_co_flush gets blk intact");
    return 0;
}

static void test_from_outside(void)
{
    RtStats before = rt_stats(), after;
    int out = 0;
    char buf[5] = "";

    CHECK_EQ(bdrv_check_node(&node_a, BIG_OFFSET, &out), -5,
             "bdrv_check_node returns the result through the poll state");
    CHECK_EQ(out, 7, "bdrv_check_node: target wrote through the pointer");
    CHECK_EQ(bdrv_readv(&child_a, 4096, buf), 4096, "bdrv_readv returns 4096");
    CHECK(strcmp(buf, "xxxx") == 0, "bdrv_readv filled the buffer");
    CHECK_EQ(blk_flush(&blk_a), 0, "blk_flush returns 0");

    after = rt_stats();
    CHECK_EQ(after.coroutines_created - before.coroutines_created, 3,
             "one coroutine per call from outside");
    CHECK_EQ(after.poll_co - before.poll_co, 3, "bdrv_poll_co once per call");
    CHECK_EQ(rt_coroutines_live(), 0, "all coroutines finished and freed");
}

static void coroutine_fn inside(void *opaque)
{
    RtStats before = rt_stats(), after;
    int out = 0;
    char buf[5] = "";

    (void)opaque;
    CHECK_EQ(bdrv_check_node(&node_a, BIG_OFFSET, &out), -5,
             "bdrv_check_node from inside returns the result");
    CHECK_EQ(bdrv_readv(&child_a, 12, buf), 12,
             "bdrv_readv from inside returns 12");
    CHECK_EQ(blk_flush(&blk_a), 0, "blk_flush from inside returns 0");

    after = rt_stats();
    CHECK_EQ(after.coroutines_created - before.coroutines_created, 0,
             "calls from inside a coroutine create no coroutine");
    CHECK_EQ(after.poll_co - before.poll_co, 0,
             "calls from inside a coroutine do not poll");
}

int main(void)
{
    printf("== generated_co_wrapper from outside a coroutine\n");
    test_from_outside();
    printf("== generated_co_wrapper from inside a coroutine\n");
    rt_run_in_coroutine(inside, NULL);
    return rt_finish();
}
