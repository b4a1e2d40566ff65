/*
 * Declarations under preprocessor conditionals: the plugin wraps only the
 * branches its macros select, the same ones gcc sees with the same
 * definitions (the IT passes them to both).
 */
#ifndef CONFIG_H
#define CONFIG_H

#include "cowrap_rt.h"

#ifdef CONFIG_ZONED
int coroutine_fn bdrv_co_zone_report(BlockDriverState *bs, int64_t offset,
                                     unsigned int *nr_zones);
int co_wrapper bdrv_zone_report(BlockDriverState *bs, int64_t offset,
                                unsigned int *nr_zones);
#else
int coroutine_fn bdrv_co_no_zones(BlockDriverState *bs);
int co_wrapper bdrv_no_zones(BlockDriverState *bs);
#endif

#ifndef CONFIG_ZONED
void coroutine_fn bdrv_co_unzoned(BlockDriverState *bs);
void co_wrapper bdrv_unzoned(BlockDriverState *bs);
#endif

#if QUEUE_DEPTH >= 2
int64_t coroutine_fn bdrv_co_queue_deep(BlockDriverState *bs);
int64_t co_wrapper_mixed bdrv_queue_deep(BlockDriverState *bs);
#else
int64_t coroutine_fn bdrv_co_queue_shallow(BlockDriverState *bs);
int64_t co_wrapper_mixed bdrv_queue_shallow(BlockDriverState *bs);
#endif

/* A function-like macro among the declaration specifiers: the parser makes
 * sense of these only with its definition from the macros parameter. */
int IT_ATTR(unused) coroutine_fn bdrv_co_hot(BlockDriverState *bs);
int IT_ATTR(unused) co_wrapper bdrv_hot(BlockDriverState *bs);

bool IT_ATTR(unused) bdrv_tagged(BlockDriverState *bs);
bool coroutine_fn no_co_wrapper IT_ATTR(unused) bdrv_co_tagged(BlockDriverState *bs);

#if 0
int co_wrapper bdrv_disabled(BlockDriverState *bs);
#endif

/* Not uses of a mark: int co_wrapper bdrv_commented(BlockDriverState *bs); */
#define IT_NOT_A_USE co_wrapper

#endif /* CONFIG_H */
