import GazetteFuzzing

/// libFuzzer's entry point (its `main` calls it once per input): the bytes as one article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    PipelineFuzzing.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}
