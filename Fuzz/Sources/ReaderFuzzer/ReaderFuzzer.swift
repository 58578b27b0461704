import GazetteFuzzing

/// libFuzzer's entry point (its `main` calls it once per input): the bytes as a dump.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ReaderFuzzing.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}
