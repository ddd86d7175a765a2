// Fault injection for the write paths: a shared library that interposes the
// write family of libc calls. Linked into a test (or put in LD_PRELOAD for a
// child such as qemu-img or imageprep-cli), it fails every write to a file
// whose path contains $IMAGEPREP_FAULT_PATH with errno $IMAGEPREP_FAULT_ERRNO
// (default ENOSPC: a full disk). Without the variable it changes nothing.
// $IMAGEPREP_FAULT_AFTER lets that many bytes through first (a disk that
// fills in the middle of a file).
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

std::atomic<long long> passed{0};
char armedFor[512]; // the pattern `passed` counts for; a new one starts at 0

// True when this write to fd must fail; sets errno.
bool mustFail(int fd, size_t bytes)
{
    const char *pattern = std::getenv("IMAGEPREP_FAULT_PATH");
    if (!pattern || !*pattern || fd < 0)
        return false;
    char link[64];
    char target[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    if (!std::strstr(target, pattern))
        return false;
    if (std::strncmp(armedFor, pattern, sizeof armedFor - 1) != 0) {
        std::strncpy(armedFor, pattern, sizeof armedFor - 1);
        passed = 0;
    }
    const char *after = std::getenv("IMAGEPREP_FAULT_AFTER");
    if (after && passed.fetch_add((long long)bytes) + (long long)bytes <= std::atoll(after))
        return false;
    const char *err = std::getenv("IMAGEPREP_FAULT_ERRNO");
    errno = err ? std::atoi(err) : ENOSPC;
    return true;
}

template <typename F>
F real(const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

size_t total(const struct iovec *iov, int n)
{
    size_t sum = 0;
    for (int i = 0; i < n; ++i)
        sum += iov[i].iov_len;
    return sum;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t n)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    return mustFail(fd, n) ? -1 : next(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    return mustFail(fd, n) ? -1 : next(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    return mustFail(fd, n) ? -1 : next(fd, buf, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    return mustFail(fd, total(iov, cnt)) ? -1 : next(fd, iov, cnt);
}

ssize_t pwritev(int fd, const struct iovec *iov, int cnt, off_t off)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec *, int, off_t)>("pwritev");
    return mustFail(fd, total(iov, cnt)) ? -1 : next(fd, iov, cnt, off);
}

ssize_t pwritev64(int fd, const struct iovec *iov, int cnt, off64_t off)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec *, int, off64_t)>("pwritev64");
    return mustFail(fd, total(iov, cnt)) ? -1 : next(fd, iov, cnt, off);
}

ssize_t pwritev2(int fd, const struct iovec *iov, int cnt, off_t off, int flags)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec *, int, off_t, int)>("pwritev2");
    return mustFail(fd, total(iov, cnt)) ? -1 : next(fd, iov, cnt, off, flags);
}

} // extern "C"
