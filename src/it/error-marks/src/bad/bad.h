/*
 * Bad marks, one per problem the plugin must report: each makes the second
 * invocation fail with file:line:column and what is wrong, and none may
 * touch the output of the first invocation. (Never compiled.)
 */

/* an unknown mark that looks like one */
int co_wrapper_bdrv_wrlock bdrv_wr(BlockDriverState *bs);

/* a co wrapper whose name contains _co_ */
int co_wrapper bdrv_co_read(BlockDriverState *bs);

/* a no_co wrapper whose second word is not co */
int coroutine_fn no_co_wrapper bdrv_write(BlockDriverState *bs);

/* variadic */
int co_wrapper bdrv_log(BlockDriverState *bs, const char *fmt, ...);

/* an unnamed parameter */
int co_wrapper bdrv_seek(BlockDriverState *, int64_t offset);

/* a parameter named like the generated code's own variables */
int co_wrapper bdrv_status(BlockDriverState *bs, int ret);

/* a mark on something that is not a function declaration */
int co_wrapper bdrv_counter;

/* a syntax error inside a marked declaration */
int co_wrapper bdrv_trim(BlockDriverState *bs int64_t offset);

/* the same wrapper twice, with different signatures */
int co_wrapper bdrv_sync(BlockDriverState *bs);
int co_wrapper bdrv_sync(BlockDriverState *bs, int flags);

/* fine on its own: must not be generated either, the run fails as a whole */
int co_wrapper bdrv_fine(BlockDriverState *bs);
