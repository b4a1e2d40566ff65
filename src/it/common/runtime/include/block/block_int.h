/* Test runtime stand-in for QEMU's block/block_int.h. */
#ifndef COWRAP_BLOCK_BLOCK_INT_H
#define COWRAP_BLOCK_BLOCK_INT_H
#include "cowrap_rt.h"
#endif
