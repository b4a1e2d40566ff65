int co_wrapper alpha_flush(BlockDriverState *bs);
