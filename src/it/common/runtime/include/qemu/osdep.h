/* Test runtime stand-in for QEMU's qemu/osdep.h: system headers + runtime. */
#ifndef COWRAP_QEMU_OSDEP_H
#define COWRAP_QEMU_OSDEP_H
#include "cowrap_rt.h"
#endif
