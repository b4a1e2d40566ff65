/*
 * image.h: reading and writing disk images.
 *
 * Each coroutine function below has an ordinary twin for callers outside
 * coroutines; the cowrap plugin generates the twins from the marked
 * declarations.
 */
#ifndef DEMO_IMAGE_H
#define DEMO_IMAGE_H

#include "block/block-common.h"

int coroutine_fn GRAPH_RDLOCK
img_co_read(ImageNode *node, int64_t offset, int64_t bytes, void *buf);

/* Callable from anywhere: runs img_co_read in a coroutine when needed. */
int co_wrapper_mixed_bdrv_rdlock
img_read(ImageNode *node, int64_t offset, int64_t bytes, void *buf);

int coroutine_fn GRAPH_RDLOCK
img_co_write(ImageNode *node, int64_t offset, int64_t bytes,
             const void *buf /* not modified */);

int co_wrapper_mixed_bdrv_rdlock
img_write(ImageNode *node, int64_t offset, int64_t bytes,
          const void *buf /* not modified */);

int64_t coroutine_fn GRAPH_RDLOCK img_co_length(ImageNode *node);
int64_t co_wrapper_bdrv_rdlock img_length(ImageNode *node);

void coroutine_fn img_co_flush_cache(ImageNode *node);
void co_wrapper img_flush_cache(ImageNode *node);

#ifdef DEMO_WITH_SNAPSHOTS
/* Not wrapped: DEMO_WITH_SNAPSHOTS is not defined. */
int co_wrapper img_snapshot(ImageNode *node, const char *name);
#endif

#endif /* DEMO_IMAGE_H */
