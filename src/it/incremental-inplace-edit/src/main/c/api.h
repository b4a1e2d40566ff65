int coroutine_fn bdrv_co_flush(BlockDriverState *bs);
int co_wrapper bdrv_flush(BlockDriverState *bs);
