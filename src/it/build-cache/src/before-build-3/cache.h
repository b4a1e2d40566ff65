/* The header of the build-cache IT as build 3 finds it: one wrapper more (bdrv_trim). */
#ifndef CACHE_H
#define CACHE_H

#define CACHE_V2 1

int coroutine_fn bdrv_co_flush(BlockDriverState *bs);
int co_wrapper bdrv_flush(BlockDriverState *bs);

int64_t coroutine_fn bdrv_co_size(BlockDriverState *bs);
int64_t co_wrapper_mixed bdrv_size(BlockDriverState *bs);

int coroutine_fn bdrv_co_trim(BlockDriverState *bs, int64_t bytes);
int co_wrapper bdrv_trim(BlockDriverState *bs, int64_t bytes);

#ifdef WITH_EXTRA
int coroutine_fn bdrv_co_extra(BlockDriverState *bs, int level);
int co_wrapper bdrv_extra(BlockDriverState *bs, int level);
#endif

#endif
