#include "gazette_zlib.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

struct GZByteStream {
    gzFile file;
};

GZByteStream *gz_stream_open(const char *path) {
    int descriptor = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);
    if (descriptor < 0) return NULL;
    gzFile file = gzdopen(descriptor, "rb");
    if (file == NULL) {
        close(descriptor);
        errno = ENOMEM;
        return NULL;
    }
    gzbuffer(file, 1 << 17);
    GZByteStream *stream = malloc(sizeof(GZByteStream));
    if (stream == NULL) {
        gzclose(file);
        errno = ENOMEM;
        return NULL;
    }
    stream->file = file;
    return stream;
}

int64_t gz_stream_read(GZByteStream *stream, uint8_t *buffer, int64_t capacity) {
    if (capacity > (1 << 30)) capacity = 1 << 30;
    int count = gzread(stream->file, buffer, (unsigned)capacity);
    return count < 0 ? -1 : (int64_t)count;
}

int64_t gz_stream_raw_offset(GZByteStream *stream) { return (int64_t)gzoffset(stream->file); }

const char *gz_stream_error(GZByteStream *stream) {
    int code = Z_OK;
    const char *message = gzerror(stream->file, &code);
    return code == Z_OK || message == NULL ? "" : message;
}

int32_t gz_stream_is_compressed(GZByteStream *stream) { return gzdirect(stream->file) ? 0 : 1; }

void gz_stream_close(GZByteStream *stream) {
    if (stream == NULL) return;
    gzclose(stream->file);
    free(stream);
}
