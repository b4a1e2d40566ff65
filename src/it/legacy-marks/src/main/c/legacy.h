/*
 * The qemu-legacy dialect (QEMU 5.2 to 7.2): generated_co_wrapper, a mixed
 * co wrapper returning int whose first parameter is the node, a BdrvChild or
 * a BlockBackend. The result travels in the poll state. The targets are
 * defined in src/test/c/driver.c.
 */
#ifndef LEGACY_H
#define LEGACY_H

#include "cowrap_rt.h"

typedef struct Extent {
    int64_t offset;
    uint64_t length;
} Extent;

/* BlockDriverState *: pointers, 64-bit values, a struct by pointer */
int coroutine_fn bdrv_co_map(BlockDriverState *bs, int64_t offset,
                             uint64_t bytes, Extent *extent, int64_t *pnum);
int generated_co_wrapper bdrv_map(BlockDriverState *bs, int64_t offset,
                                  uint64_t bytes, Extent *extent,
                                  int64_t *pnum);

/* BdrvChild *: an array and a function pointer */
int coroutine_fn bdrv_co_preadv(BdrvChild *child, int64_t offset,
                                uint8_t buf[32], size_t len,
                                void (*done)(int64_t offset, void *opaque),
                                void *arg);
int generated_co_wrapper
bdrv_preadv(BdrvChild *child, /* where */ int64_t offset,
            uint8_t buf[32], size_t len,
            void (*done)(int64_t offset, void *opaque),
            void *arg);

/* BlockBackend *: no other parameter; a negative result */
int coroutine_fn blk_co_flush(BlockBackend *blk);
int generated_co_wrapper blk_flush(BlockBackend *blk);

/* BlockBackend *: const pointer and flags */
int coroutine_fn blk_co_pwrite(BlockBackend *blk, int64_t offset, int bytes,
                               const void *buf, BdrvRequestFlags flags);
int generated_co_wrapper blk_pwrite(BlockBackend *blk, int64_t offset,
                                    int bytes, const void *buf,
                                    BdrvRequestFlags flags);

#endif /* LEGACY_H */
