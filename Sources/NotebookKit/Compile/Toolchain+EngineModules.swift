import Foundation

extension Toolchain {
    /// The module files of the engine library, which lessons import (and the cache key hashes).
    ///
    /// Package.swift's list of engine targets is the only list: SwiftPM writes the object files
    /// it linked the library from into `NotebookEngine.product/Objects.LinkFileList`, one
    /// `<Target>.build/` folder per target, and each Swift target has its module file in
    /// `Modules/`. A folder without that list (not a SwiftPM build) gives every module file in
    /// `Modules/`: more cache misses, never a stale hit.
    var engineModuleFiles: [String] {
        let all = (try? FileSystem.files(in: modulesDirectory, suffix: ".swiftmodule")) ?? []
        guard let targets = linkedTargets else { return all }
        return all.filter { file in targets.contains(String(file.split(separator: "/").last!.dropLast(".swiftmodule".count))) }
    }

    /// The module maps of the engine's C targets (`CEngineKernels`), which SwiftPM writes as
    /// `<Target>.build/module.modulemap`. The engine imports them `internal`, so lessons never
    /// see their declarations, but swiftc still loads them when a lesson imports the engine.
    var engineModuleMaps: [String] {
        let folders = linkedTargets.map { $0.sorted().map { $0 + ".build" } }
            ?? ((try? FileManager.default.contentsOfDirectory(atPath: libraryDirectory)) ?? []).filter { $0.hasSuffix(".build") }.sorted()
        return folders.map { "\(libraryDirectory)/\($0)/module.modulemap" }.filter(FileSystem.isRegularFile)
    }

    /// The targets the engine library was linked from, or `nil` without SwiftPM's list.
    private var linkedTargets: Set<String>? {
        guard let list = try? FileSystem.readText("\(libraryDirectory)/\(Self.libraryName).product/Objects.LinkFileList") else { return nil }
        return Set(list.split(whereSeparator: \.isNewline).compactMap { line in
            line.split(separator: "/").last { $0.hasSuffix(".build") }.map { String($0.dropLast(".build".count)) }
        })
    }
}
