#include "gazette_icu.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uversion.h>

struct GZBreakIterator {
    UBreakIterator *icu;
};

GZBreakIterator *gz_break_open(GZBreakKind kind, const char *locale, int32_t *errorCode) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == GZBreakKindSentence ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *icu = ubrk_open(type, locale, NULL, 0, &status);
    if (errorCode) *errorCode = (int32_t)status;
    if (U_FAILURE(status) || icu == NULL) return NULL;
    GZBreakIterator *iterator = malloc(sizeof(GZBreakIterator));
    if (iterator == NULL) {
        ubrk_close(icu);
        if (errorCode) *errorCode = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    iterator->icu = icu;
    return iterator;
}

void gz_break_close(GZBreakIterator *iterator) {
    if (iterator == NULL) return;
    ubrk_close(iterator->icu);
    free(iterator);
}

int32_t gz_break_segment(GZBreakIterator *iterator, const uint16_t *text, int32_t length,
                         int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    if (iterator == NULL || boundaries == NULL || capacity < length + 1) return -(int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator->icu, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(iterator->icu); boundary != UBRK_DONE && count < capacity;
         boundary = ubrk_next(iterator->icu)) {
        boundaries[count] = boundary;
        if (statuses) statuses[count] = ubrk_getRuleStatus(iterator->icu);
        count += 1;
    }
    // Unbind the caller's buffer so a later close never touches freed memory.
    static const UChar empty[1] = {0};
    status = U_ZERO_ERROR;
    ubrk_setText(iterator->icu, empty, 0, &status);
    return count;
}

int32_t gz_break_word_segments(GZBreakIterator *iterator, const uint16_t *text, int32_t length,
                               GZWordSegment *segments, int32_t capacity) {
    if (iterator == NULL || segments == NULL || capacity < length) return -(int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator->icu, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    int32_t start = ubrk_first(iterator->icu);
    for (int32_t end = ubrk_next(iterator->icu); end != UBRK_DONE && count < capacity; end = ubrk_next(iterator->icu)) {
        // A lone space is always a segment of its own with status UBRK_WORD_NONE: no word
        // rule tags white space, and a space followed by combining marks is longer than one.
        if (end - start != 1 || text[start] != 0x20) {
            segments[count].start = start;
            segments[count].end = end;
            segments[count].status = ubrk_getRuleStatus(iterator->icu);
            count += 1;
        }
        start = end;
    }
    // Unbind the caller's buffer so a later close never touches freed memory.
    static const UChar empty[1] = {0};
    status = U_ZERO_ERROR;
    ubrk_setText(iterator->icu, empty, 0, &status);
    return count;
}

int32_t gz_word_status_none_limit(void) { return UBRK_WORD_NONE_LIMIT; }
int32_t gz_word_status_number_limit(void) { return UBRK_WORD_NUMBER_LIMIT; }
int32_t gz_word_status_letter_limit(void) { return UBRK_WORD_LETTER_LIMIT; }
int32_t gz_word_status_kana_limit(void) { return UBRK_WORD_KANA_LIMIT; }
int32_t gz_word_status_ideo_limit(void) { return UBRK_WORD_IDEO_LIMIT; }

const char *gz_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    snprintf(version, sizeof version, "%d.%d", info[0], info[1]);
    return version;
}
