/*
 * Every mark of the qemu dialect with every return shape: int, void, int64_t,
 * bool, a pointer, a const pointer, unsigned long long and a struct pointer.
 *
 * Names: MARK is cw (co_wrapper), cm (co_wrapper_mixed), cr
 * (co_wrapper_bdrv_rdlock), cmr (co_wrapper_mixed_bdrv_rdlock), nw
 * (no_co_wrapper), nr (no_co_wrapper_bdrv_rdlock), nl
 * (no_co_wrapper_bdrv_wrlock); SHAPE is i, v, i64, b, p, cp, ull, sp.
 * A co wrapper bdrv_MARK_SHAPE calls the coroutine function
 * bdrv_co_MARK_SHAPE; a no_co wrapper bdrv_co_MARK_SHAPE calls the ordinary
 * function bdrv_MARK_SHAPE. Every one takes a node and a 64-bit seed that
 * the driver (src/test/c/driver.c) turns into the expected result.
 */
#ifndef MARKS_H
#define MARKS_H

#include "cowrap_rt.h"
#include "args.h"

/* ---- co_wrapper ------------------------------------------------------- */

int coroutine_fn bdrv_co_cw_i(BlockDriverState *bs, int64_t seed);
int co_wrapper bdrv_cw_i(BlockDriverState *bs, int64_t seed);

void coroutine_fn bdrv_co_cw_v(BlockDriverState *bs, int64_t seed);
void co_wrapper bdrv_cw_v(BlockDriverState *bs, int64_t seed);

int64_t coroutine_fn bdrv_co_cw_i64(BlockDriverState *bs, int64_t seed);
int64_t co_wrapper bdrv_cw_i64(BlockDriverState *bs, int64_t seed);

bool coroutine_fn bdrv_co_cw_b(BlockDriverState *bs, int64_t seed);
bool co_wrapper bdrv_cw_b(BlockDriverState *bs, int64_t seed);

void *coroutine_fn bdrv_co_cw_p(BlockDriverState *bs, int64_t seed);
void *co_wrapper bdrv_cw_p(BlockDriverState *bs, int64_t seed);

const char *coroutine_fn bdrv_co_cw_cp(BlockDriverState *bs, int64_t seed);
const char *co_wrapper bdrv_cw_cp(BlockDriverState *bs, int64_t seed);

unsigned long long coroutine_fn bdrv_co_cw_ull(BlockDriverState *bs, int64_t seed);
unsigned long long co_wrapper bdrv_cw_ull(BlockDriverState *bs, int64_t seed);

struct Blob *coroutine_fn bdrv_co_cw_sp(BlockDriverState *bs, int64_t seed);
struct Blob *co_wrapper bdrv_cw_sp(BlockDriverState *bs, int64_t seed);

/* ---- co_wrapper_mixed ------------------------------------------------- */

int coroutine_fn bdrv_co_cm_i(BlockDriverState *bs, int64_t seed);
int co_wrapper_mixed bdrv_cm_i(BlockDriverState *bs, int64_t seed);

void coroutine_fn bdrv_co_cm_v(BlockDriverState *bs, int64_t seed);
void co_wrapper_mixed bdrv_cm_v(BlockDriverState *bs, int64_t seed);

int64_t coroutine_fn bdrv_co_cm_i64(BlockDriverState *bs, int64_t seed);
int64_t co_wrapper_mixed bdrv_cm_i64(BlockDriverState *bs, int64_t seed);

bool coroutine_fn bdrv_co_cm_b(BlockDriverState *bs, int64_t seed);
bool co_wrapper_mixed bdrv_cm_b(BlockDriverState *bs, int64_t seed);

void *coroutine_fn bdrv_co_cm_p(BlockDriverState *bs, int64_t seed);
void *co_wrapper_mixed bdrv_cm_p(BlockDriverState *bs, int64_t seed);

const char *coroutine_fn bdrv_co_cm_cp(BlockDriverState *bs, int64_t seed);
const char *co_wrapper_mixed bdrv_cm_cp(BlockDriverState *bs, int64_t seed);

unsigned long long coroutine_fn bdrv_co_cm_ull(BlockDriverState *bs, int64_t seed);
unsigned long long co_wrapper_mixed bdrv_cm_ull(BlockDriverState *bs, int64_t seed);

