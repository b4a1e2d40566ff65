/* The target bdrv_co_seek (good.h) takes an int64_t offset; this wrapper says int. */
int co_wrapper bdrv_seek(BlockDriverState *bs, int offset);

/* a target declared nowhere: a warning, not an error */
int co_wrapper bdrv_lost(BlockDriverState *bs);
