/* bad.h: one good wrapper and two rejected declarations. */
#ifndef BAD_H
#define BAD_H

int co_wrapper blk_flush(BlockBackend *blk);

/* co wrappers take no write lock: not a mark of the dialect */
int co_wrapper_bdrv_wrlock blk_truncate(BlockBackend *blk, int64_t size);

/* a co wrapper's name must not name the coroutine function */
int co_wrapper blk_co_discard(BlockBackend *blk);

#endif
