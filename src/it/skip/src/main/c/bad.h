/* Would fail the build if it were read: with skip, the plugin reads nothing. */
int co_wrapper_bdrv_wrlock bdrv_never(BlockDriverState *bs);
