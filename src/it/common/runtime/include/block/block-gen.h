/* Test runtime stand-in for QEMU's block/block-gen.h (BdrvPollCo and
 * bdrv_poll_co() are in cowrap_rt.h; -DCOWRAP_LEGACY picks the old form). */
#ifndef COWRAP_BLOCK_BLOCK_GEN_H
#define COWRAP_BLOCK_BLOCK_GEN_H
#include "cowrap_rt.h"
#endif
