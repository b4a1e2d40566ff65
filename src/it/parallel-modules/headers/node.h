/* Shared by every module of the parallel build. */
#ifndef NODE_H
#define NODE_H

int coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_attach_child(BlockDriverState *parent,
                                                                 BlockDriverState *child, Error **errp);

const char * coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_node_name(BlockDriverState *bs);

int64_t co_wrapper_mixed blk_total_size(BlockBackend *blk);

void co_wrapper_mixed_bdrv_rdlock bdrv_refresh_limits(BlockDriverState *bs, Error **errp);

#endif
