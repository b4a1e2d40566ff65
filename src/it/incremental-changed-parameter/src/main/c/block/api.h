/* The inputs of an incremental-build IT. */
#ifndef API_H
#define API_H

int coroutine_fn GRAPH_RDLOCK bdrv_co_preadv(BdrvChild *child, int64_t offset, int64_t bytes, void *buf);
int co_wrapper_mixed_bdrv_rdlock bdrv_preadv(BdrvChild *child, int64_t offset, int64_t bytes, void *buf);

int64_t co_wrapper bdrv_getlength(BlockDriverState *bs);

void co_wrapper blk_drain_all(BlockBackend *blk);

BlockDriverState * coroutine_fn no_co_wrapper bdrv_co_find_node(const char *name);

#ifdef WITH_EXTRA
int co_wrapper bdrv_extra(BlockDriverState *bs, int level);
#endif

#endif
