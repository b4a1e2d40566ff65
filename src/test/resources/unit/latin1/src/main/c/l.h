/* café crème */
int co_wrapper latin_flush(BlockDriverState *bs);
