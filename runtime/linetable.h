/* Encoder for CPython 3.11 location tables (co_linetable), shared by the compiler, which
 * emits one table per compiled function, and the runtime's tests. Pure C: no Python.h, so
 * C++ code that never includes CPython's headers can use it too. */
#ifndef PYLC_LINETABLE_H
#define PYLC_LINETABLE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Encodes one location entry per code unit i in [0, n): lines[i]..endlines[i],
 * cols[i]..endcols[i] (0-based columns, end exclusive, as in the AST). lines[i] < 0 means
 * "no location"; cols[i] < 0 means "line only". endlines/cols/endcols may be NULL (line
 * only). Writes to out when it is not NULL and returns the number of bytes the table
 * takes, so callers can size the buffer with a first call with out == NULL. */
size_t pylc_linetable_encode(const int *lines, const int *endlines, const int *cols,
                             const int *endcols, int n, int firstlineno, unsigned char *out);

#ifdef __cplusplus
}
#endif
#endif /* PYLC_LINETABLE_H */
