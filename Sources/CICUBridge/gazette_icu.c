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

/// The rule status of a word segment by its last code unit, for ASCII units that decide it,
/// or -1 (ask ICU). ICU's word rules (`!!chain`) tag a segment with the largest tag of the
/// rules that can end at its last character, and chaining lets every rule that starts with
/// that character's class end there too. For ASCII:
/// - a letter ends `$ALetterPlus $ExFm* {200}` (by chaining if by nothing else) and no rule
///   with a higher tag: UBRK_WORD_LETTER;
/// - a digit ends `$Numeric $ExFm* {100}` and no rule with another tag: UBRK_WORD_NUMBER;
/// - every other character ends only untagged rules (`.`, `[^$CR $LF $Newline $ExFm] $ExFm*`,
///   `$CR $LF`, `$WSegSpace $WSegSpace`, the Hebrew `"` rule): UBRK_WORD_NONE; but `'`
///   (ends a Hebrew rule tagged 200), `_` (ExtendNumLet, ends tagged rules) and `@` (an
///   ALetter in ICU's tailoring) are left to ICU.
/// A dictionary (Thai, CJK) run splits a segment only after a dictionary character, never an
/// ASCII one, and its last piece keeps the rules' status. `WordSegmentStatusTests` checks
/// the table against ICU's own statuses on generated hostile text.
/// A table, not tests: letters, digits and punctuation alternate unpredictably.
#define GZ_L UBRK_WORD_LETTER
#define GZ_N UBRK_WORD_NUMBER
#define GZ_O UBRK_WORD_NONE
#define GZ_A (-1)
static const int16_t gz_ascii_word_status[128] = {
    GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O,  // controls
    GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O,
    GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_A, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O,  //  !"#$%&'()*+,-./
    GZ_N, GZ_N, GZ_N, GZ_N, GZ_N, GZ_N, GZ_N, GZ_N, GZ_N, GZ_N, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O,  // 0-9 :;<=>?
    GZ_A, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L,  // @A-O
    GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_O, GZ_O, GZ_O, GZ_O, GZ_A,  // P-Z [\]^_
    GZ_O, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L,  // `a-o
    GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_L, GZ_O, GZ_O, GZ_O, GZ_O, GZ_O,  // p-z {|}~ DEL
};
#undef GZ_L
#undef GZ_N
#undef GZ_O
#undef GZ_A

int32_t gz_ascii_word_status_of_unit(uint16_t unit) { return unit < 0x80 ? gz_ascii_word_status[unit] : -1; }

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
            uint16_t last = text[end - 1];
            int32_t status = last < 0x80 ? gz_ascii_word_status[last] : -1;
            segments[count].status = status >= 0 ? status : ubrk_getRuleStatus(iterator->icu);
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
