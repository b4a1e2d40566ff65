/*
 * Driver for the qemu-marks IT: defines every target declared in marks.h and
 * args.h, calls every generated wrapper from where it may be called, and
 * checks
 *  - where each target ran: in a coroutine (co wrappers; the caller's own
 *    coroutine for a mixed wrapper called from inside one) or in a bottom
 *    half outside any coroutine (no_co wrappers), and with which graph lock;
 *  - that arguments and results arrive intact;
 *  - what the runtime did: coroutines created and finished, polls, bottom
 *    halves, wakeups, locks taken, assumed and released.
 */
#include "cowrap_rt.h"
#include "args.h"
#include "marks.h"

#include <limits.h>

static BlockDriverState node = { .name = "node" };
static BlockDriverState other = { .name = "other" };
static BdrvChild child = { .bs = &node, .name = "child" };

/* ------------------------------------------------------------------ */
/* Where a target runs                                                 */
/* ------------------------------------------------------------------ */

typedef enum Lock { NO_LOCK, CO_RDLOCK, MAIN_RDLOCK, WRLOCK } Lock;

static const char *lock_name(Lock lock)
{
    switch (lock) {
    case NO_LOCK: return "no graph lock";
    case CO_RDLOCK: return "the reader lock taken in a coroutine";
    case MAIN_RDLOCK: return "the main-loop reader lock";
    case WRLOCK: return "the writer lock";
    }
    return "?";
}

/* Exactly the lock given is held, once. */
static bool lock_is(Lock lock)
{
    int co_rd = rt_graph_co_rdlock_depth();
    int main_rd = rt_graph_main_rdlock_depth();
    int wr = rt_graph_wrlock_depth();

    switch (lock) {
    case NO_LOCK: return co_rd == 0 && main_rd == 0 && wr == 0;
    case CO_RDLOCK: return co_rd == 1 && main_rd == 0 && wr == 0;
    case MAIN_RDLOCK: return co_rd == 0 && main_rd == 1 && wr == 0;
    case WRLOCK: return co_rd == 0 && main_rd == 0 && wr == 1;
    }
    return false;
}

/*
 * The coroutine a co target must run in: the caller's, when a mixed wrapper
 * is called from inside a coroutine; NULL when the wrapper must create one.
 */
static Coroutine *expected_self;

/* Checks every target makes: where it runs and with which lock. */
static void target_runs(const char *name, bool in_coroutine, Lock lock)
{
    bool where;

    if (in_coroutine) {
        where = qemu_in_coroutine() && !rt_in_bh() &&
                (expected_self == NULL
                     ? qemu_coroutine_self() != NULL
                     : qemu_coroutine_self() == expected_self);
    } else {
        where = !qemu_in_coroutine() && rt_in_bh();
    }
    CHECK(where && lock_is(lock), "%s runs %s, with %s", name,
          !in_coroutine ? "in a bottom half, outside any coroutine"
          : expected_self ? "straight in the caller's coroutine"
          : "in a coroutine of its own", lock_name(lock));
    if (!(where && lock_is(lock))) {
        printf("  in coroutine %d, in bottom half %d, locks: co rd %d, "
               "main rd %d, wr %d\n", qemu_in_coroutine(), rt_in_bh(),
               rt_graph_co_rdlock_depth(), rt_graph_main_rdlock_depth(),
               rt_graph_wrlock_depth());
    }
}

/* ------------------------------------------------------------------ */
/* What the runtime did around one wrapper call                        */
/* ------------------------------------------------------------------ */

#define DELTA(field) (after.field - before->field)

/* A co wrapper called from outside any coroutine. */
static void called_from_outside(const RtStats *before, const char *name,
                                bool rdlock)
{
    RtStats after = rt_stats();

    CHECK(DELTA(coroutines_created) == 1 && DELTA(coroutines_finished) == 1 &&
          DELTA(poll_co) == 1 && DELTA(wait_kick) == 1 &&
          DELTA(co_rdlock_taken) == (rdlock ? 1 : 0) &&
          DELTA(assume_graph_lock) == 0 && rt_coroutines_live() == 0 &&
          rt_graph_rdlock_depth() == 0,
          "%s from outside: one coroutine created and polled to its end, %s",
          name, rdlock ? "reader lock taken in it and released"
                       : "no lock taken");
}

