/*
 * node.h: the graph of image nodes. Changing the graph happens on the main
 * loop; coroutines call the no_co wrappers, which schedule the work there.
 */
#ifndef DEMO_NODE_H
#define DEMO_NODE_H

#include "block/block-common.h"

ImageNode *node_open(const char *filename, int flags, Error **errp);

ImageNode * coroutine_fn no_co_wrapper
node_co_open(const char *filename, int flags, Error **errp);

int node_attach(ImageNode *parent, ImageNode *child, Error **errp);

int coroutine_fn no_co_wrapper_bdrv_wrlock
node_co_attach(ImageNode *parent, ImageNode *child, Error **errp);

const char *node_describe(ImageNode *node);

const char * coroutine_fn no_co_wrapper_bdrv_rdlock
node_co_describe(ImageNode *node);

#endif /* DEMO_NODE_H */
