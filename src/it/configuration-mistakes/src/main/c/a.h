/* The one good header of this project: every build below but the third must leave it as it is. */
int coroutine_fn bdrv_co_flush(BlockDriverState *bs);
int co_wrapper bdrv_flush(BlockDriverState *bs);
