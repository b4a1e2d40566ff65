/* a/b/c.h */
int coroutine_fn bdrv_co_a_b_c(BlockDriverState *bs);
int co_wrapper bdrv_a_b_c(BlockDriverState *bs);
