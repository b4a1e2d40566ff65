/* Test runtime stand-in for QEMU's block/dirty-bitmap.h. */
#ifndef COWRAP_BLOCK_DIRTY_BITMAP_H
#define COWRAP_BLOCK_DIRTY_BITMAP_H
#include "cowrap_rt.h"
#endif
