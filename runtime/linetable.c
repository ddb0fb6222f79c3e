/* CPython 3.11 location table encoder (format described in CPython's
 * Objects/locations.md). Every entry covers exactly one code unit, because a compiled
 * function's code unit i stands for its raising site i. */
#include "linetable.h"

enum {
  LOC_NO_COLUMNS = 13, /* line delta only */
  LOC_LONG = 14,       /* line delta, end line delta, column + 1, end column + 1 */
  LOC_NONE = 15,       /* no location at all */
};

/* A tiny writer that only counts when there is no buffer. */
typedef struct {
  unsigned char *out;
  size_t len;
} writer;

static void put(writer *w, unsigned v) {
  if (w->out)
    w->out[w->len] = (unsigned char)v;
  w->len++;
}

/* 6-bit chunks, least significant first, 0x40 marks "more follows". */
static void put_varint(writer *w, unsigned v) {
  while (v >= 64) {
    put(w, 0x40 | (v & 63));
    v >>= 6;
  }
  put(w, v);
}

/* The sign goes into the lowest bit. */
static void put_svarint(writer *w, int v) {
  put_varint(w, v < 0 ? ((unsigned)(-(long)v) << 1) | 1 : (unsigned)v << 1);
}

/* First byte of an entry: high bit set, 4-bit code, length - 1 in the low 3 bits. */
static void put_head(writer *w, int code) { put(w, 0x80 | (code << 3)); }

size_t pylc_linetable_encode(const int *lines, const int *endlines, const int *cols,
                             const int *endcols, int n, int firstlineno, unsigned char *out) {
  writer w = {out, 0};
  int prev_line = firstlineno;
  for (int i = 0; i < n; i++) {
    int line = lines[i];
    if (line < 0) {
      put_head(&w, LOC_NONE);
      continue;
    }
    int end_line = endlines ? endlines[i] : line;
    int col = cols ? cols[i] : -1;
    int end_col = endcols ? endcols[i] : -1;
    if (end_line < line)
      end_line = line;
    if (col < 0) {
      put_head(&w, LOC_NO_COLUMNS);
      put_svarint(&w, line - prev_line);
    } else {
      put_head(&w, LOC_LONG);
      put_svarint(&w, line - prev_line);
      put_varint(&w, (unsigned)(end_line - line));
      put_varint(&w, (unsigned)(col + 1));
      put_varint(&w, end_col < 0 ? 0u : (unsigned)(end_col + 1));
    }
    prev_line = line;
  }
  return w.len;
}
