/* Z.h */
int coroutine_fn bdrv_co_upper_z(BlockDriverState *bs);
int co_wrapper bdrv_upper_z(BlockDriverState *bs);
