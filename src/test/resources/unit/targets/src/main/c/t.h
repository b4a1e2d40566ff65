/* A target declared beside its wrapper, and one declared nowhere. */
int coroutine_fn disk_co_read(Disk *d, int64_t offset, void *buf,
                              size_t len);
int co_wrapper disk_read(Disk *d, int64_t offset, void *buf, size_t len);

int co_wrapper disk_sync(Disk *d);
