#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops the fuzzer on a broken property. A trap is what libFuzzer catches as a crash: it
/// then saves the input (`-artifact_prefix`) and prints the stack, as for a memory error.
func require(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
    guard !condition else { return }
    fatalError("fuzz check failed: \(message())", file: file, line: line)
}

/// A short, printable form of bytes for failure messages (inputs are small).
func describe(_ bytes: some Collection<UInt8>) -> String {
    let shown = bytes.prefix(200).map { byte -> String in
        (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "\\") ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }
    return "\"" + shown.joined() + (bytes.count > 200 ? "…" : "") + "\" (\(bytes.count) bytes)"
}
