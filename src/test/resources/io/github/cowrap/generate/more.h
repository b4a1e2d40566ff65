/* A second header, so that input order shows in the output. */
int co_wrapper blk_image_size(BlockBackend *blk, uint64_t *size_out);
void co_wrapper_mixed blk_idle_flush(BlockBackend *blk);
