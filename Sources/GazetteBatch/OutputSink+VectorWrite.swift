import Foundation

extension OutputSink {
    /// Records held before a flush; well under `IOV_MAX` (1024) vectors of two per record.
    static let maxPendingRecords = 256
    /// Vectors per `writev` call: `IOV_MAX` on Linux and macOS (not exported to Swift).
    static let vectorsPerCall = 1024

    /// Collects a vector for each pending record from `index` on, each followed by the line
    /// break, then writes them all. Recursing keeps every record's storage pinned by its
    /// `withUnsafeBytes` while `writev` reads it.
    func writePendingRecords(from index: Int, vectors: inout [iovec]) {
        guard index < pendingRecords.count else {
            writeAll(&vectors)
            return
        }
        pendingRecords[index].withUnsafeBytes { bytes in
            vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count))
            vectors.append(iovec(iov_base: lineBreak, iov_len: 1))
            writePendingRecords(from: index + 1, vectors: &vectors)
        }
    }

    /// Writes the vectors' bytes in order, resuming after short writes and interruptions.
    /// After a failure nothing more is written; `checkpoint` and `finish` report it.
    func writeAll(_ vectors: inout [iovec]) {
        var first = 0
        while first < vectors.count, writeFailure == nil {
            let count = Int32(min(vectors.count - first, Self.vectorsPerCall))
            let written = vectors.withUnsafeBufferPointer { all in
                vectorWrite(handle.fileDescriptor, all.baseAddress.map { UnsafePointer($0 + first) }, count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                writeFailure = .cannotWrite(String(cString: strerror(errno)))
                return
            }
            outputBytes += UInt64(written)
            var remaining = written
            while first < vectors.count, remaining >= vectors[first].iov_len {
                remaining -= vectors[first].iov_len
                first += 1
            }
            if remaining > 0 {
                // A short write ended inside this vector: continue after its written part.
                vectors[first].iov_base = vectors[first].iov_base.map { $0 + remaining }
                vectors[first].iov_len -= remaining
            }
        }
    }
}
