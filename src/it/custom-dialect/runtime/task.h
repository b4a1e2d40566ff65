/*
 * tinytask: a tiny coroutine library, the worked example of a user-defined
 * cowrap dialect. One thread, one event loop, tasks with their own stacks.
 *
 * Nothing here is QEMU's: the names are this library's own.
 */
#ifndef TINYTASK_H
#define TINYTASK_H

#include <stdbool.h>
#include <stdio.h>

/* Annotation: a function that may only run inside a task. */
#define task_fn

/*
 * The marks of the "tasks" dialect (see the cowrap configuration). They expand
 * to nothing for the compiler; cowrap reads them in the headers.
 */
#define TASK_BLOCKING         /* NAME runs async_NAME in a task and waits */
#define TASK_BLOCKING_MIXED   /* same, but inside a task calls async_NAME directly */
#define TASK_BLOCKING_LOCKED  /* same as TASK_BLOCKING, with the store lock held */
#define TASK_DEFERRED         /* async_NAME (in a task) runs NAME on the loop */
#define TASK_DEFERRED_LOCKED  /* same, with the store lock held on the loop */

typedef struct Task Task;
typedef void TaskFn(void *arg);

/* Creates a task running fn(arg) and queues it on the loop. */
Task *task_spawn(TaskFn *fn, void *arg);
/* The running task, or NULL outside tasks. */
Task *task_self(void);
/* Suspends the running task until someone calls task_wake() on it. */
void task_yield(void);
/* Queues a suspended task to resume on the loop. */
void task_wake(Task *task);

/* Runs fn(arg) on the loop, outside any task, as a later step. */
void loop_defer(void (*fn)(void *arg), void *arg);
/*
 * Runs the loop until the task has finished, then releases it. Only outside
 * tasks; aborts on a deadlock (nothing to run and the task not finished).
 */
void loop_run_until(Task *task);

/* The "store" lock of the example: counted; misuse aborts. */
void store_lock(void);
void store_unlock(void);
int store_lock_depth(void);

/* Counters since start, for tests. */
typedef struct TaskStats {
    int spawned, finished, yields, woken, deferred, locks;
} TaskStats;
TaskStats task_stats(void);

/* Test checks: print "ok: ..." or "FAIL: ...". */
void check_report(bool ok, const char *what, const char *file, int line);
#define CHECK(cond, what) check_report((cond), (what), __FILE__, __LINE__)
/* Checks the loop is idle, prints "N passed, M failed"; the exit status. */
int check_finish(void);

#endif
