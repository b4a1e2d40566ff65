/*
 * cowrap_rt.h - a tiny single-threaded coroutine runtime for the
 * cowrap-maven-plugin integration tests.
 *
 * It stands in for the parts of a QEMU-like block layer that generated
 * coroutine wrappers call: coroutines (ucontext based), one AioContext with
 * a queue of one-shot bottom halves and a queue of woken coroutines, a poll
 * loop, BdrvPollCo/bdrv_poll_co() and a graph lock that only counts.
 *
 * Written for this project; it shares no code with QEMU.
 *
 * Build with -DCOWRAP_LEGACY for the qemu-legacy dialect (QEMU 5.2 - 7.2
 * form of BdrvPollCo: it records the node and carries the result).
 */
#ifndef COWRAP_RT_H
#define COWRAP_RT_H

#include <assert.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* ------------------------------------------------------------------ */
/* Annotations (all empty, as in a build without static analysis)     */
/* ------------------------------------------------------------------ */

#define coroutine_fn
#define no_coroutine_fn
#define coroutine_mixed_fn
#define GRAPH_RDLOCK
#define GRAPH_WRLOCK
#define GRAPH_UNLOCKED
#define GRAPH_RDLOCK_PTR
#define GRAPH_WRLOCK_PTR
#define GRAPH_UNLOCKED_PTR
#define G_GNUC_WARN_UNUSED_RESULT
#define G_GNUC_PRINTF(a, b)
#define GLOBAL_STATE_CODE() do { } while (0)
#define IO_CODE() do { } while (0)
#define IO_OR_GS_CODE() do { } while (0)

/* The marks: they only tell the generator what to generate. */
#define co_wrapper
#define co_wrapper_mixed
#define co_wrapper_bdrv_rdlock
#define co_wrapper_mixed_bdrv_rdlock
#define no_co_wrapper
#define no_co_wrapper_bdrv_rdlock
#define no_co_wrapper_bdrv_wrlock
#define generated_co_wrapper

/* ------------------------------------------------------------------ */
/* Block layer types                                                   */
/* ------------------------------------------------------------------ */

typedef struct AioContext AioContext;
typedef struct Coroutine Coroutine;
typedef struct BlockDriverState BlockDriverState;
typedef struct BdrvChild BdrvChild;
typedef struct BlockBackend BlockBackend;
typedef struct Error Error;
typedef int BdrvRequestFlags;

/* A node; tests may use name/opaque as they like. */
struct BlockDriverState {
    const char *name;
    void *opaque;
};

struct BdrvChild {
    BlockDriverState *bs;
    const char *name;
};

struct BlockBackend {
    BlockDriverState *bs;
    const char *name;
};

struct Error {
    char *msg;
};

BlockDriverState *blk_bs(BlockBackend *blk);
AioContext *bdrv_get_aio_context(BlockDriverState *bs);
AioContext *blk_get_aio_context(BlockBackend *blk);

/* ------------------------------------------------------------------ */
/* Coroutines                                                          */
/* ------------------------------------------------------------------ */

typedef void coroutine_fn CoroutineEntry(void *opaque);

/* Create a coroutine; it starts running at the first qemu_coroutine_enter. */
Coroutine *qemu_coroutine_create(CoroutineEntry *entry, void *opaque);
/* Run co until it yields or terminates; a terminated coroutine is freed. */
void qemu_coroutine_enter(Coroutine *co);
/* The running coroutine, or NULL outside any coroutine. */
Coroutine *qemu_coroutine_self(void);
/* Give control back to whoever entered the running coroutine. */
void coroutine_fn qemu_coroutine_yield(void);
bool qemu_in_coroutine(void);

/* ------------------------------------------------------------------ */
/* Event loop                                                          */
/* ------------------------------------------------------------------ */

typedef void QEMUBHFunc(void *opaque);

AioContext *qemu_get_aio_context(void);
AioContext *qemu_get_current_aio_context(void);
/* Enter co now when outside a coroutine, else queue it for the poll loop. */
void aio_co_enter(AioContext *ctx, Coroutine *co);
/* Queue co to be resumed by the poll loop. */
void aio_co_wake(Coroutine *co);
/* Wake up pollers; with one thread this only counts. */
void aio_wait_kick(void);
/* Queue cb(opaque) to run once, from the poll loop, outside coroutines. */
void aio_bh_schedule_oneshot(AioContext *ctx, QEMUBHFunc *cb, void *opaque);
/* Run one queued coroutine or bottom half; false if nothing was queued. */
bool aio_poll(AioContext *ctx, bool blocking);

