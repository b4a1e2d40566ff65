/* The good header: each wrapper matches its target's declaration. */
#ifndef GOOD_H
#define GOOD_H

#include "cowrap_rt.h"

/* the same types spelt differently: char const * and const char *, an array and a pointer */
int coroutine_fn bdrv_co_label(BlockDriverState *bs, char const *name, int64_t slots[4]);
int co_wrapper bdrv_label(BlockDriverState *bs, const char* name, int64_t *slots);

/* a parameter named opaque: only the entry function's own parameter is called so */
int64_t coroutine_fn bdrv_co_size(BlockDriverState *bs, void *opaque);
int64_t co_wrapper_mixed bdrv_size(BlockDriverState *bs, void *opaque);

void no_coroutine_fn bdrv_close(BlockDriverState *bs);
void coroutine_fn no_co_wrapper bdrv_co_close(BlockDriverState *bs);

/* declared for the second invocation's drift.h, which wraps it with a wrong type */
int coroutine_fn bdrv_co_seek(BlockDriverState *bs, int64_t offset);

#endif /* GOOD_H */
