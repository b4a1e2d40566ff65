/*
 * Test runtime stand-in for QEMU's block/coroutines.h.
 *
 * In QEMU this header declares the coroutine functions the wrappers call.
 * Here those come from the test's own header. A generated file that has
 * only the default #include lines reaches that header through this one when
 * the build defines COWRAP_TEST_HEADER, e.g. -DCOWRAP_TEST_HEADER='"t.h"'
 * (ccrun.sh --header t.h does that).
 */
#ifndef COWRAP_BLOCK_COROUTINES_H
#define COWRAP_BLOCK_COROUTINES_H
#include "cowrap_rt.h"
#ifdef COWRAP_TEST_HEADER
#include COWRAP_TEST_HEADER
#endif
#endif
