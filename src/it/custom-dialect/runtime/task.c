/* tinytask: see task.h. ucontext coroutines, one ready queue, one deferred queue. */
#define _GNU_SOURCE
#include "task.h"

#include <stdarg.h>
#include <stdlib.h>
#include <ucontext.h>

#define TASK_STACK_SIZE (128 * 1024)

struct Task {
    ucontext_t ctx;
    ucontext_t caller;   /* where the task returns to when it yields or ends */
    TaskFn *fn;
    void *arg;
    bool finished;
    bool suspended;
    char *stack;
    Task *next;          /* in the ready queue */
};

typedef struct Deferred {
    void (*fn)(void *arg);
    void *arg;
    struct Deferred *next;
} Deferred;

static Task *current;
static Task *ready_head, *ready_tail;
static Deferred *deferred_head, *deferred_tail;
static TaskStats stats;
static int live_tasks;
static int lock_depth;
static int passed, failed;

static void fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("FAIL: ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    fflush(stdout);
    abort();
}

static void enqueue(Task *t)
{
    t->next = NULL;
    if (ready_tail) {
        ready_tail->next = t;
    } else {
        ready_head = t;
    }
    ready_tail = t;
}

static void task_main(void)
{
    Task *t = current;
    t->fn(t->arg);
    t->finished = true;
    stats.finished++;
    /* returning resumes t->caller through uc_link */
}

Task *task_spawn(TaskFn *fn, void *arg)
{
    Task *t = calloc(1, sizeof(*t));
    if (!t || !(t->stack = malloc(TASK_STACK_SIZE))) {
        fatal("out of memory");
    }
    t->fn = fn;
    t->arg = arg;
    getcontext(&t->ctx);
    t->ctx.uc_stack.ss_sp = t->stack;
    t->ctx.uc_stack.ss_size = TASK_STACK_SIZE;
    t->ctx.uc_link = &t->caller;
    makecontext(&t->ctx, task_main, 0);
    stats.spawned++;
    live_tasks++;
    enqueue(t);
    return t;
}

Task *task_self(void)
{
    return current;
}

void task_yield(void)
{
    Task *t = current;
    if (!t) {
        fatal("task_yield called outside a task");
    }
    t->suspended = true;
    stats.yields++;
    swapcontext(&t->ctx, &t->caller);
}

void task_wake(Task *t)
{
    if (!t || !t->suspended) {
        fatal("task_wake on a task that is not suspended");
    }
    t->suspended = false;
    stats.woken++;
    enqueue(t);
}

void loop_defer(void (*fn)(void *arg), void *arg)
{
    Deferred *d = calloc(1, sizeof(*d));
    if (!d) {
        fatal("out of memory");
    }
    d->fn = fn;
    d->arg = arg;
    if (deferred_tail) {
        deferred_tail->next = d;
    } else {
        deferred_head = d;
    }
    deferred_tail = d;
    stats.deferred++;
}

/* One step of the loop: a ready task first, else a deferred call. */
static bool loop_step(void)
{
    if (ready_head) {
        Task *t = ready_head;
        ready_head = t->next;
        if (!ready_head) {
            ready_tail = NULL;
        }
        current = t;
        swapcontext(&t->caller, &t->ctx);
        current = NULL;
        return true;
    }
    if (deferred_head) {
        Deferred *d = deferred_head;
        deferred_head = d->next;
        if (!deferred_head) {
            deferred_tail = NULL;
        }
        d->fn(d->arg);
        free(d);
        return true;
    }
    return false;
}

void loop_run_until(Task *task)
{
    if (current) {
        fatal("loop_run_until called inside a task");
    }
    while (!task->finished) {
        if (!loop_step()) {
            fatal("deadlock: nothing to run and the task has not finished");
        }
    }
    free(task->stack);
    free(task);
    live_tasks--;
}

void store_lock(void)
{
    lock_depth++;
    stats.locks++;
}

void store_unlock(void)
{
    if (lock_depth == 0) {
        fatal("store_unlock without store_lock");
    }
    lock_depth--;
}

int store_lock_depth(void)
{
    return lock_depth;
}

TaskStats task_stats(void)
{
    return stats;
}

void check_report(bool ok, const char *what, const char *file, int line)
{
    if (ok) {
        passed++;
        printf("ok: %s\n", what);
    } else {
        failed++;
        printf("FAIL: %s (%s:%d)\n", what, file, line);
    }
}

int check_finish(void)
{
    CHECK(live_tasks == 0, "every task finished and was released");
    CHECK(!ready_head && !deferred_head, "nothing left on the loop");
    CHECK(lock_depth == 0, "the store lock is free");
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
