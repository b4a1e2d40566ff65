/* b.h */
int coroutine_fn bdrv_co_b(BlockDriverState *bs);
int co_wrapper bdrv_b(BlockDriverState *bs);
