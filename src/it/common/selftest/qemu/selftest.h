/*
 * Self-test header for the qemu dialect: one declaration for every mark.
 *
 * Each marked declaration sits on lines of the shape
 * "RET [coroutine_fn] MARK NAME(ARGS);" so that both the plugin and QEMU's
 * own generator (used only by hand, outside this repository) accept it.
 * The targets are defined in driver.c.
 */
#ifndef SELFTEST_H
#define SELFTEST_H

#include "cowrap_rt.h"

typedef struct Blob {
    int64_t offset;
    uint32_t flags;
    char tag[8];
} Blob;

/* co_wrapper: plain; int result, 64-bit and pointer arguments */
int coroutine_fn bdrv_co_plain(BlockDriverState *bs, int64_t offset,
                               int *out);
int co_wrapper bdrv_plain(BlockDriverState *bs, int64_t offset,
                          int *out);

/* co_wrapper_mixed: void result, struct passed by pointer */
void coroutine_fn bdrv_co_touch(BdrvChild *child, Blob *blob);
void co_wrapper_mixed bdrv_touch(BdrvChild *child, Blob *blob);

/* co_wrapper_bdrv_rdlock: int64_t result */
int64_t coroutine_fn bdrv_co_size(BlockDriverState *bs);
int64_t co_wrapper_bdrv_rdlock bdrv_size(BlockDriverState *bs);

/* co_wrapper_mixed_bdrv_rdlock: pointer result */
Blob *coroutine_fn blk_co_find(BlockBackend *blk, uint64_t key);
Blob * co_wrapper_mixed_bdrv_rdlock blk_find(BlockBackend *blk, uint64_t key);

/* no_co_wrapper: int result */
int bdrv_flip(BlockDriverState *bs, int value);
int coroutine_fn no_co_wrapper bdrv_co_flip(BlockDriverState *bs, int value);

/* no_co_wrapper_bdrv_rdlock: bool result */
bool bdrv_peek(BdrvChild *child, uint64_t bits);
bool coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_peek(BdrvChild *child,
                                                       uint64_t bits);

/* no_co_wrapper_bdrv_wrlock: void result */
void bdrv_rewire(BlockDriverState *bs, BlockDriverState *to);
void coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_rewire(BlockDriverState *bs,
                                                         BlockDriverState *to);

#endif /* SELFTEST_H */
