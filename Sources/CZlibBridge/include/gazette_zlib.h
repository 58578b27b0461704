// Plain-C facade over zlib's gzip reader, for streaming input files.
//
// zlib reads gzip files and passes other files through unchanged, so one reader serves
// plain and compressed input alike. Only plain C types cross this header; zlib.h stays in
// the .c file.
#ifndef GAZETTE_ZLIB_H
#define GAZETTE_ZLIB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct GZByteStream GZByteStream;

/// Opens `path` for reading ("-" reads standard input). Returns NULL and sets errno on failure.
GZByteStream *gz_stream_open(const char *path);

/// Reads up to `capacity` decompressed bytes. Returns the count, 0 at the end, -1 on error.
int64_t gz_stream_read(GZByteStream *stream, uint8_t *buffer, int64_t capacity);

/// Bytes of the underlying (possibly compressed) file consumed so far, for progress.
int64_t gz_stream_raw_offset(GZByteStream *stream);

/// The last error's message, or "" when there is none.
const char *gz_stream_error(GZByteStream *stream);

/// Whether the input is gzip-compressed (known after the first read).
int32_t gz_stream_is_compressed(GZByteStream *stream);

void gz_stream_close(GZByteStream *stream);

#ifdef __cplusplus
}
#endif

#endif
