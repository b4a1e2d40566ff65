/* a/z.h */
int coroutine_fn bdrv_co_a_z(BlockDriverState *bs);
int co_wrapper bdrv_a_z(BlockDriverState *bs);
