/*
 * Driver for the legacy-marks IT (qemu-legacy dialect, runtime built with
 * COWRAP_LEGACY): every generated_co_wrapper is mixed and returns int. From
 * outside a coroutine it creates one, hands the node named by its first
 * parameter to bdrv_poll_co() and returns the result carried in the poll
 * state; from inside one it calls its target straight through.
 */
#include "cowrap_rt.h"
#include "legacy.h"

static BlockDriverState node = { .name = "node" };
static BlockDriverState backing = { .name = "backing" };
static BdrvChild child = { .bs = &backing, .name = "child" };
static BlockBackend blk = { .bs = &node, .name = "blk" };

#define OFFSET ((INT64_C(1) << 41) + 4096)
#define BYTES (UINT64_C(3) << 32)

/* The coroutine the target must run in: the caller's when called from
 * inside one; NULL when the wrapper must create one. */
static Coroutine *expected_self;

static void target_runs(const char *name)
{
    bool ok = qemu_in_coroutine() && !rt_in_bh() &&
              (expected_self == NULL ? qemu_coroutine_self() != NULL
                                     : qemu_coroutine_self() == expected_self);

    CHECK(ok, "%s runs %s", name,
          expected_self ? "straight in the caller's coroutine"
                        : "in a coroutine of its own");
}

/* ---- targets --------------------------------------------------------- */

int coroutine_fn bdrv_co_map(BlockDriverState *bs, int64_t offset,
                             uint64_t bytes, Extent *extent, int64_t *pnum)
{
    target_runs("bdrv_co_map");
    CHECK(bs == &node && offset == OFFSET && bytes == BYTES,
          "bdrv_co_map gets bs, offset 2^41+4096 and 12 GiB intact");
    extent->offset = offset;
    extent->length = bytes;
    *pnum = -(int64_t)bytes;
    return 1;
}

static void done_cb(int64_t offset, void *opaque)
{
    int64_t *seen = opaque;

    *seen = offset;
}

int coroutine_fn bdrv_co_preadv(BdrvChild *c, int64_t offset,
                                uint8_t buf[32], size_t len,
                                void (*done)(int64_t offset, void *opaque),
                                void *arg)
{
    target_runs("bdrv_co_preadv");
    CHECK(c == &child && c->bs == &backing && offset == OFFSET &&
          len == 32 && done == done_cb,
          "bdrv_co_preadv gets child, offset, len and callback intact");
    for (size_t i = 0; i < len; i++) {
        buf[i] = (uint8_t)i;
    }
    done(offset, arg);
    return (int)len;
}

static int flush_result = -EIO;

int coroutine_fn blk_co_flush(BlockBackend *b)
{
    target_runs("blk_co_flush");
    CHECK(b == &blk, "blk_co_flush gets blk intact");
    return flush_result;
}

static const char pwrite_data[] = "legacy";

int coroutine_fn blk_co_pwrite(BlockBackend *b, int64_t offset, int bytes,
                               const void *buf, BdrvRequestFlags flags)
{
    target_runs("blk_co_pwrite");
    CHECK(b == &blk && offset == -OFFSET && bytes == 7 &&
          buf == pwrite_data && flags == 0x40,
          "blk_co_pwrite gets blk, a negative 64-bit offset, buf and flags "
          "intact");
    return bytes;
}

/* ---- calls ----------------------------------------------------------- */

/* After one call from outside: one coroutine, one poll with this node. */
static void polled(const RtStats *before, const char *name,
                   BlockDriverState *bs)
{
    RtStats after = rt_stats();

    CHECK(after.coroutines_created - before->coroutines_created == 1 &&
          after.coroutines_finished - before->coroutines_finished == 1 &&
          after.poll_co - before->poll_co == 1 &&
          rt_last_polled_bs() == bs && rt_coroutines_live() == 0,
          "%s from outside: one coroutine, polled to its end with node '%s' "
          "in the poll state", name, bs->name);
}

static void from_outside(void)
{
    RtStats before;
    Extent extent = { 0 };
    int64_t pnum = 0, seen = 0;
    uint8_t buf[32] = { 0 };

    expected_self = NULL;

    before = rt_stats();
    CHECK_EQ(bdrv_map(&node, OFFSET, BYTES, &extent, &pnum), 1,
             "bdrv_map returns 1");
    CHECK(extent.offset == OFFSET && extent.length == BYTES &&
          pnum == -(int64_t)BYTES,
          "bdrv_map's target wrote through the struct and int64_t pointers");
    polled(&before, "bdrv_map", &node);

    before = rt_stats();
    CHECK_EQ(bdrv_preadv(&child, OFFSET, buf, 32, done_cb, &seen), 32,
             "bdrv_preadv returns 32");
    CHECK(buf[0] == 0 && buf[31] == 31 && seen == OFFSET,
          "bdrv_preadv filled the caller's array and called back");
    polled(&before, "bdrv_preadv", &backing);

    before = rt_stats();
    CHECK_EQ(blk_flush(&blk), -EIO, "blk_flush returns -EIO");
    polled(&before, "blk_flush", &node);

    before = rt_stats();
    CHECK_EQ(blk_pwrite(&blk, -OFFSET, 7, pwrite_data, 0x40), 7,
             "blk_pwrite returns 7");
    polled(&before, "blk_pwrite", &node);
}

static void coroutine_fn from_inside(void *opaque)
{
    RtStats before = rt_stats(), after;
    Extent extent = { 0 };
    int64_t pnum = 0, seen = 0;
    uint8_t buf[32] = { 0 };

    (void)opaque;
    expected_self = qemu_coroutine_self();
    CHECK_EQ(bdrv_map(&node, OFFSET, BYTES, &extent, &pnum), 1,
             "bdrv_map from inside returns 1");
    CHECK_EQ(bdrv_preadv(&child, OFFSET, buf, 32, done_cb, &seen), 32,
             "bdrv_preadv from inside returns 32");
    CHECK(buf[31] == 31 && seen == OFFSET,
          "bdrv_preadv from inside filled the array and called back");
    flush_result = 0;
    CHECK_EQ(blk_flush(&blk), 0, "blk_flush from inside returns 0");
    CHECK_EQ(blk_pwrite(&blk, -OFFSET, 7, pwrite_data, 0x40), 7,
             "blk_pwrite from inside returns 7");
    expected_self = NULL;

    after = rt_stats();
    CHECK(after.coroutines_created == before.coroutines_created &&
          after.poll_co == before.poll_co &&
          after.bh_scheduled == before.bh_scheduled,
          "four calls from inside: straight through, no coroutine created, "
          "no poll");
}

int main(void)
{
    printf("== generated_co_wrapper from outside a coroutine\n");
    from_outside();
    printf("== generated_co_wrapper from inside a coroutine\n");
    rt_run_in_coroutine(from_inside, NULL);
    return rt_finish();
}
