/*
 * Self-test driver for the qemu dialect: defines the targets declared in
 * selftest.h, calls the generated wrappers from outside and inside
 * coroutines, and checks results, locks, coroutine and bottom-half counts.
 */
#include "cowrap_rt.h"
#include "selftest.h"

static BlockDriverState node_a = { .name = "a" };
static BlockDriverState node_b = { .name = "b" };
static BdrvChild child_a = { .bs = &node_a, .name = "child-a" };
static BlockBackend blk_a = { .bs = &node_a, .name = "blk-a" };
static Blob blob_store = { .offset = 0, .flags = 0, .tag = "blob" };

#define BIG_OFFSET ((INT64_C(1) << 40) + 7)

/* ---- targets of co wrappers: must run in a coroutine ---------------- */

int coroutine_fn bdrv_co_plain(BlockDriverState *bs, int64_t offset, int *out)
{
    CHECK(qemu_in_coroutine(), "bdrv_co_plain runs in a coroutine");
    CHECK(bs == &node_a, "bdrv_co_plain gets bs intact");
    CHECK_EQ(offset, BIG_OFFSET, "bdrv_co_plain gets 64-bit offset intact");
    CHECK_EQ(rt_graph_rdlock_depth(), 0, "bdrv_co_plain runs without lock");
    *out = 42;
    /* A no_co wrapper called from a coroutine made by a co wrapper. */
    CHECK_EQ(bdrv_co_flip(bs, 5), -5, "nested bdrv_co_flip returns -5");
    return -17;
}

void coroutine_fn bdrv_co_touch(BdrvChild *child, Blob *blob)
{
    CHECK(qemu_in_coroutine(), "bdrv_co_touch runs in a coroutine");
    CHECK(child == &child_a && child->bs == &node_a,
          "bdrv_co_touch gets child intact");
    blob->flags++;
}

int64_t coroutine_fn bdrv_co_size(BlockDriverState *bs)
{
    CHECK(qemu_in_coroutine(), "bdrv_co_size runs in a coroutine");
    CHECK_EQ(rt_graph_co_rdlock_depth(), 1,
             "bdrv_co_size runs with the reader lock held");
    return bs == &node_b ? -(INT64_C(1) << 50) : INT64_C(1) << 50;
}

Blob *coroutine_fn blk_co_find(BlockBackend *blk, uint64_t key)
{
    CHECK(qemu_in_coroutine(), "blk_co_find runs in a coroutine");
    CHECK(rt_graph_co_rdlock_depth() >= 1,
          "blk_co_find runs with the reader lock held");
    CHECK(blk_bs(blk) == &node_a, "blk_co_find gets blk intact");
    blob_store.offset = (int64_t)key;
    return key == UINT64_MAX ? NULL : &blob_store;
}

/* ---- targets of no_co wrappers: must run in a bottom half ----------- */

int bdrv_flip(BlockDriverState *bs, int value)
{
    CHECK(!qemu_in_coroutine(), "bdrv_flip runs outside coroutines");
    CHECK(rt_in_bh(), "bdrv_flip runs in a bottom half");
    CHECK(bs == &node_a, "bdrv_flip gets bs intact");
    return -value;
}

bool bdrv_peek(BdrvChild *child, uint64_t bits)
{
    CHECK(!qemu_in_coroutine(), "bdrv_peek runs outside coroutines");
    CHECK(rt_in_bh(), "bdrv_peek runs in a bottom half");
    CHECK_EQ(rt_graph_main_rdlock_depth(), 1,
             "bdrv_peek runs with the main-loop reader lock held");
    CHECK(child == &child_a, "bdrv_peek gets child intact");
    return bits == UINT64_C(0x8000000000000001);
}

void bdrv_rewire(BlockDriverState *bs, BlockDriverState *to)
{
    CHECK(!qemu_in_coroutine(), "bdrv_rewire runs outside coroutines");
    CHECK(rt_in_bh(), "bdrv_rewire runs in a bottom half");
    CHECK_EQ(rt_graph_wrlock_depth(), 1,
             "bdrv_rewire runs with the writer lock held");
    CHECK_EQ(rt_graph_rdlock_depth(), 0, "bdrv_rewire runs without readers");
    bs->opaque = to;
}

/* ---- scenarios ------------------------------------------------------- */

