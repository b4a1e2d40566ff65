/* The header of the build-cache IT; build 3 replaces it with src/before-build-3/cache.h. */
#ifndef CACHE_H
#define CACHE_H

int coroutine_fn bdrv_co_flush(BlockDriverState *bs);
int co_wrapper bdrv_flush(BlockDriverState *bs);

int64_t coroutine_fn bdrv_co_size(BlockDriverState *bs);
int64_t co_wrapper_mixed bdrv_size(BlockDriverState *bs);

#ifdef WITH_EXTRA
int coroutine_fn bdrv_co_extra(BlockDriverState *bs, int level);
int co_wrapper bdrv_extra(BlockDriverState *bs, int level);
#endif

#endif
