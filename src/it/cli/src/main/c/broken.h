/* Rejected input for the command line: every problem must be reported. */
#include "disk.h"

/* a mark the qemu dialect does not have (line 5) */
int co_wrapper_bdrv_wrlock bdrv_save(BlockDriverState *bs, int64_t offset);

/* variadic functions cannot be wrapped (line 8) */
int co_wrapper bdrv_printf(BlockDriverState *bs, const char *fmt, ...);
