/* a.h */
int coroutine_fn bdrv_co_a3(BlockDriverState *bs);
int co_wrapper bdrv_a3(BlockDriverState *bs);
int coroutine_fn bdrv_co_a1(BlockDriverState *bs);
int co_wrapper bdrv_a1(BlockDriverState *bs);
int coroutine_fn bdrv_co_a2(BlockDriverState *bs);
int co_wrapper bdrv_a2(BlockDriverState *bs);