struct Blob *coroutine_fn bdrv_co_cm_sp(BlockDriverState *bs, int64_t seed);
struct Blob *co_wrapper_mixed bdrv_cm_sp(BlockDriverState *bs, int64_t seed);

/* ---- co_wrapper_bdrv_rdlock ------------------------------------------- */

int coroutine_fn bdrv_co_cr_i(BlockDriverState *bs, int64_t seed);
int co_wrapper_bdrv_rdlock bdrv_cr_i(BlockDriverState *bs, int64_t seed);

void coroutine_fn bdrv_co_cr_v(BlockDriverState *bs, int64_t seed);
void co_wrapper_bdrv_rdlock bdrv_cr_v(BlockDriverState *bs, int64_t seed);

int64_t coroutine_fn bdrv_co_cr_i64(BlockDriverState *bs, int64_t seed);
int64_t co_wrapper_bdrv_rdlock bdrv_cr_i64(BlockDriverState *bs, int64_t seed);

bool coroutine_fn bdrv_co_cr_b(BlockDriverState *bs, int64_t seed);
bool co_wrapper_bdrv_rdlock bdrv_cr_b(BlockDriverState *bs, int64_t seed);

void *coroutine_fn bdrv_co_cr_p(BlockDriverState *bs, int64_t seed);
void *co_wrapper_bdrv_rdlock bdrv_cr_p(BlockDriverState *bs, int64_t seed);

const char *coroutine_fn bdrv_co_cr_cp(BlockDriverState *bs, int64_t seed);
const char *co_wrapper_bdrv_rdlock bdrv_cr_cp(BlockDriverState *bs, int64_t seed);

unsigned long long coroutine_fn bdrv_co_cr_ull(BlockDriverState *bs, int64_t seed);
unsigned long long co_wrapper_bdrv_rdlock bdrv_cr_ull(BlockDriverState *bs, int64_t seed);

struct Blob *coroutine_fn bdrv_co_cr_sp(BlockDriverState *bs, int64_t seed);
struct Blob *co_wrapper_bdrv_rdlock bdrv_cr_sp(BlockDriverState *bs, int64_t seed);

/* ---- co_wrapper_mixed_bdrv_rdlock ------------------------------------- */

int coroutine_fn bdrv_co_cmr_i(BlockDriverState *bs, int64_t seed);
int co_wrapper_mixed_bdrv_rdlock bdrv_cmr_i(BlockDriverState *bs, int64_t seed);

void coroutine_fn bdrv_co_cmr_v(BlockDriverState *bs, int64_t seed);
void co_wrapper_mixed_bdrv_rdlock bdrv_cmr_v(BlockDriverState *bs, int64_t seed);

int64_t coroutine_fn bdrv_co_cmr_i64(BlockDriverState *bs, int64_t seed);
int64_t co_wrapper_mixed_bdrv_rdlock bdrv_cmr_i64(BlockDriverState *bs, int64_t seed);

bool coroutine_fn bdrv_co_cmr_b(BlockDriverState *bs, int64_t seed);
bool co_wrapper_mixed_bdrv_rdlock bdrv_cmr_b(BlockDriverState *bs, int64_t seed);

void *coroutine_fn bdrv_co_cmr_p(BlockDriverState *bs, int64_t seed);
void *co_wrapper_mixed_bdrv_rdlock bdrv_cmr_p(BlockDriverState *bs, int64_t seed);

const char *coroutine_fn bdrv_co_cmr_cp(BlockDriverState *bs, int64_t seed);
const char *co_wrapper_mixed_bdrv_rdlock bdrv_cmr_cp(BlockDriverState *bs, int64_t seed);

unsigned long long coroutine_fn bdrv_co_cmr_ull(BlockDriverState *bs, int64_t seed);
unsigned long long co_wrapper_mixed_bdrv_rdlock bdrv_cmr_ull(BlockDriverState *bs, int64_t seed);

struct Blob *coroutine_fn bdrv_co_cmr_sp(BlockDriverState *bs, int64_t seed);
struct Blob *co_wrapper_mixed_bdrv_rdlock bdrv_cmr_sp(BlockDriverState *bs, int64_t seed);

/* ---- no_co_wrapper ---------------------------------------------------- */

