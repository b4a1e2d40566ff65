/*
 * Parameters of every kind for the qemu dialect: none at all, written
 * "(void)" and "()" (one of each per mark); pointers, 64-bit values and a
 * struct by pointer; function pointers; arrays (the plugin makes them pointer
 * members of the argument struct). Some declarations span lines and carry
 * comments and attributes. (A parameter may not be named opaque, the
 * generated code's own name, but a function pointer's parameter may.) The
 * targets are defined in src/test/c/driver.c.
 */
#ifndef ARGS_H
#define ARGS_H

#include "cowrap_rt.h"

typedef struct Blob {
    int64_t offset;
    uint64_t length;
    uint32_t flags;
    char tag[8];
} Blob;

/* ---- no parameters ------------------------------------------------- */

int coroutine_fn bdrv_co_count(void);
int co_wrapper bdrv_count(void);

void coroutine_fn bdrv_co_reset();
void co_wrapper_mixed bdrv_reset();

int64_t coroutine_fn bdrv_co_epoch(void);
int64_t co_wrapper_bdrv_rdlock bdrv_epoch(void);

bool coroutine_fn bdrv_co_idle();
bool co_wrapper_mixed_bdrv_rdlock bdrv_idle();

unsigned long long bdrv_ticks(void);
unsigned long long coroutine_fn no_co_wrapper bdrv_co_ticks(void);

const char *bdrv_version();
const char *coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_version();

struct Blob *bdrv_claim(void);
struct Blob *coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_claim(void);

/* ---- pointers, 64-bit values, a struct by pointer ------------------ */

int coroutine_fn bdrv_co_pwrite(BdrvChild *child, int64_t offset,
                                uint64_t bytes, const void *buf, Blob *blob,
                                Error **errp);
int co_wrapper_mixed_bdrv_rdlock
bdrv_pwrite(BdrvChild *child, /* where */ int64_t offset,
            uint64_t bytes,   /* how much, may exceed 4 GiB */
            const void *buf,
            Blob *blob,
            Error **errp) __attribute__((warn_unused_result));

int64_t bdrv_move(BlockDriverState *bs, BlockDriverState *to, int64_t delta,
                  struct Blob *blob);
int64_t coroutine_fn
no_co_wrapper_bdrv_wrlock bdrv_co_move(BlockDriverState *bs,
                                       BlockDriverState *to,
                                       int64_t delta,
                                       struct Blob *blob);

/* ---- function pointers --------------------------------------------- */

int coroutine_fn bdrv_co_visit(BlockDriverState *bs,
                               int (*visit)(Blob *blob, void *opaque),
                               void *arg);
int co_wrapper bdrv_visit(BlockDriverState *bs,
                          int (*visit)(Blob *blob, void *opaque),
                          void *arg);

void bdrv_each(BlockDriverState *bs, int64_t n,
               void (*fn)(int64_t index, void *opaque), void *arg);
void coroutine_fn no_co_wrapper bdrv_co_each(BlockDriverState *bs, int64_t n,
                                             void (*fn)(int64_t index,
                                                        void *opaque),
                                             void *arg);

/* ---- arrays -------------------------------------------------------- */

int64_t coroutine_fn bdrv_co_sum(BlockDriverState *bs, const int64_t vals[],
                                 size_t n);
int64_t co_wrapper_mixed bdrv_sum(BlockDriverState *bs, const int64_t vals[],
                                  size_t n);

int coroutine_fn bdrv_co_label(BlockDriverState *bs, char tag[8],
                               int64_t grid[][2], int rows);
int co_wrapper_bdrv_rdlock bdrv_label(BlockDriverState *bs, char tag[8],
                                      int64_t grid[][2], int rows);

bool bdrv_fill(BlockDriverState *bs, uint8_t buf[16], uint8_t byte);
bool coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_fill(BlockDriverState *bs,
                                                         uint8_t buf[16],
                                                         uint8_t byte);

#endif /* ARGS_H */
