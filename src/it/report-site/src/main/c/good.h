/* good.h: one declaration for most kinds of mark, all accepted. */
#ifndef GOOD_H
#define GOOD_H

int coroutine_fn GRAPH_RDLOCK
blk_co_pread(BlockBackend *blk, int64_t offset, int64_t bytes, void *buf);
int co_wrapper_mixed_bdrv_rdlock
blk_pread(BlockBackend *blk, int64_t offset, int64_t bytes, void *buf);

void co_wrapper blk_drain_all(void);

int64_t co_wrapper_bdrv_rdlock blk_getlength(BlockBackend *blk);

BlockBackend *coroutine_fn no_co_wrapper
blk_co_new_open(const char *filename, int flags, Error **errp);

int coroutine_fn no_co_wrapper_bdrv_wrlock
blk_co_attach(BlockBackend *blk, BlockBackend *child /* the new child */);

#endif