int bdrv_nw_i(BlockDriverState *bs, int64_t seed);
int coroutine_fn no_co_wrapper bdrv_co_nw_i(BlockDriverState *bs, int64_t seed);

void bdrv_nw_v(BlockDriverState *bs, int64_t seed);
void coroutine_fn no_co_wrapper bdrv_co_nw_v(BlockDriverState *bs, int64_t seed);

int64_t bdrv_nw_i64(BlockDriverState *bs, int64_t seed);
int64_t coroutine_fn no_co_wrapper bdrv_co_nw_i64(BlockDriverState *bs, int64_t seed);

bool bdrv_nw_b(BlockDriverState *bs, int64_t seed);
bool coroutine_fn no_co_wrapper bdrv_co_nw_b(BlockDriverState *bs, int64_t seed);

void *bdrv_nw_p(BlockDriverState *bs, int64_t seed);
void *coroutine_fn no_co_wrapper bdrv_co_nw_p(BlockDriverState *bs, int64_t seed);

const char *bdrv_nw_cp(BlockDriverState *bs, int64_t seed);
const char *coroutine_fn no_co_wrapper bdrv_co_nw_cp(BlockDriverState *bs, int64_t seed);

unsigned long long bdrv_nw_ull(BlockDriverState *bs, int64_t seed);
unsigned long long coroutine_fn no_co_wrapper bdrv_co_nw_ull(BlockDriverState *bs, int64_t seed);

struct Blob *bdrv_nw_sp(BlockDriverState *bs, int64_t seed);
struct Blob *coroutine_fn no_co_wrapper bdrv_co_nw_sp(BlockDriverState *bs, int64_t seed);

/* ---- no_co_wrapper_bdrv_rdlock ---------------------------------------- */

int bdrv_nr_i(BlockDriverState *bs, int64_t seed);
int coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_i(BlockDriverState *bs, int64_t seed);

void bdrv_nr_v(BlockDriverState *bs, int64_t seed);
void coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_v(BlockDriverState *bs, int64_t seed);

int64_t bdrv_nr_i64(BlockDriverState *bs, int64_t seed);
int64_t coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_i64(BlockDriverState *bs, int64_t seed);

bool bdrv_nr_b(BlockDriverState *bs, int64_t seed);
bool coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_b(BlockDriverState *bs, int64_t seed);

void *bdrv_nr_p(BlockDriverState *bs, int64_t seed);
void *coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_p(BlockDriverState *bs, int64_t seed);

const char *bdrv_nr_cp(BlockDriverState *bs, int64_t seed);
const char *coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_cp(BlockDriverState *bs, int64_t seed);

unsigned long long bdrv_nr_ull(BlockDriverState *bs, int64_t seed);
unsigned long long coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_ull(BlockDriverState *bs, int64_t seed);

struct Blob *bdrv_nr_sp(BlockDriverState *bs, int64_t seed);
struct Blob *coroutine_fn no_co_wrapper_bdrv_rdlock bdrv_co_nr_sp(BlockDriverState *bs, int64_t seed);

/* ---- no_co_wrapper_bdrv_wrlock ---------------------------------------- */

int bdrv_nl_i(BlockDriverState *bs, int64_t seed);
int coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_i(BlockDriverState *bs, int64_t seed);

void bdrv_nl_v(BlockDriverState *bs, int64_t seed);
void coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_v(BlockDriverState *bs, int64_t seed);

int64_t bdrv_nl_i64(BlockDriverState *bs, int64_t seed);
int64_t coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_i64(BlockDriverState *bs, int64_t seed);

bool bdrv_nl_b(BlockDriverState *bs, int64_t seed);
bool coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_b(BlockDriverState *bs, int64_t seed);

void *bdrv_nl_p(BlockDriverState *bs, int64_t seed);
void *coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_p(BlockDriverState *bs, int64_t seed);

const char *bdrv_nl_cp(BlockDriverState *bs, int64_t seed);
const char *coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_cp(BlockDriverState *bs, int64_t seed);

unsigned long long bdrv_nl_ull(BlockDriverState *bs, int64_t seed);
unsigned long long coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_ull(BlockDriverState *bs, int64_t seed);

struct Blob *bdrv_nl_sp(BlockDriverState *bs, int64_t seed);
struct Blob *coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_nl_sp(BlockDriverState *bs, int64_t seed);

#endif /* MARKS_H */
