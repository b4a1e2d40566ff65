/*
 * Wrappers for the template-override IT: the co wrappers come from the IT's
 * own co.vm (src/templates), the no_co wrapper from the built-in no_co.vm.
 */
#ifndef TRACED_H
#define TRACED_H

#include "cowrap_rt.h"

/* Called by the code the IT's co.vm writes. */
void it_trace(const char *what);

int coroutine_fn bdrv_co_stat(BlockDriverState *bs, int64_t *size);
int co_wrapper_mixed_bdrv_rdlock bdrv_stat(BlockDriverState *bs, int64_t *size);

void coroutine_fn bdrv_co_kick(BlockDriverState *bs);
void co_wrapper bdrv_kick(BlockDriverState *bs);

int bdrv_detach(BlockDriverState *bs);
int coroutine_fn no_co_wrapper bdrv_co_detach(BlockDriverState *bs);

#endif /* TRACED_H */