/* ------------------------------------------------------------------ */
/* BdrvPollCo (block/block-gen.h in QEMU)                              */
/* ------------------------------------------------------------------ */

#ifdef COWRAP_LEGACY
typedef struct BdrvPollCo {
    BlockDriverState *bs;
    bool in_progress;
    int ret;
    Coroutine *co; /* Keep this field last */
} BdrvPollCo;

/* Enter s->co, poll until it has finished, return s->ret. */
int bdrv_poll_co(BdrvPollCo *s);
#else
typedef struct BdrvPollCo {
    AioContext *ctx;
    bool in_progress;
    Coroutine *co; /* Keep this field last */
} BdrvPollCo;

/* Enter s->co and poll until it has finished. */
void bdrv_poll_co(BdrvPollCo *s);
#endif

/* ------------------------------------------------------------------ */
/* Graph lock (counts only; misuse aborts with a FAIL line)            */
/* ------------------------------------------------------------------ */

void coroutine_fn bdrv_graph_co_rdlock(void);   /* in a coroutine */
void coroutine_fn bdrv_graph_co_rdunlock(void);
void bdrv_graph_rdlock_main_loop(void);         /* outside coroutines */
void bdrv_graph_rdunlock_main_loop(void);
void bdrv_graph_wrlock(void);                   /* outside coroutines, */
void bdrv_graph_wrunlock(void);                 /* no readers, no writer */
void assume_graph_lock(void);                   /* only recorded */

/* ------------------------------------------------------------------ */
/* Query API for test drivers                                          */
/* ------------------------------------------------------------------ */

/* Counters since program start; take two snapshots and compare. */
typedef struct RtStats {
    int coroutines_created;   /* qemu_coroutine_create calls */
    int coroutines_finished;  /* coroutines that ran to their end */
    int co_rdlock_taken;      /* bdrv_graph_co_rdlock calls */
    int main_rdlock_taken;    /* bdrv_graph_rdlock_main_loop calls */
    int wrlock_taken;         /* bdrv_graph_wrlock calls */
    int assume_graph_lock;    /* assume_graph_lock calls */
    int bh_scheduled;         /* aio_bh_schedule_oneshot calls */
    int bh_run;               /* bottom halves run */
    int co_woken;             /* aio_co_wake calls */
    int poll_co;              /* bdrv_poll_co calls */
    int wait_kick;            /* aio_wait_kick calls */
} RtStats;

RtStats rt_stats(void);

/* Current state. */
int rt_coroutines_live(void);     /* created and not yet finished */
int rt_graph_co_rdlock_depth(void);
int rt_graph_main_rdlock_depth(void);
int rt_graph_rdlock_depth(void);  /* co + main loop readers */
int rt_graph_wrlock_depth(void);
bool rt_in_bh(void);              /* a bottom half is running right now */
int rt_bh_pending(void);
#ifdef COWRAP_LEGACY
/* The node the last bdrv_poll_co() call found in its poll state. */
BlockDriverState *rt_last_polled_bs(void);
#endif

/* Create a coroutine on fn(opaque), enter it and poll until it ends. */
void rt_run_in_coroutine(CoroutineEntry *fn, void *opaque);

/* ------------------------------------------------------------------ */
/* Checks                                                              */
/* ------------------------------------------------------------------ */

/* CHECK(cond, "printf format", ...) prints "ok: what" or "FAIL: what (f:l)". */
#define CHECK(cond, ...) \
    rt_check(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

/* CHECK_EQ(actual, expected, "what") also prints both values on failure. */
#define CHECK_EQ(actual, expected, ...) \
    rt_check_eq((intmax_t)(actual), (intmax_t)(expected), \
                __FILE__, __LINE__, __VA_ARGS__)

bool rt_check(bool ok, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
bool rt_check_eq(intmax_t actual, intmax_t expected, const char *file,
                 int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/*
 * Check that the runtime is idle (no live coroutines, no pending bottom
 * halves, no lock held), print "N passed, N failed" and return the exit
 * status for main(): 0 when nothing failed.
 */
int rt_finish(void);

/* Print "FAIL: ..." and abort: for states a test cannot continue from. */
void rt_fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

#endif /* COWRAP_RT_H */
