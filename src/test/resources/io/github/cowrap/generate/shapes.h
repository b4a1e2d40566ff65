/*
 * Every mark and return shape, with names whose letters change case differently under a Turkish
 * locale (i, I): a locale-dependent upper-casing would give BdrvİnvalidateIo.
 */
#ifndef SHAPES_H
#define SHAPES_H

int co_wrapper_mixed_bdrv_rdlock
bdrv_invalidate_io(BdrvChild *child, int64_t offset, int64_t bytes,
                   const void *buf /* in */, BdrvRequestFlags flags);

int64_t co_wrapper_bdrv_rdlock bdrv_init_info(BlockDriverState *bs);

void co_wrapper bdrv_idle_io(BlockBackend *blk);

BlockDriverState * co_wrapper_mixed bdrv_insert_item(BlockDriverState *bs, int index);

int coroutine_fn no_co_wrapper bdrv_co_iterate_items(BlockDriverState *bs, int count);

const char * coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_item_id(BlockDriverState *bs);

void coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_insert_edge(BlockDriverState *parent,
                                                                BlockDriverState *child);

#if 0
int co_wrapper bdrv_ignored_item(BlockDriverState *bs);
#endif

#endif
