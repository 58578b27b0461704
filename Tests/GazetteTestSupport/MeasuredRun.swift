import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension GazetteBinary {
    /// A run whose resources were measured: exit status, peak memory and wall time.
    public struct MeasuredRun {
        public var status: Int32
        /// Whether it ended by a signal (a crash: SIGSEGV, SIGABRT, or the OOM killer's SIGKILL).
        public var signal: Int32?
        /// The child's own peak resident memory, from `wait4`'s resource usage.
        public var peakMemoryBytes: Int
        public var seconds: Double
        public var stderr: String
    }

    /// Runs `gazette arguments…` with stdin from /dev/null, stdout into `stdoutPath` and
    /// stderr captured, and reports its peak resident memory. The child is started with
    /// `posix_spawn` and reaped with `wait4`, which gives that one child's maximum RSS
    /// (`getrusage(RUSAGE_CHILDREN)` would mix in every other test's children).
    public static func runMeasured(_ arguments: [String], stdoutPath: String = "/dev/null", executable: URL = url) throws -> MeasuredRun {
        let stderrPath = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-stderr-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: stderrPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        var usage = rusage()
        var polledPeak = 0
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 {
                guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
                continue
            }
            polledPeak = max(polledPeak, highWaterMark(of: pid) ?? 0)
            usleep(2_000)
        }
        let seconds = Date().timeIntervalSince(started)
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        // The wait status: low 7 bits the terminating signal (0 for a normal exit), then the exit code.
        let signal = status & 0x7F
        // posix_spawn starts the child with vfork, sharing this process's memory until exec,
        // and Linux folds the memory it had before exec into the child's ru_maxrss: the
        // figure is the larger of the child's own peak and this (big) test process's. When it
        // is above this process's own peak, it is the child's; otherwise the child's peak is
        // the high-water mark read from /proc while it ran (which misses at most its last
        // couple of milliseconds).
        var ownPeak = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &ownPeak)
        #else
        getrusage(RUSAGE_SELF, &ownPeak)
        #endif
        let childMaximum = Self.bytes(fromMaxRSS: usage.ru_maxrss), selfMaximum = Self.bytes(fromMaxRSS: ownPeak.ru_maxrss)
        let peak = childMaximum > selfMaximum || polledPeak == 0 ? childMaximum : polledPeak
        return MeasuredRun(
            status: signal == 0 ? (status >> 8) & 0xFF : -1, signal: signal == 0 ? nil : signal,
            peakMemoryBytes: peak, seconds: seconds, stderr: stderr)
    }

    private static func bytes(fromMaxRSS value: Int) -> Int {
        #if canImport(Darwin)
        return value  // bytes on Darwin
        #else
        return value * 1024  // kilobytes on Linux
        #endif
    }

    /// The process's peak resident memory so far (`VmHWM` in /proc/PID/status), or nil.
    private static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Int($0) })
        else { return nil }
        return kilobytes * 1024
    }
}
