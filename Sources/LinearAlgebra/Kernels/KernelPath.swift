import Foundation

/// Which implementation of the engine's numeric kernels runs (matrix products, the sentence
/// encoder's element-wise steps and attention).
///
/// Every path performs the same floating-point operations in the same order — one chain along k
/// for each element of a product (fused multiply-adds in single precision, a rounded product
/// then a sum in double), fixed virtual lanes and fixed trees for every sum (see
/// `Sources/CEngineKernels`) — so the paths differ in speed only, never in a bit
/// of any result. The environment variable `NOTEBOOK_ENGINE_KERNELS` chooses: `auto` (the
/// default: the fastest path this CPU runs), `portable`, `avx2` or `avx512`.
public enum KernelPath: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Plain C for any CPU; single-precision fused multiply-adds emulated exactly in double.
    case portable
    /// C compiled for AVX2 + FMA, for CPUs that have both.
    case avx2
    /// The AVX2 + FMA path with its matrix products in AVX-512 registers (16 floats, 8 doubles),
    /// for CPUs that also have AVX-512F. A product's chains run inside each lane, so the width
    /// only sets how many columns an instruction covers; the other kernels are the AVX2 path's.
    case avx512

    /// The environment variable that chooses the path.
    public static let environmentVariable = "NOTEBOOK_ENGINE_KERNELS"

    /// The fastest path this CPU runs.
    public static var fastest: KernelPath { avx512.isSupported ? .avx512 : avx2.isSupported ? .avx2 : .portable }

    public var description: String { rawValue }

    /// What the CPU needs to run the path, in words ("AVX2 and FMA"), or "nothing".
    public var requirement: String {
        switch self {
        case .portable: "nothing"
        case .avx2: "AVX2 and FMA"
        case .avx512: "AVX-512F, AVX2 and FMA"
        }
    }

    /// The path `value` (a value of `NOTEBOOK_ENGINE_KERNELS`; nil or empty means `auto`) asks
    /// for; throws when the value is not a path's name, or names one this CPU cannot run.
    public static func resolve(_ value: String?) throws(KernelPathError) -> KernelPath {
        let word = (value ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        switch word {
        case "", "auto": return fastest
        default:
            guard let path = KernelPath(rawValue: word) else { throw .unknown(word) }
            guard path.isSupported else { throw .unsupported(path) }
            return path
        }
    }

    /// The path `NOTEBOOK_ENGINE_KERNELS` asks for in this process, or why it cannot run.
    public static let selection: Result<KernelPath, KernelPathError> = Result { () throws(KernelPathError) in
        try resolve(ProcessInfo.processInfo.environment[environmentVariable])
    }

    /// The path this process runs. When `NOTEBOOK_ENGINE_KERNELS` names a path that cannot run
    /// here, the process stops with that message (exit status 2) on first use rather than
    /// compute with a path it was not asked for: a lesson program run by `notebook` never gets
    /// here, because the runner checks the variable before it starts.
    public static var current: KernelPath {
        switch selection {
        case let .success(path): return path
        case let .failure(error):
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(2)
        }
    }
}

/// Why `NOTEBOOK_ENGINE_KERNELS` names no path that can run.
public enum KernelPathError: Error, Equatable, CustomStringConvertible {
    /// Not one of `auto`, `portable`, `avx2`, `avx512`.
    case unknown(String)
    /// A path this CPU cannot run.
    case unsupported(KernelPath)

    public var description: String {
        let variable = KernelPath.environmentVariable
        switch self {
        case let .unknown(value):
            return "\(variable)=\(value) is not a kernel path: use auto, portable, avx2 or avx512"
        case let .unsupported(path):
            return "\(variable)=\(path) needs a CPU with \(path.requirement), which this one lacks: use auto or portable "
                + "(every path gives the same results)"
        }
    }
}
