int co_wrapper good_flush(BlockDriverState *bs);

int co_wrapper bad_co_flush(BlockDriverState *bs);
