/* excluded by the fileset's excludes: never read, so this bad mark is no error */
int co_wrapper_bdrv_wrlock bdrv_excluded(BlockDriverState *bs);
