/*
 * cowrap_rt.c - the test runtime declared in include/cowrap_rt.h.
 *
 * One thread, one AioContext. Coroutines are ucontext contexts on
 * mmap'ed stacks with a guard page; a coroutine's stack is released as
 * soon as it terminates. Written for this project; no QEMU code.
 */
#include "cowrap_rt.h"

#include <stdarg.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#define RT_STACK_SIZE (256 * 1024)

typedef enum {
    CO_CREATED,   /* not entered yet */
    CO_RUNNING,   /* on the current chain of entered coroutines */
    CO_YIELDED,   /* suspended in qemu_coroutine_yield */
    CO_QUEUED,    /* yielded and woken; waiting for the poll loop */
    CO_DONE,      /* entry returned; freed by qemu_coroutine_enter */
} CoState;

struct Coroutine {
    CoroutineEntry *entry;
    void *opaque;
    CoState state;
    Coroutine *caller;       /* who entered us (NULL: main stack) */
    Coroutine *next_woken;   /* link in the wake queue */
    ucontext_t ctx;          /* our own context */
    ucontext_t return_ctx;   /* where to go on yield or termination */
    void *stack;             /* mmap'ed, guard page included */
    size_t stack_size;
};

struct AioContext {
    const char *name;
};

typedef struct BH {
    QEMUBHFunc *cb;
    void *opaque;
    struct BH *next;
} BH;

static AioContext main_ctx = { .name = "main" };
static Coroutine *current;               /* NULL outside coroutines */
static Coroutine *woken_head, *woken_tail;
static BH *bh_head, *bh_tail;
static int bh_count;
static int bh_depth;                     /* > 0 while a BH runs */
static int co_live;
static int co_rdlock_depth, main_rdlock_depth, wrlock_depth;
static RtStats stats;
static int checks_passed, checks_failed;

/* ------------------------------------------------------------------ */
/* Reporting                                                           */
/* ------------------------------------------------------------------ */

void rt_fatal(const char *fmt, ...)
{
    va_list ap;

    fflush(stdout);
    fputs("FAIL: ", stdout);
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputs(" (runtime error, aborting)\n", stdout);
    fflush(stdout);
    abort();
}

static bool vcheck(bool ok, const char *file, int line, const char *fmt,
                   va_list ap)
{
    fputs(ok ? "ok: " : "FAIL: ", stdout);
    vfprintf(stdout, fmt, ap);
    if (ok) {
        checks_passed++;
        fputc('\n', stdout);
    } else {
        checks_failed++;
        fprintf(stdout, " (%s:%d)\n", file, line);
    }
    fflush(stdout);
    return ok;
}

bool rt_check(bool ok, const char *file, int line, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    ok = vcheck(ok, file, line, fmt, ap);
    va_end(ap);
    return ok;
}

bool rt_check_eq(intmax_t actual, intmax_t expected, const char *file,
                 int line, const char *fmt, ...)
{
    va_list ap;
    bool ok = actual == expected;

    va_start(ap, fmt);
    ok = vcheck(ok, file, line, fmt, ap);
    va_end(ap);
    if (!ok) {
        printf("      actual %jd, expected %jd\n", actual, expected);
    }
    return ok;
}

