int co_wrapper mid_flush(BlockDriverState *bs);
