/* Checks the wrappers generated for kv.h with the "tasks" dialect. */
#include "task.h"
#include "kv.h"

#include <string.h>

/* Suspends the running task once, so that it only goes on through the loop. */
static void wake(void *task)
{
    task_wake(task);
}

static void hop(void)
{
    loop_defer(wake, task_self());
    task_yield();
}

/* ---- the targets -------------------------------------------------------- */

int task_fn async_kv_get(KvStore *kv, int key)
{
    CHECK(task_self() != NULL, "async_kv_get runs in a task");
    hop();
    return kv->values[key];
}

void task_fn async_kv_put(KvStore *kv, int key, int value)
{
    CHECK(task_self() != NULL, "async_kv_put runs in a task");
    hop();
    kv->values[key] = value;
}

int task_fn async_kv_sum(KvStore *kv, const int keys[], int n)
{
    int sum = 0;
    CHECK(task_self() != NULL, "async_kv_sum runs in a task");
    for (int i = 0; i < n; i++) {
        sum += kv->values[keys[i]];
    }
    return sum;
}

const char *task_fn async_kv_name(KvStore *kv)
{
    CHECK(task_self() != NULL, "async_kv_name runs in a task");
    CHECK(store_lock_depth() == 1, "async_kv_name holds the store lock");
    hop();
    CHECK(store_lock_depth() == 1, "async_kv_name still holds the store lock after a hop");
    return kv->name;
}

int task_fn async_kv_count(void)
{
    CHECK(task_self() != NULL, "async_kv_count runs in a task");
    return 16;
}

int kv_flush(KvStore *kv)
{
    CHECK(task_self() == NULL, "kv_flush runs on the loop, outside tasks");
    CHECK(store_lock_depth() == 0, "kv_flush runs without the store lock");
    return ++kv->flushes;
}

void kv_compact(KvStore *kv, int (*keep)(int key, int value))
{
    CHECK(task_self() == NULL, "kv_compact runs on the loop, outside tasks");
    CHECK(store_lock_depth() == 1, "kv_compact holds the store lock");
    for (int i = 0; i < 16; i++) {
        if (!keep(i, kv->values[i])) {
            kv->values[i] = 0;
        }
    }
}

/* ---- the checks --------------------------------------------------------- */

static int keep_small(int key, int value)
{
    (void)key;
    return value < 100;
}

static void in_a_task(void *opaque)
{
    KvStore *kv = opaque;
    Task *me = task_self();
    TaskStats before = task_stats();
    static const int keys[] = { 1, 2, 3 };

    CHECK(kv_sum(kv, keys, 3) == 10 + 20 + 30, "kv_sum inside a task returns the sum");
    CHECK(task_stats().spawned == before.spawned, "mixed kv_sum inside a task spawns no task");

    CHECK(async_kv_flush(kv) == 1, "async_kv_flush returns kv_flush's result");
    CHECK(async_kv_flush(kv) == 2, "async_kv_flush again");
    CHECK(task_self() == me, "async_kv_flush comes back to the same task");
    CHECK(task_stats().yields - before.yields == 2, "each deferred call yields once");

    async_kv_compact(kv, keep_small);
    CHECK(store_lock_depth() == 0, "async_kv_compact released the store lock");
}

int main(void)
{
    KvStore kv = { .name = "demo" };
    TaskStats before = task_stats();
    static const int keys[] = { 1, 2, 3 };

    kv_put(&kv, 1, 10);
    kv_put(&kv, 2, 20);
    kv_put(&kv, 3, 30);
    kv_put(&kv, 4, 400);
    CHECK(kv_get(&kv, 3) == 30, "kv_get returns what kv_put stored");
    CHECK(task_stats().spawned - before.spawned == 5, "each blocking call ran one task");
    CHECK(task_stats().finished - before.finished == 5, "and each task finished");

    CHECK(kv_sum(&kv, keys, 3) == 60, "kv_sum outside a task runs a task");
    CHECK(task_stats().spawned - before.spawned == 6, "mixed kv_sum outside a task spawns one");

    CHECK(strcmp(kv_name(&kv), "demo") == 0, "kv_name returns the name");
    CHECK(store_lock_depth() == 0, "kv_name released the store lock");
    CHECK(task_stats().locks - before.locks == 1, "kv_name took the store lock once");
    CHECK(kv_count() == 16, "kv_count (no parameters)");

    loop_run_until(task_spawn(in_a_task, &kv));
    CHECK(kv.flushes == 2, "kv_flush ran twice");
    CHECK(kv.values[4] == 0 && kv.values[3] == 30, "kv_compact dropped the big value only");
    CHECK(task_stats().locks - before.locks == 2, "async_kv_compact took the store lock");

    return check_finish();
}
