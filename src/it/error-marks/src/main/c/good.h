/* The good header: the first invocation generates and runs its wrappers. */
#ifndef GOOD_H
#define GOOD_H

#include "cowrap_rt.h"

int coroutine_fn bdrv_co_probe(BlockDriverState *bs, int64_t offset);
int co_wrapper bdrv_probe(BlockDriverState *bs, int64_t offset);

int bdrv_drop(BlockDriverState *bs);
int coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_drop(BlockDriverState *bs);

#endif /* GOOD_H */