static void test_co_from_outside(void)
{
    RtStats before = rt_stats(), after;
    int out = 0;
    Blob blob = { .flags = 1 };

    CHECK_EQ(bdrv_plain(&node_a, BIG_OFFSET, &out), -17,
             "bdrv_plain returns the target's result");
    CHECK_EQ(out, 42, "bdrv_plain: target wrote through the pointer");

    bdrv_touch(&child_a, &blob);
    CHECK_EQ(blob.flags, 2, "bdrv_touch (void) from outside ran the target");

    CHECK_EQ(bdrv_size(&node_a), INT64_C(1) << 50, "bdrv_size returns 2^50");
    CHECK_EQ(bdrv_size(&node_b), -(INT64_C(1) << 50), "bdrv_size returns -2^50");

    CHECK(blk_find(&blk_a, UINT64_C(0xfedcba9876543210)) == &blob_store,
          "blk_find returns the pointer");
    CHECK(blob_store.offset == (int64_t)UINT64_C(0xfedcba9876543210),
          "blk_find passed the 64-bit key intact");
    CHECK(blk_find(&blk_a, UINT64_MAX) == NULL, "blk_find returns NULL");

    after = rt_stats();
    CHECK_EQ(after.coroutines_created - before.coroutines_created, 6,
             "one coroutine per call from outside");
    CHECK_EQ(after.poll_co - before.poll_co, 6, "bdrv_poll_co once per call");
    CHECK_EQ(after.co_rdlock_taken - before.co_rdlock_taken, 4,
             "rdlock wrappers took the reader lock in their coroutine");
    CHECK_EQ(after.assume_graph_lock - before.assume_graph_lock, 0,
             "no lock assumed outside coroutines");
    CHECK_EQ(after.bh_run - before.bh_run, 1,
             "nested no_co call ran one bottom half");
    CHECK_EQ(rt_coroutines_live(), 0, "all coroutines finished and freed");
    CHECK_EQ(rt_graph_rdlock_depth(), 0, "reader lock released");
}

static void coroutine_fn mixed_inside(void *opaque)
{
    RtStats before = rt_stats(), after;
    Blob blob = { .flags = 10 };
    Blob *found;

    (void)opaque;
    bdrv_touch(&child_a, &blob);
    CHECK_EQ(blob.flags, 11, "bdrv_touch (void) from inside ran the target");

    bdrv_graph_co_rdlock();   /* the caller of an rdlock wrapper holds it */
    found = blk_find(&blk_a, 99);
    bdrv_graph_co_rdunlock();
    CHECK(found == &blob_store, "blk_find from inside returns the pointer");

    after = rt_stats();
    CHECK_EQ(after.coroutines_created - before.coroutines_created, 0,
             "mixed wrappers inside a coroutine create no coroutine");
    CHECK_EQ(after.poll_co - before.poll_co, 0,
             "mixed wrappers inside a coroutine do not poll");
    CHECK_EQ(after.assume_graph_lock - before.assume_graph_lock, 1,
             "blk_find from inside assumed the graph lock");
    CHECK_EQ(after.co_rdlock_taken - before.co_rdlock_taken, 1,
             "only the caller took the reader lock");
}

static void coroutine_fn no_co_inside(void *opaque)
{
    RtStats before = rt_stats(), after;
    Coroutine *self = qemu_coroutine_self();

    (void)opaque;
    CHECK_EQ(bdrv_co_flip(&node_a, 123), -123, "bdrv_co_flip returns -123");
    CHECK(qemu_coroutine_self() == self, "back in the same coroutine");
    CHECK(bdrv_co_peek(&child_a, UINT64_C(0x8000000000000001)),
          "bdrv_co_peek returns true");
    CHECK(!bdrv_co_peek(&child_a, 1), "bdrv_co_peek returns false");
    CHECK_EQ(rt_graph_main_rdlock_depth(), 0,
             "main-loop reader lock released");
    node_a.opaque = NULL;
    bdrv_co_rewire(&node_a, &node_b);
    CHECK(node_a.opaque == &node_b, "bdrv_co_rewire (void) ran the target");
    CHECK_EQ(rt_graph_wrlock_depth(), 0, "writer lock released");

    after = rt_stats();
    CHECK_EQ(after.bh_scheduled - before.bh_scheduled, 4,
             "one bottom half per no_co call");
    CHECK_EQ(after.bh_run - before.bh_run, 4, "every bottom half ran");
    CHECK_EQ(after.co_woken - before.co_woken, 4,
             "every bottom half woke the coroutine");
    CHECK_EQ(after.main_rdlock_taken - before.main_rdlock_taken, 2,
             "rdlock no_co wrapper took the main-loop reader lock");
    CHECK_EQ(after.wrlock_taken - before.wrlock_taken, 1,
             "wrlock no_co wrapper took the writer lock");
    CHECK_EQ(after.coroutines_created - before.coroutines_created, 0,
             "no_co wrappers create no coroutine");
}

int main(void)
{
    printf("== co wrappers from outside a coroutine\n");
    test_co_from_outside();
    printf("== mixed wrappers from inside a coroutine\n");
    rt_run_in_coroutine(mixed_inside, NULL);
    printf("== no_co wrappers from inside a coroutine\n");
    rt_run_in_coroutine(no_co_inside, NULL);
    return rt_finish();
}
