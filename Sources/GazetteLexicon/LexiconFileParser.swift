/// Parses the lexicon file format (see Lexicons/README.md):
/// UTF-8 lines `id<TAB>type<TAB>canonical<TAB>aliases<TAB>attributes`, aliases separated
/// by `|`, attributes `key=value` separated by `;`; `#` comments and blank lines ignored.
///
/// It works on the file's UTF-8 bytes and makes a `String` only for each field it keeps,
/// so a million-line lexicon parses in a fraction of a second.
public enum LexiconFileParser {
    /// Parses `contents`; bad lines are returned as errors, good ones as entries.
    public static func parse(_ contents: String, file: String) -> (entries: [LexiconEntry], errors: [LexiconError]) {
        var contents = contents
        return contents.withUTF8 { parse(bytes: $0, file: file) }
    }

    /// Parses a file's raw bytes: a leading byte order mark is skipped, and a line with
    /// invalid UTF-8 or a control character is an error naming the line and column.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) -> (entries: [LexiconEntry], errors: [LexiconError]) {
        var entries: [LexiconEntry] = []
        var errors: [LexiconError] = []
        var lineNumber = 0
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd])
            lineStart = lineEnd + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            let location = SourceLocation(file: file, line: lineNumber)
            if let problem = unreadableByte(in: line) {
                errors.append(LexiconError(location: location, reason: problem))
                continue
            }
            switch parseLine(line, location: location) {
            case let .success(entry): entries.append(entry)
            case let .failure(error): errors.append(error)
            }
        }
        return (entries, errors)
    }

    /// `LexiconKind(rawValue:)` as one hashed lookup instead of a comparison per kind.
    private static let kindsByName = Dictionary(uniqueKeysWithValues: LexiconKind.allCases.map { ($0.rawValue, $0) })

    static func parseLine(_ line: UnsafeBufferPointer<UInt8>, location: SourceLocation) -> Result<LexiconEntry, LexiconError> {
        func fail(_ reason: String) -> Result<LexiconEntry, LexiconError> {
            .failure(LexiconError(location: location, reason: reason))
        }
        let columns = split(line, on: 0x09)
        guard columns.count >= 3 else {
            return fail("expected at least 3 tab-separated columns (id, type, canonical), found \(columns.count)")
        }
        guard columns.count <= 5 else { return fail("expected at most 5 tab-separated columns, found \(columns.count)") }
        let idBytes = columns[0]
        guard !idBytes.isEmpty else { return fail("empty id") }
        guard idBytes.allSatisfy(isIDByte) else {
            return fail("invalid id '\(string(idBytes))': use lowercase letters, digits, '.', '_' and '-'")
        }
        let typeName = string(columns[1])
        guard let kind = kindsByName[typeName] else {
            let known = LexiconKind.allCases.map(\.rawValue).joined(separator: ", ")
            return fail("unknown type '\(typeName)' (expected one of \(known))")
        }
        let canonical = trimmed(columns[2])
        guard !canonical.isEmpty else { return fail("empty canonical name") }
        var aliases: [String] = []
        if columns.count > 3, !trimmed(columns[3]).isEmpty {
            for alias in split(columns[3], on: UInt8(ascii: "|")) {
                let form = trimmed(alias)
                guard !form.isEmpty else { return fail("empty alias in '\(string(columns[3]))'") }
                aliases.append(string(form))
            }
        }
        var attributes: [String: String] = [:]
        if columns.count > 4, !trimmed(columns[4]).isEmpty {
            let pairs = split(columns[4], on: UInt8(ascii: ";"))
            // Sized once: growing a dictionary from empty rehashes its string keys.
            attributes.reserveCapacity(pairs.count)
            for pair in pairs where !trimmed(pair).isEmpty {
                guard let equals = pair.firstIndex(of: UInt8(ascii: "=")),
                      !trimmed(UnsafeBufferPointer(rebasing: pair[pair.startIndex..<equals])).isEmpty
                else {
                    return fail("attribute '\(string(pair))' is not key=value")
                }
                let key = trimmed(UnsafeBufferPointer(rebasing: pair[pair.startIndex..<equals]))
                let value = trimmed(UnsafeBufferPointer(rebasing: pair[(equals + 1)..<pair.endIndex]))
                attributes[string(key)] = string(value)
            }
        }
        return .success(LexiconEntry(
            id: string(idBytes), kind: kind, canonical: string(canonical), aliases: aliases, attributes: attributes, source: location))
    }

    /// Why a line cannot be read as text, if it cannot: invalid UTF-8, or a control
    /// character other than tab (a stray NUL would make a form that never matches).
    private static func unreadableByte(in line: UnsafeBufferPointer<UInt8>) -> String? {
        // Printable ASCII and tabs (nearly every line) are readable: no decoding needed.
        if line.allSatisfy({ ($0 >= 0x20 && $0 < 0x80) || $0 == 0x09 }) { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = line.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                if encoded.count == 1, let byte = encoded.first, byte < 0x20, byte != 0x09 {
                    return "control character U+\(hex(byte, width: 4)) at byte \(offset + 1) of the line"
                }
                offset += encoded.count
            case .error:
                return "invalid UTF-8 (byte 0x\(hex(line[offset], width: 2))) at byte \(offset + 1) of the line"
            case .emptyInput:
                return nil
            }
        }
    }

    private static func hex(_ byte: UInt8, width: Int) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, on separator: UInt8) -> [UnsafeBufferPointer<UInt8>] {
        // Room for a line's columns (at most 5) or a short list without growing.
        var parts: [UnsafeBufferPointer<UInt8>] = []
        parts.reserveCapacity(6)
        var start = 0
        while let index = bytes[start...].firstIndex(of: separator) {
            parts.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            start = index + 1
        }
        parts.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        return parts
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
