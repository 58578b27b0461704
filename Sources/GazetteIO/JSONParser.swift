/// A strict JSON parser over UTF-8 bytes (RFC 8259), written for record streams: it keeps
/// number text and key order, bounds nesting depth, and reports the byte offset of an error.
/// A byte order mark before the value is skipped (RFC 8259 §8.1 allows it), so JSON-lines
/// files joined with `cat` still read when a later one starts with a byte order mark.
public struct JSONParser {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        /// The key of the top-level object's member whose value holds the error, if any.
        public var field: String?
        /// The top-level object's members read completely before the error: a record reader
        /// can still name a record by its id when a later field is broken.
        public var completedMembers: [(String, JSONValue)] = []
        public var description: String { "\(reason) at byte \(offset + 1)" }
    }

    /// Deeper input is rejected rather than risking the stack.
    public static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { try parse($0) }
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        var parser = JSONParser(bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
        parser.skipWhiteSpace()
        let value = try parser.value(depth: 0)
        parser.skipWhiteSpace()
        guard parser.index == bytes.count else { throw parser.failure("unexpected data after the JSON value") }
        return value
    }

    private func failure(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

    private mutating func skipWhiteSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard depth < JSONParser.maximumDepth else { throw failure("JSON nested deeper than \(JSONParser.maximumDepth) levels") }
        guard index < bytes.count else { throw failure("unexpected end of JSON") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("unexpected \(describeUnexpected())")
        }
    }

    /// "expected X, found Y" at `index`, or just "expected X" at the end of the input.
    private func expected(_ what: String) -> Failure {
        failure(index < bytes.count ? "expected \(what), found \(describeUnexpected())" : "expected \(what)")
    }

    /// The unexpected input at `index`: a printable ASCII character is quoted; any other byte
    /// is named in hex, since reading it as a character (0xEF as "ï") would mislead.
    private func describeUnexpected() -> String {
        let byte = bytes[index]
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
            return "byte order mark (U+FEFF)"
        }
        if (0x21...0x7E).contains(byte) { return "character '\(Unicode.Scalar(byte))'" }
        return "byte \(Self.hex(byte))"
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("unexpected end of JSON") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw failure("invalid literal")
        }
        index += count
    }

    private mutating func object(depth: Int) throws -> JSONValue {
        index += 1
        var members: [(String, JSONValue)] = []
        var currentKey: String?  // the key whose value is being read
        do {
            skipWhiteSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhiteSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw expected("a string key") }
                let key = try string()
                skipWhiteSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw expected("':' after a key") }
                index += 1
                skipWhiteSpace()
                currentKey = key
                members.append((key, try value(depth: depth + 1)))
                currentKey = nil
                skipWhiteSpace()
                guard index < bytes.count else { throw failure("unterminated object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                throw expected("',' or '}' in an object")
            }
        } catch var failure as Failure where depth == 0 {
            // What was read of the top-level object lets the caller name the broken record.
            failure.field = currentKey
            failure.completedMembers = members
            throw failure
        }
    }

    private mutating func array(depth: Int) throws -> JSONValue {
        index += 1
        var values: [JSONValue] = []
        skipWhiteSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(values) }
        while true {
            skipWhiteSpace()
            values.append(try value(depth: depth + 1))
            skipWhiteSpace()
            guard index < bytes.count else { throw failure("unterminated array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(values) }
            throw expected("',' or ']' in an array")
        }
    }

    private mutating func number() throws -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - from
        }
        guard index < bytes.count else { throw failure("invalid number") }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else if digits() == 0 { throw failure("invalid number") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("invalid number") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("invalid number") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func string() throws -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        index = JSONSpecialByteScan.firstSpecial(in: bytes, from: index)
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
            index += 1
            return try validated(slice, raw: slice, at: start)
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        buffer.reserveCapacity(2 * buffer.count + 64)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])
                return try buffer.withUnsafeBufferPointer { try validated($0, raw: raw, at: start) }
            }
            if byte < 0x20 { throw unescapedControl(byte) }
            if byte != UInt8(ascii: "\\") {
                let runEnd = JSONSpecialByteScan.firstSpecial(in: bytes, from: index)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                index = runEnd
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): buffer.append(0x22)
            case UInt8(ascii: "\\"): buffer.append(0x5C)
            case UInt8(ascii: "/"): buffer.append(0x2F)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw failure("lone surrogate escape in a string")
                    }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("lone surrogate escape in a string") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw failure("lone surrogate escape in a string")
                }
                guard let value = Unicode.Scalar(scalar) else { throw failure("invalid unicode escape") }
                UTF8.encode(value) { buffer.append($0) }
            default:
                let shown = (0x21...0x7E).contains(escape) ? "'\\\(Unicode.Scalar(escape))'" : "'\\' before byte \(Self.hex(escape))"
                throw failure("invalid escape \(shown)")
            }
        }
        throw failure("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("truncated unicode escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw failure("invalid unicode escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func unescapedControl(_ byte: UInt8) -> Failure {
        failure("unescaped control character U+00\(Self.hex(byte).dropFirst(2)) in a string")
    }

    /// The string of the decoded bytes `slice`; `raw` are the same string's bytes as written
    /// (escapes are ASCII and decode to whole scalars, so both are valid or invalid alike),
    /// used to point the error at the first bad byte.
    private func validated(_ slice: UnsafeBufferPointer<UInt8>, raw: UnsafeBufferPointer<UInt8>, at start: Int) throws -> String {
        guard let string = String(validating: slice, as: UTF8.self) else {
            guard let bad = Self.firstInvalidUTF8(raw) else { throw Failure(offset: start, reason: "invalid UTF-8 in a string") }
            throw Failure(offset: start + bad, reason: "invalid UTF-8 (byte \(Self.hex(raw[bad]))) in a string")
        }
        return string
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence
    /// (overlong forms, encoded surrogates and truncated sequences included), or nil.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .error: return offset < bytes.count ? offset : nil
            case .emptyInput: return nil
            }
        }
    }
}
