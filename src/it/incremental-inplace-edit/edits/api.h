int coroutine_fn bdrv_co_fluss(BlockDriverState *bs);
int co_wrapper bdrv_fluss(BlockDriverState *bs);
