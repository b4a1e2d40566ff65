/*
 * Self-test header for the qemu-legacy dialect: generated_co_wrapper with
 * each allowed first parameter (BlockDriverState *, BdrvChild *,
 * BlockBackend *). Marked declarations are on one line each, the shape the
 * QEMU 5.2-7.2 generator (used only by hand, outside this repository)
 * accepts. The targets are defined in driver_legacy.c.
 */
#ifndef SELFTEST_LEGACY_H
#define SELFTEST_LEGACY_H

#include "cowrap_rt.h"

int coroutine_fn bdrv_co_check_node(BlockDriverState *bs, int64_t offset, int *out);
int generated_co_wrapper bdrv_check_node(BlockDriverState *bs, int64_t offset, int *out);

int coroutine_fn bdrv_co_readv(BdrvChild *child, int64_t offset, void *buf);
int generated_co_wrapper bdrv_readv(BdrvChild *child, int64_t offset, void *buf);

int coroutine_fn blk_co_flush(BlockBackend *blk);
int generated_co_wrapper blk_flush(BlockBackend *blk);

#endif /* SELFTEST_LEGACY_H */
