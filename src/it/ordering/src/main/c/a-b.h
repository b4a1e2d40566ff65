/* a-b.h */
int coroutine_fn bdrv_co_a_dash_b(BlockDriverState *bs);
int co_wrapper bdrv_a_dash_b(BlockDriverState *bs);