/* A mixed co wrapper called from inside a coroutine. */
static void called_from_inside(const RtStats *before, const char *name,
                               bool rdlock)
{
    RtStats after = rt_stats();

    CHECK(DELTA(coroutines_created) == 0 && DELTA(poll_co) == 0 &&
          DELTA(bh_scheduled) == 0 &&
          DELTA(assume_graph_lock) == (rdlock ? 1 : 0) &&
          DELTA(co_rdlock_taken) == (rdlock ? 1 : 0),
          "%s from inside: called straight through, no coroutine created, "
          "no poll, %s", name,
          rdlock ? "lock assumed (only the caller took it)" : "no lock");
}

/* A no_co wrapper called from inside a coroutine. */
static void no_co_called(const RtStats *before, const char *name, Lock lock,
                         Coroutine *self)
{
    RtStats after = rt_stats();

    CHECK(DELTA(bh_scheduled) == 1 && DELTA(bh_run) == 1 &&
          DELTA(co_woken) == 1 && DELTA(coroutines_created) == 0 &&
          DELTA(main_rdlock_taken) == (lock == MAIN_RDLOCK ? 1 : 0) &&
          DELTA(wrlock_taken) == (lock == WRLOCK ? 1 : 0) &&
          DELTA(co_rdlock_taken) == 0 && lock_is(NO_LOCK) &&
          qemu_coroutine_self() == self && rt_bh_pending() == 0,
          "%s: one bottom half run, the caller woken back in its own "
          "coroutine, %s", name,
          lock == NO_LOCK ? "no lock taken" : "lock released");
}

/* ------------------------------------------------------------------ */
/* marks.h: every mark with every return shape                         */
/* ------------------------------------------------------------------ */

#define LOCK_cw NO_LOCK
#define LOCK_cm NO_LOCK
#define LOCK_cr CO_RDLOCK
#define LOCK_cmr CO_RDLOCK
#define LOCK_nw NO_LOCK
#define LOCK_nr MAIN_RDLOCK
#define LOCK_nl WRLOCK

static int64_t next_seed_value = (INT64_C(1) << 40) + 1;
static int64_t expected_seed;
static int64_t void_seen;
static int cells[5];
static const char *const names[5] = { "zero", "one", "two", "three", "four" };
static struct Blob blobs[5];

/* 64-bit seeds above 2^40; each call gets the next one. */
static int64_t next_seed(void)
{
    expected_seed = next_seed_value++;
    return expected_seed;
}

/* The result each shape's target returns for a seed. */
#define VAL_i(s) ((int)((s) % 1000003) - 500000)
#define VAL_i64(s) (-(s) * 4096 - 1)
#define VAL_b(s) (((s) & 1) != 0)
#define VAL_p(s) ((void *)&cells[(s) % 5])
#define VAL_cp(s) (names[(s) % 5])
#define VAL_ull(s) (ULLONG_MAX - (unsigned long long)(s))
#define VAL_sp(s) (&blobs[(s) % 5])

#define RETURN_i(s) return VAL_i(s)
#define RETURN_v(s) void_seen = (s)
#define RETURN_i64(s) return VAL_i64(s)
#define RETURN_b(s) return VAL_b(s)
#define RETURN_p(s) return VAL_p(s)
#define RETURN_cp(s) return VAL_cp(s)
#define RETURN_ull(s) return VAL_ull(s)
#define RETURN_sp(s) return VAL_sp(s)

/* The wrapper's result is the target's for seed s (for void: it ran). */
#define RESULT_OK_i(call, s) ((call) == VAL_i(s))
#define RESULT_OK_v(call, s) (void_seen = 0, (call), void_seen == (s))
#define RESULT_OK_i64(call, s) ((call) == VAL_i64(s))
#define RESULT_OK_b(call, s) ((call) == VAL_b(s))
#define RESULT_OK_p(call, s) ((call) == VAL_p(s))
#define RESULT_OK_cp(call, s) ((call) == VAL_cp(s))
#define RESULT_OK_ull(call, s) ((call) == VAL_ull(s))
#define RESULT_OK_sp(call, s) ((call) == VAL_sp(s))

#define SHAPES(X, M) \
    X(M, i, int) \
    X(M, v, void) \
    X(M, i64, int64_t) \
    X(M, b, bool) \
    X(M, p, void *) \
    X(M, cp, const char *) \
    X(M, ull, unsigned long long) \
    X(M, sp, struct Blob *)

static void seed_intact(const char *name, BlockDriverState *bs, int64_t seed)
{
    CHECK(bs == &node && seed == expected_seed,
          "%s gets bs and the 64-bit seed %#" PRIx64 " intact", name, seed);
}

