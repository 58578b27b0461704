/// Appends HTML to a UTF-8 byte buffer: markup as given, text and attribute values escaped.
///
/// Escaping keeps every code point of the text, so the text inside a highlighted span is
/// the mention's text exactly: `&`, `<`, `>`, `"` and `'` become references; a carriage
/// return becomes `&#13;` (an HTML parser would otherwise turn it into a line feed); other
/// C0 controls but tab, line feed and form feed become numeric references; NUL, which no
/// HTML document can hold, becomes U+FFFD.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Appends markup as it is (it must be valid HTML already).
    mutating func markup(_ html: String) { bytes.append(contentsOf: html.utf8) }

    /// Appends text, escaped for element content and quoted attribute values alike.
    mutating func text(_ text: String) {
        for byte in text.utf8 { escaped(byte) }
    }

    /// Appends ` name="value"`, the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        text(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="value"` for a number.
    mutating func attribute(_ name: String, _ value: Int) { attribute(name, String(value)) }

    /// Appends one byte of UTF-8 text, escaped. Multi-byte sequences pass through unchanged
    /// (none of their bytes is below 0x80).
    mutating func escaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
        case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
        case 0x00: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
        case 0x09, 0x0A, 0x0C: bytes.append(byte)
        case 0x01..<0x20, 0x7F: bytes.append(contentsOf: "&#\(byte);".utf8)
        default: bytes.append(byte)
        }
    }

    /// The text escaped, as a `String`.
    static func escape(_ text: String) -> String {
        var buffer = HTMLBuffer(capacity: text.utf8.count + 16)
        buffer.text(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}