int rt_finish(void)
{
    CHECK_EQ(rt_coroutines_live(), 0, "runtime: no coroutine left alive");
    CHECK_EQ(rt_bh_pending(), 0, "runtime: no bottom half left pending");
    CHECK(woken_head == NULL, "runtime: no woken coroutine left unresumed");
    CHECK_EQ(rt_graph_rdlock_depth(), 0, "runtime: graph reader lock released");
    CHECK_EQ(rt_graph_wrlock_depth(), 0, "runtime: graph writer lock released");
    printf("%d passed, %d failed\n", checks_passed, checks_failed);
    fflush(stdout);
    return checks_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* ------------------------------------------------------------------ */
/* Coroutines                                                          */
/* ------------------------------------------------------------------ */

static void coroutine_trampoline(void)
{
    /* qemu_coroutine_enter has made us current before switching here. */
    Coroutine *co = current;

    co->entry(co->opaque);
    co->state = CO_DONE;
    /* Returning switches to co->ctx.uc_link, i.e. co->return_ctx. */
}

Coroutine *qemu_coroutine_create(CoroutineEntry *entry, void *opaque)
{
    long page = sysconf(_SC_PAGESIZE);
    Coroutine *co = calloc(1, sizeof(*co));

    if (!co || !entry) {
        rt_fatal("qemu_coroutine_create: %s", co ? "NULL entry" : "no memory");
    }
    co->entry = entry;
    co->opaque = opaque;
    co->state = CO_CREATED;
    co->stack_size = RT_STACK_SIZE + (size_t)page;
    co->stack = mmap(NULL, co->stack_size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (co->stack == MAP_FAILED) {
        rt_fatal("qemu_coroutine_create: mmap: %s", strerror(errno));
    }
    /* Stacks grow down: the lowest page traps an overflow. */
    if (mprotect(co->stack, (size_t)page, PROT_NONE) != 0) {
        rt_fatal("qemu_coroutine_create: mprotect: %s", strerror(errno));
    }
    if (getcontext(&co->ctx) != 0) {
        rt_fatal("qemu_coroutine_create: getcontext: %s", strerror(errno));
    }
    co->ctx.uc_stack.ss_sp = (char *)co->stack + page;
    co->ctx.uc_stack.ss_size = RT_STACK_SIZE;
    co->ctx.uc_link = &co->return_ctx;
    makecontext(&co->ctx, coroutine_trampoline, 0);

    stats.coroutines_created++;
    co_live++;
    return co;
}

static void coroutine_free(Coroutine *co)
{
    munmap(co->stack, co->stack_size);
    free(co);
    co_live--;
}

void qemu_coroutine_enter(Coroutine *co)
{
    if (!co) {
        rt_fatal("qemu_coroutine_enter: NULL coroutine");
    }
    switch (co->state) {
    case CO_CREATED:
    case CO_YIELDED:
        break;
    case CO_RUNNING:
        rt_fatal("qemu_coroutine_enter: coroutine %p is already running",
                 (void *)co);
    case CO_QUEUED:
        rt_fatal("qemu_coroutine_enter: coroutine %p is queued for wakeup",
                 (void *)co);
    case CO_DONE:
        rt_fatal("qemu_coroutine_enter: coroutine %p has terminated",
                 (void *)co);
    }

    co->caller = current;
    co->state = CO_RUNNING;
    current = co;
    if (swapcontext(&co->return_ctx, &co->ctx) != 0) {
        rt_fatal("qemu_coroutine_enter: swapcontext: %s", strerror(errno));
    }
    /* Back here after co yielded or terminated. */
    current = co->caller;
    co->caller = NULL;
    if (co->state == CO_DONE) {
        stats.coroutines_finished++;
        coroutine_free(co);
    }
}

Coroutine *qemu_coroutine_self(void)
{
    return current;
}

bool qemu_in_coroutine(void)
{
    return current != NULL;
}

void coroutine_fn qemu_coroutine_yield(void)
{
    Coroutine *co = current;

    if (!co) {
        rt_fatal("qemu_coroutine_yield: not in a coroutine");
    }
    co->state = CO_YIELDED;
    if (swapcontext(&co->ctx, &co->return_ctx) != 0) {
        rt_fatal("qemu_coroutine_yield: swapcontext: %s", strerror(errno));
    }
    /* Re-entered: qemu_coroutine_enter set us current and running. */
}

/* ------------------------------------------------------------------ */
/* Event loop                                                          */
/* ------------------------------------------------------------------ */

AioContext *qemu_get_aio_context(void)
{
    return &main_ctx;
}

AioContext *qemu_get_current_aio_context(void)
{
    return &main_ctx;
}

AioContext *bdrv_get_aio_context(BlockDriverState *bs)
{
    (void)bs;
    return &main_ctx;
}

AioContext *blk_get_aio_context(BlockBackend *blk)
{
    (void)blk;
    return &main_ctx;
}

BlockDriverState *blk_bs(BlockBackend *blk)
{
    return blk ? blk->bs : NULL;
}

static void wake_queue_push(Coroutine *co)
{
    if (co->state != CO_YIELDED) {
        rt_fatal("aio_co_wake: coroutine %p is not waiting (state %d)",
                 (void *)co, (int)co->state);
    }
    co->state = CO_QUEUED;
    co->next_woken = NULL;
    if (woken_tail) {
        woken_tail->next_woken = co;
    } else {
        woken_head = co;
    }
    woken_tail = co;
}

void aio_co_enter(AioContext *ctx, Coroutine *co)
{
    if (ctx != &main_ctx) {
        rt_fatal("aio_co_enter: unknown AioContext %p", (void *)ctx);
    }
    if (qemu_in_coroutine()) {
        /* Not from inside a coroutine: the poll loop will enter it. */
        if (co->state == CO_CREATED) {
            co->state = CO_YIELDED;  /* so it may be queued */
        }
        wake_queue_push(co);
    } else {
        qemu_coroutine_enter(co);
    }
}

void aio_co_wake(Coroutine *co)
{
    if (!co) {
        rt_fatal("aio_co_wake: NULL coroutine");
    }
    stats.co_woken++;
    wake_queue_push(co);
}

void aio_wait_kick(void)
{
    stats.wait_kick++;
}

void aio_bh_schedule_oneshot(AioContext *ctx, QEMUBHFunc *cb, void *opaque)
{
    BH *bh;

    if (ctx != &main_ctx) {
        rt_fatal("aio_bh_schedule_oneshot: unknown AioContext %p",
                 (void *)ctx);
    }
    bh = calloc(1, sizeof(*bh));
    if (!bh) {
        rt_fatal("aio_bh_schedule_oneshot: no memory");
    }
    bh->cb = cb;
    bh->opaque = opaque;
    if (bh_tail) {
        bh_tail->next = bh;
    } else {
        bh_head = bh;
    }
    bh_tail = bh;
    bh_count++;
    stats.bh_scheduled++;
}

bool aio_poll(AioContext *ctx, bool blocking)
{
    (void)blocking;
    if (ctx != &main_ctx) {
        rt_fatal("aio_poll: unknown AioContext %p", (void *)ctx);
    }
    if (qemu_in_coroutine()) {
        rt_fatal("aio_poll: called from a coroutine");
    }
    if (woken_head) {
        Coroutine *co = woken_head;

        woken_head = co->next_woken;
        if (!woken_head) {
            woken_tail = NULL;
        }
        co->next_woken = NULL;
        co->state = CO_YIELDED;
        qemu_coroutine_enter(co);
        return true;
    }
    if (bh_head) {
        BH *bh = bh_head;

        bh_head = bh->next;
        if (!bh_head) {
            bh_tail = NULL;
        }
        bh_count--;
        bh_depth++;
        bh->cb(bh->opaque);
        bh_depth--;
        stats.bh_run++;
        free(bh);
        return true;
    }
    return false;
}

static void poll_while(bool *in_progress, const char *who)
{
    while (*in_progress) {
        if (!aio_poll(&main_ctx, true)) {
            rt_fatal("%s: the coroutine has not finished but nothing is "
                     "left to run (deadlock)", who);
        }
    }
}

#ifdef COWRAP_LEGACY
static BlockDriverState *last_polled_bs;

BlockDriverState *rt_last_polled_bs(void)
{
    return last_polled_bs;
}

int bdrv_poll_co(BdrvPollCo *s)
{
    if (qemu_in_coroutine()) {
        rt_fatal("bdrv_poll_co: called from a coroutine");
    }
    if (!s->bs) {
        rt_fatal("bdrv_poll_co: poll_state.bs is NULL");
    }
    if (!s->in_progress || !s->co) {
        rt_fatal("bdrv_poll_co: poll state not set up");
    }
    stats.poll_co++;
    last_polled_bs = s->bs;
    aio_co_enter(bdrv_get_aio_context(s->bs), s->co);
    poll_while(&s->in_progress, "bdrv_poll_co");
    return s->ret;
}
#else
void bdrv_poll_co(BdrvPollCo *s)
{
    if (qemu_in_coroutine()) {
        rt_fatal("bdrv_poll_co: called from a coroutine");
    }
    if (!s->ctx) {
        rt_fatal("bdrv_poll_co: poll_state.ctx is NULL");
    }
    if (!s->in_progress || !s->co) {
        rt_fatal("bdrv_poll_co: poll state not set up");
    }
    stats.poll_co++;
    aio_co_enter(s->ctx, s->co);
    poll_while(&s->in_progress, "bdrv_poll_co");
}
#endif

typedef struct RunInCo {
    CoroutineEntry *fn;
    void *opaque;
    bool in_progress;
} RunInCo;

static void coroutine_fn run_in_co_entry(void *opaque)
{
    RunInCo *r = opaque;

    r->fn(r->opaque);
    r->in_progress = false;
}

void rt_run_in_coroutine(CoroutineEntry *fn, void *opaque)
{
    RunInCo r = { .fn = fn, .opaque = opaque, .in_progress = true };

    if (qemu_in_coroutine()) {
        rt_fatal("rt_run_in_coroutine: called from a coroutine");
    }
    qemu_coroutine_enter(qemu_coroutine_create(run_in_co_entry, &r));
    poll_while(&r.in_progress, "rt_run_in_coroutine");
}

/* ------------------------------------------------------------------ */
/* Graph lock                                                          */
/* ------------------------------------------------------------------ */

void coroutine_fn bdrv_graph_co_rdlock(void)
{
    if (!qemu_in_coroutine()) {
        rt_fatal("bdrv_graph_co_rdlock: not in a coroutine");
    }
    if (wrlock_depth) {
        rt_fatal("bdrv_graph_co_rdlock: the writer lock is held");
    }
    co_rdlock_depth++;
    stats.co_rdlock_taken++;
}

void coroutine_fn bdrv_graph_co_rdunlock(void)
{
    if (!qemu_in_coroutine()) {
        rt_fatal("bdrv_graph_co_rdunlock: not in a coroutine");
    }
    if (co_rdlock_depth <= 0) {
        rt_fatal("bdrv_graph_co_rdunlock: reader lock not held");
    }
    co_rdlock_depth--;
}

void bdrv_graph_rdlock_main_loop(void)
{
    if (qemu_in_coroutine()) {
        rt_fatal("bdrv_graph_rdlock_main_loop: in a coroutine");
    }
    if (wrlock_depth) {
        rt_fatal("bdrv_graph_rdlock_main_loop: the writer lock is held");
    }
    main_rdlock_depth++;
    stats.main_rdlock_taken++;
}

void bdrv_graph_rdunlock_main_loop(void)
{
    if (qemu_in_coroutine()) {
        rt_fatal("bdrv_graph_rdunlock_main_loop: in a coroutine");
    }
    if (main_rdlock_depth <= 0) {
        rt_fatal("bdrv_graph_rdunlock_main_loop: reader lock not held");
    }
    main_rdlock_depth--;
}

void bdrv_graph_wrlock(void)
{
    if (qemu_in_coroutine()) {
        rt_fatal("bdrv_graph_wrlock: in a coroutine");
    }
    if (wrlock_depth) {
        rt_fatal("bdrv_graph_wrlock: already held (not recursive)");
    }
    if (co_rdlock_depth || main_rdlock_depth) {
        rt_fatal("bdrv_graph_wrlock: readers hold the graph lock "
                 "(%d in coroutines, %d on the main loop)",
                 co_rdlock_depth, main_rdlock_depth);
    }
    wrlock_depth++;
    stats.wrlock_taken++;
}

void bdrv_graph_wrunlock(void)
{
    if (qemu_in_coroutine()) {
        rt_fatal("bdrv_graph_wrunlock: in a coroutine");
    }
    if (wrlock_depth <= 0) {
        rt_fatal("bdrv_graph_wrunlock: writer lock not held");
    }
    wrlock_depth--;
}

void assume_graph_lock(void)
{
    stats.assume_graph_lock++;
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */
/* ------------------------------------------------------------------ */

RtStats rt_stats(void)
{
    return stats;
}

int rt_coroutines_live(void)
{
    return co_live;
}

int rt_graph_co_rdlock_depth(void)
{
    return co_rdlock_depth;
}

int rt_graph_main_rdlock_depth(void)
{
    return main_rdlock_depth;
}

int rt_graph_rdlock_depth(void)
{
    return co_rdlock_depth + main_rdlock_depth;
}

int rt_graph_wrlock_depth(void)
{
    return wrlock_depth;
}

bool rt_in_bh(void)
{
    return bh_depth > 0;
}

int rt_bh_pending(void)
{
    return bh_count;
}