/* Targets of co wrappers: bdrv_co_MARK_SHAPE, run in a coroutine. */
#define CO_TARGET(M, S, T) \
    T coroutine_fn bdrv_co_##M##_##S(BlockDriverState *bs, int64_t seed) \
    { \
        target_runs("bdrv_co_" #M "_" #S, true, LOCK_##M); \
        seed_intact("bdrv_co_" #M "_" #S, bs, seed); \
        RETURN_##S(seed); \
    }

/* Targets of no_co wrappers: bdrv_MARK_SHAPE, run in a bottom half. */
#define NO_CO_TARGET(M, S, T) \
    T bdrv_##M##_##S(BlockDriverState *bs, int64_t seed) \
    { \
        target_runs("bdrv_" #M "_" #S, false, LOCK_##M); \
        seed_intact("bdrv_" #M "_" #S, bs, seed); \
        RETURN_##S(seed); \
    }

SHAPES(CO_TARGET, cw)
SHAPES(CO_TARGET, cm)
SHAPES(CO_TARGET, cr)
SHAPES(CO_TARGET, cmr)
SHAPES(NO_CO_TARGET, nw)
SHAPES(NO_CO_TARGET, nr)
SHAPES(NO_CO_TARGET, nl)

/* Calls a co wrapper from outside any coroutine. */
#define CALL_FROM_OUTSIDE(M, S, T) \
    { \
        RtStats before = rt_stats(); \
        int64_t s = next_seed(); \
        expected_self = NULL; \
        CHECK(RESULT_OK_##S(bdrv_##M##_##S(&node, s), s), \
              "bdrv_" #M "_" #S " (" #T ") from outside returns the " \
              "target's result for seed %#" PRIx64, s); \
        called_from_outside(&before, "bdrv_" #M "_" #S, \
                            LOCK_##M == CO_RDLOCK); \
    }

/* Calls a mixed co wrapper from inside a coroutine (holding the reader
 * lock for an rdlock wrapper, as its callers must). */
#define CALL_MIXED_FROM_INSIDE(M, S, T) \
    { \
        RtStats before = rt_stats(); \
        int64_t s = next_seed(); \
        bool ok; \
        expected_self = qemu_coroutine_self(); \
        if (LOCK_##M == CO_RDLOCK) { \
            bdrv_graph_co_rdlock(); \
        } \
        ok = RESULT_OK_##S(bdrv_##M##_##S(&node, s), s); \
        if (LOCK_##M == CO_RDLOCK) { \
            bdrv_graph_co_rdunlock(); \
        } \
        CHECK(ok, "bdrv_" #M "_" #S " (" #T ") from inside returns the " \
              "target's result for seed %#" PRIx64, s); \
        called_from_inside(&before, "bdrv_" #M "_" #S, \
                           LOCK_##M == CO_RDLOCK); \
    }

/* Calls a no_co wrapper from inside a coroutine. */
#define CALL_NO_CO(M, S, T) \
    { \
        RtStats before = rt_stats(); \
        Coroutine *self = qemu_coroutine_self(); \
        int64_t s = next_seed(); \
        CHECK(RESULT_OK_##S(bdrv_co_##M##_##S(&node, s), s), \
              "bdrv_co_" #M "_" #S " (" #T ") returns the target's result " \
              "for seed %#" PRIx64, s); \
        no_co_called(&before, "bdrv_co_" #M "_" #S, LOCK_##M, self); \
    }

static void matrix_from_outside(void)
{
    /* Two calls each: consecutive seeds, so bool gets true and false. */
    for (int k = 0; k < 2; k++) {
        SHAPES(CALL_FROM_OUTSIDE, cw)
        SHAPES(CALL_FROM_OUTSIDE, cm)
        SHAPES(CALL_FROM_OUTSIDE, cr)
        SHAPES(CALL_FROM_OUTSIDE, cmr)
    }
}

static void coroutine_fn matrix_from_inside(void *opaque)
{
    (void)opaque;
    for (int k = 0; k < 2; k++) {
        SHAPES(CALL_MIXED_FROM_INSIDE, cm)
        SHAPES(CALL_MIXED_FROM_INSIDE, cmr)
        SHAPES(CALL_NO_CO, nw)
        SHAPES(CALL_NO_CO, nr)
        SHAPES(CALL_NO_CO, nl)
    }
    expected_self = NULL;
}

/* ------------------------------------------------------------------ */
/* args.h: no parameters                                               */
/* ------------------------------------------------------------------ */

static int count_calls;
static int reset_calls;
static bool idle_flag;
static Blob claimed;
static const char version_text[] = "1.2.3";

int coroutine_fn bdrv_co_count(void)
{
    target_runs("bdrv_co_count", true, NO_LOCK);
    return ++count_calls;
}

void coroutine_fn bdrv_co_reset()
{
    target_runs("bdrv_co_reset", true, NO_LOCK);
    reset_calls++;
}

int64_t coroutine_fn bdrv_co_epoch(void)
{
    target_runs("bdrv_co_epoch", true, CO_RDLOCK);
    return INT64_MIN + 5;
}

bool coroutine_fn bdrv_co_idle()
{
    target_runs("bdrv_co_idle", true, CO_RDLOCK);
    return idle_flag;
}

unsigned long long bdrv_ticks(void)
{
    target_runs("bdrv_ticks", false, NO_LOCK);
    return ULLONG_MAX - 1;
}

const char *bdrv_version()
{
    target_runs("bdrv_version", false, MAIN_RDLOCK);
    return version_text;
}

struct Blob *bdrv_claim(void)
{
    target_runs("bdrv_claim", false, WRLOCK);
    claimed.flags++;
    return &claimed;
}

static void no_parameters_from_outside(void)
{
    RtStats before = rt_stats(), after;

    expected_self = NULL;
    CHECK_EQ(bdrv_count(), 1, "bdrv_count(void) returns 1 on the first call");
    CHECK_EQ(bdrv_count(), 2, "bdrv_count(void) returns 2 on the second");
    bdrv_reset();
    CHECK_EQ(reset_calls, 1, "bdrv_reset() from outside ran its target");
    CHECK(bdrv_epoch() == INT64_MIN + 5, "bdrv_epoch(void) returns INT64_MIN + 5");
    idle_flag = true;
    CHECK(bdrv_idle() == true, "bdrv_idle() from outside returns true");
    after = rt_stats();
    CHECK_EQ(after.coroutines_created - before.coroutines_created, 5,
             "five calls without parameters from outside: five coroutines");
    CHECK_EQ(after.co_rdlock_taken - before.co_rdlock_taken, 2,
             "bdrv_epoch and bdrv_idle took the reader lock");
}

static void coroutine_fn no_parameters_from_inside(void *opaque)
{
    RtStats before = rt_stats(), after;
    bool idle;

    (void)opaque;
    expected_self = qemu_coroutine_self();
    bdrv_reset();
    CHECK_EQ(reset_calls, 2, "bdrv_reset() from inside ran its target");
    idle_flag = false;
    bdrv_graph_co_rdlock();
    idle = bdrv_idle();
    bdrv_graph_co_rdunlock();
    CHECK(idle == false, "bdrv_idle() from inside returns false");
    expected_self = NULL;
    CHECK(bdrv_co_ticks() == ULLONG_MAX - 1,
          "bdrv_co_ticks(void) returns ULLONG_MAX - 1");
    CHECK(bdrv_co_version() == version_text,
          "bdrv_co_version() returns the const pointer \"%s\"", version_text);
    CHECK(bdrv_co_claim() == &claimed && claimed.flags == 1,
          "bdrv_co_claim(void) returns the struct pointer");
    after = rt_stats();
    CHECK(after.coroutines_created == before.coroutines_created &&
          after.assume_graph_lock - before.assume_graph_lock == 1 &&
          after.bh_run - before.bh_run == 3 &&
          after.main_rdlock_taken - before.main_rdlock_taken == 1 &&
          after.wrlock_taken - before.wrlock_taken == 1,
          "without parameters from inside: no coroutine created, bdrv_idle "
          "assumed the lock, three bottom halves with their locks");
}

/* ------------------------------------------------------------------ */
/* args.h: pointers, 64-bit values, a struct by pointer               */
/* ------------------------------------------------------------------ */

#define PW_OFFSET ((INT64_C(1) << 40) + 512)
#define PW_BYTES (UINT64_C(5) << 30)

static const char pw_data[] = "payload";
static Error pw_error = { .msg = "none" };

int coroutine_fn bdrv_co_pwrite(BdrvChild *c, int64_t offset, uint64_t bytes,
                                const void *buf, Blob *blob, Error **errp)
{
    target_runs("bdrv_co_pwrite", true, CO_RDLOCK);
    CHECK(c == &child && c->bs == &node && offset == PW_OFFSET &&
          bytes == PW_BYTES && buf == pw_data && errp != NULL &&
          *errp == &pw_error,
          "bdrv_co_pwrite gets child, offset 2^40+512, 5 GiB, buf and errp "
          "intact");
    blob->offset = offset;
    blob->length = bytes;
    memcpy(blob->tag, buf, sizeof(blob->tag));
    *errp = NULL;
    return (int)(bytes >> 30);
}

int64_t bdrv_move(BlockDriverState *bs, BlockDriverState *to, int64_t delta,
                  struct Blob *blob)
{
    target_runs("bdrv_move", false, WRLOCK);
    CHECK(bs == &node && to == &other && delta == -(INT64_C(3) << 33),
          "bdrv_move gets both nodes and delta -3 * 2^33 intact");
    bs->opaque = to;
    blob->offset += delta;
    return blob->offset;
}

static void pointers_from_outside(void)
{
    Blob blob = { .offset = 0 };
    Error *err = &pw_error;

    expected_self = NULL;
    CHECK_EQ(bdrv_pwrite(&child, PW_OFFSET, PW_BYTES, pw_data, &blob, &err), 5,
             "bdrv_pwrite from outside returns 5");
    CHECK(blob.offset == PW_OFFSET && blob.length == PW_BYTES &&
          strcmp(blob.tag, "payload") == 0 && err == NULL,
          "bdrv_pwrite from outside wrote through the struct pointer and "
          "errp");
}

static void coroutine_fn pointers_from_inside(void *opaque)
{
    Blob blob = { .offset = INT64_C(1) << 35 };
    Error *err = &pw_error;
    int ret;

    (void)opaque;
    expected_self = qemu_coroutine_self();
    bdrv_graph_co_rdlock();
    ret = bdrv_pwrite(&child, PW_OFFSET, PW_BYTES, pw_data, &blob, &err);
    bdrv_graph_co_rdunlock();
    CHECK(ret == 5 && blob.length == PW_BYTES && err == NULL,
          "bdrv_pwrite from inside returns 5 and wrote through its pointers");
    expected_self = NULL;

    blob.offset = INT64_C(1) << 36;
    node.opaque = NULL;
    CHECK(bdrv_co_move(&node, &other, -(INT64_C(3) << 33), &blob) ==
              (INT64_C(1) << 36) - (INT64_C(3) << 33),
          "bdrv_co_move returns the 64-bit offset the target computed");
    CHECK(node.opaque == &other && blob.offset ==
              (INT64_C(1) << 36) - (INT64_C(3) << 33),
          "bdrv_co_move's target wrote through its pointers");
}

/* ------------------------------------------------------------------ */
/* args.h: function pointers                                           */
/* ------------------------------------------------------------------ */

static int visit_blob(Blob *blob, void *opaque)
{
    int *visited = opaque;

    (*visited)++;
    return (int)blob->flags;
}

static void each_index(int64_t index, void *opaque)
{
    int64_t *sum = opaque;

    *sum += index;
}

int coroutine_fn bdrv_co_visit(BlockDriverState *bs,
                               int (*visit)(Blob *blob, void *opaque),
                               void *arg)
{
    int total = 0;
    int64_t sum = 0;

    target_runs("bdrv_co_visit", true, NO_LOCK);
    CHECK(bs == &node && visit == visit_blob,
          "bdrv_co_visit gets bs and the function pointer intact");
    for (int i = 0; i < 5; i++) {
        blobs[i].flags = (uint32_t)(i * 10);
        total += visit(&blobs[i], arg);
    }
    /* A no_co wrapper from the coroutine a co wrapper created. */
    bdrv_co_each(bs, 4, each_index, &sum);
    CHECK_EQ(sum, 0 + 1 + 2 + 3,
             "bdrv_co_each from bdrv_co_visit's coroutine called back 4 times");
    return total;
}

void bdrv_each(BlockDriverState *bs, int64_t n,
               void (*fn)(int64_t index, void *opaque), void *arg)
{
    target_runs("bdrv_each", false, NO_LOCK);
    CHECK(bs == &node && fn == each_index && n == 4,
          "bdrv_each gets bs, n and the function pointer intact");
    for (int64_t i = 0; i < n; i++) {
        fn(i, arg);
    }
}

static void function_pointers(void)
{
    int visited = 0;
    RtStats before = rt_stats(), after;

    expected_self = NULL;
    CHECK_EQ(bdrv_visit(&node, visit_blob, &visited), 0 + 10 + 20 + 30 + 40,
             "bdrv_visit returns what the callback returned, summed");
    CHECK_EQ(visited, 5, "bdrv_visit's callback got its opaque pointer");
    after = rt_stats();
    CHECK(after.coroutines_created - before.coroutines_created == 1 &&
          after.bh_run - before.bh_run == 1,
          "bdrv_visit: one coroutine, one bottom half for the nested "
          "bdrv_co_each");
}

/* ------------------------------------------------------------------ */
/* args.h: arrays                                                      */
/* ------------------------------------------------------------------ */

static const int64_t sum_vals[3] = { INT64_C(1) << 40, INT64_C(1) << 41, -3 };
static int64_t label_grid[3][2] = { { 1, 2 }, { 3, 4 }, { 5, INT64_C(1) << 33 } };

int64_t coroutine_fn bdrv_co_sum(BlockDriverState *bs, const int64_t vals[],
                                 size_t n)
{
    int64_t sum = 0;

    target_runs("bdrv_co_sum", true, NO_LOCK);
    CHECK(bs == &node && vals == sum_vals && n == 3,
          "bdrv_co_sum gets the array as the caller's pointer, and n");
    for (size_t i = 0; i < n; i++) {
        sum += vals[i];
    }
    return sum;
}

int coroutine_fn bdrv_co_label(BlockDriverState *bs, char tag[8],
                               int64_t grid[][2], int rows)
{
    target_runs("bdrv_co_label", true, CO_RDLOCK);
    CHECK(bs == &node && grid == label_grid && rows == 3,
          "bdrv_co_label gets the 2-D array as the caller's pointer");
    memcpy(tag, "labeled", 8);
    return (int)((grid[rows - 1][1] - grid[0][0]) >> 20);
}

bool bdrv_fill(BlockDriverState *bs, uint8_t buf[16], uint8_t byte)
{
    target_runs("bdrv_fill", false, MAIN_RDLOCK);
    CHECK(bs == &node && byte == 0xa5, "bdrv_fill gets bs and byte intact");
    memset(buf, byte, 16);
    return true;
}

static void arrays_from_outside(void)
{
    char tag[8] = "";

    expected_self = NULL;
    CHECK(bdrv_sum(&node, sum_vals, 3) ==
              (INT64_C(1) << 40) + (INT64_C(1) << 41) - 3,
          "bdrv_sum from outside returns 2^40 + 2^41 - 3");
    CHECK_EQ(bdrv_label(&node, tag, label_grid, 3), 8191,
             "bdrv_label returns (2^33 - 1) >> 20");
    CHECK(strcmp(tag, "labeled") == 0,
          "bdrv_label's target wrote into the caller's char array");
}

static void coroutine_fn arrays_from_inside(void *opaque)
{
    uint8_t buf[16] = { 0 };
    bool all = true;

    (void)opaque;
    expected_self = qemu_coroutine_self();
    CHECK(bdrv_sum(&node, sum_vals, 3) ==
              (INT64_C(1) << 40) + (INT64_C(1) << 41) - 3,
          "bdrv_sum from inside returns 2^40 + 2^41 - 3");
    expected_self = NULL;
    CHECK(bdrv_co_fill(&node, buf, 0xa5), "bdrv_co_fill returns true");
    for (int i = 0; i < 16; i++) {
        all = all && buf[i] == 0xa5;
    }
    CHECK(all, "bdrv_co_fill's target filled the caller's 16-byte array");
}

/* ------------------------------------------------------------------ */

int main(void)
{
    printf("== every mark and return shape: co wrappers from outside\n");
    matrix_from_outside();
    printf("== every mark and return shape: mixed and no_co wrappers from "
           "inside a coroutine\n");
    rt_run_in_coroutine(matrix_from_inside, NULL);
    printf("== no parameters\n");
    no_parameters_from_outside();
    rt_run_in_coroutine(no_parameters_from_inside, NULL);
    printf("== pointers, 64-bit values, structs by pointer\n");
    pointers_from_outside();
    rt_run_in_coroutine(pointers_from_inside, NULL);
    printf("== function pointers\n");
    function_pointers();
    printf("== arrays\n");
    arrays_from_outside();
    rt_run_in_coroutine(arrays_from_inside, NULL);
    return rt_finish();
}
