/* Marked declarations for the command line's success case (qemu dialect). */
#ifndef DISK_H
#define DISK_H

#include "cowrap_rt.h"

int coroutine_fn bdrv_co_load(BlockDriverState *bs, int64_t offset);
int co_wrapper bdrv_load(BlockDriverState *bs, int64_t offset);

int64_t coroutine_fn bdrv_co_length(BdrvChild *child);
int64_t co_wrapper_mixed_bdrv_rdlock bdrv_length(BdrvChild *child);

void bdrv_forget(BlockDriverState *bs, int slot);
void coroutine_fn no_co_wrapper bdrv_co_forget(BlockDriverState *bs, int slot);

#endif
