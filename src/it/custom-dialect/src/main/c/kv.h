/*
 * A key-value store on tinytask. The marked declarations ask cowrap for
 * wrappers; the targets (async_kv_get, kv_flush, ...) are written by hand.
 */
#ifndef KV_H
#define KV_H

#include "task.h"

typedef struct KvStore {
    int values[16];
    int flushes;
    const char *name;
} KvStore;

/* The coroutine functions: run inside a task. */
int task_fn async_kv_get(KvStore *kv, int key);
void task_fn async_kv_put(KvStore *kv, int key, int value);
int task_fn async_kv_sum(KvStore *kv, const int keys[], int n);
const char *task_fn async_kv_name(KvStore *kv);
int task_fn async_kv_count(void);

/* The ordinary functions: run on the loop, outside tasks. */
int kv_flush(KvStore *kv);
void kv_compact(KvStore *kv, int (*keep)(int key, int value));

/* Blocking wrappers: call them from ordinary code. */
int TASK_BLOCKING kv_get(KvStore *kv, int key);
void TASK_BLOCKING kv_put(KvStore *kv, int key, int value);
int TASK_BLOCKING_MIXED kv_sum(KvStore *kv, const int keys[], int n);
const char *TASK_BLOCKING_LOCKED kv_name(KvStore *kv);
int TASK_BLOCKING kv_count(void);

/* Deferred wrappers: call them from a task. */
int task_fn TASK_DEFERRED async_kv_flush(KvStore *kv);
void task_fn TASK_DEFERRED_LOCKED async_kv_compact(KvStore *kv,
                                                   int (*keep)(int key, int value));

#endif
