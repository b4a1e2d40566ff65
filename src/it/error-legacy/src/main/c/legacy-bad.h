/* qemu-legacy rules broken: the build must fail and say where and why. */

/* the return type must be int */
int64_t generated_co_wrapper bdrv_size(BlockDriverState *bs);

/* the first parameter must be BlockDriverState *, BdrvChild * or BlockBackend * */
int generated_co_wrapper bdrv_open_opts(QDict *options, BlockDriverState *bs);

/* a mark of the other dialect is not a mark of this one */
int co_wrapper_mixed bdrv_flush(BlockDriverState *bs);

/* good on its own */
int generated_co_wrapper bdrv_ok(BlockDriverState *bs);
