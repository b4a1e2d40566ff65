int co_wrapper zed_flush(BlockDriverState *bs);
