/// Decodes UTF-16 units to scalars without building a String; ill-formed units (lone
/// surrogates) decode as U+FFFD, as Swift's String would.
@inline(__always)
func forEachScalar(in units: UnsafeBufferPointer<UInt16>, _ body: (Unicode.Scalar) -> Void) {
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
        switch decoder.decode(&iterator) {
        case let .scalarValue(scalar): body(scalar)
        case .error: body("\u{FFFD}")
        case .emptyInput: return
        }
    }
}
