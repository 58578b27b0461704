// Plain-C facade over ICU's BreakIterator.
//
// Only plain C types cross this header: ICU's own headers are included in the .c file
// alone, because importing them into a Swift module that also imports Foundation clashes
// with the ICU copy Foundation carries, and ICU's entry points are macros Swift cannot call.
// All offsets here are UTF-16 code units (ICU's unit); GazetteText converts them once to
// Unicode scalar (code point) offsets.
#ifndef GAZETTE_ICU_H
#define GAZETTE_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct GZBreakIterator GZBreakIterator;

typedef enum {
    GZBreakKindWord = 0,
    GZBreakKindSentence = 1,
} GZBreakKind;

/// Opens a break iterator for `locale` (e.g. "en_US@ss=standard"). Returns NULL on
/// failure and stores ICU's error code in `*errorCode` (0 on success).
GZBreakIterator *gz_break_open(GZBreakKind kind, const char *locale, int32_t *errorCode);

/// Releases the iterator and its text binding.
void gz_break_close(GZBreakIterator *iterator);

/// Segments `text` (UTF-16, `length` units; it must stay alive during the call) and writes
/// every boundary offset, first (0) to last (`length`), into `boundaries`, and the ICU rule
/// status of the segment that ends at each boundary into `statuses` (may be NULL).
/// `capacity` must be at least `length + 1`. Returns the number of boundaries written, or
/// a negative ICU error code.
int32_t gz_break_segment(GZBreakIterator *iterator, const uint16_t *text, int32_t length,
                         int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// One word segment: UTF-16 offsets `[start, end)` and ICU's rule status of the segment.
typedef struct {
    int32_t start;
    int32_t end;
    int32_t status;
} GZWordSegment;

/// Word-segments `text` like `gz_break_segment` but writes segments, not boundaries, and
/// leaves out every segment that is a single space (U+0020), about half of a prose text's:
/// a gap between one segment's end and the next one's start is such a space. The statuses
/// are ICU's; those that a segment's last character decides (most, in Latin-script text) are
/// not fetched from ICU. `capacity` must be at least `length`. Returns the number of
/// segments written, or a negative ICU error code.
int32_t gz_break_word_segments(GZBreakIterator *iterator, const uint16_t *text, int32_t length,
                               GZWordSegment *segments, int32_t capacity);

/// The rule status ICU gives every word segment that ends with the ASCII code unit `unit`,
/// when that unit alone decides it (letters, digits and most punctuation), else -1. What
/// `gz_break_word_segments` takes instead of asking ICU; exported for tests.
int32_t gz_ascii_word_status_of_unit(uint16_t unit);

/// ICU's rule-status ranges for word segments, re-exported as plain constants.
int32_t gz_word_status_none_limit(void);    ///< statuses below: spaces and punctuation
int32_t gz_word_status_number_limit(void);  ///< below: numbers
int32_t gz_word_status_letter_limit(void);  ///< below: letters
int32_t gz_word_status_kana_limit(void);
int32_t gz_word_status_ideo_limit(void);

/// ICU's version as "major.minor".
const char *gz_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
