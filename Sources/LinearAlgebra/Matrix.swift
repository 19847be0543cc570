/// A dense matrix of `Double`s stored row-major: element (r, c) is `values[r * columns + c]`.
///
/// ```swift
/// let a = try Matrix([[1, 2], [3, 4]])
/// let b = try a * a.transposed()      // products: the engine's kernels (see KernelPath)
/// print(b[0, 1])                       // 11.0
/// ```
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements, row after row (`rows * columns` of them).
    public private(set) var values: [Double]

    /// A `rows` x `columns` matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = max(rows, 0)
        self.columns = max(columns, 0)
        self.values = Array(repeating: value, count: self.rows * self.columns)
    }

    /// A matrix over the given row-major `values`; throws unless there are `rows * columns` of
    /// them and every one is finite (data with NaN or ±∞ is refused here, not met as NaN later).
    public init(rows: Int, columns: Int, values: [Double]) throws(MatrixError) {
        try self.init(rows: rows, columns: columns, computed: values)
        if let (row, column) = firstNonFinite() { throw .nonFinite(row: row, column: column, value: self[row, column]) }
    }

    /// A matrix from a list of rows; throws if the rows have different lengths or a value is
    /// NaN or infinite. An empty list gives a 0 x 0 matrix.
    public init(_ rowList: [[Double]]) throws(MatrixError) {
        let width = rowList.first?.count ?? 0
        var values: [Double] = []
        values.reserveCapacity(rowList.count * width)
        for (index, row) in rowList.enumerated() {
            guard row.count == width else { throw .raggedRow(row: index, expected: width, found: row.count) }
            values.append(contentsOf: row)
        }
        try self.init(rows: rowList.count, columns: width, values: values)
    }

    /// A matrix of values the engine computed (weights, products), which may be non-finite on
    /// the way (a solver's trial step); throws only for the wrong number of values.
    package init(rows: Int, columns: Int, computed values: [Double]) throws(MatrixError) {
        guard rows >= 0, columns >= 0, values.count == rows * columns else {
            throw .elementCount(rows: rows, columns: columns, found: values.count)
        }
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A `size` x `size` identity matrix.
    public static func identity(_ size: Int) -> Matrix {
        var m = Matrix(rows: size, columns: size)
        for i in 0..<max(size, 0) { m[i, i] = 1 }
        return m
    }

    /// The element at (`row`, `column`), both zero-based.
    public subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// Row `index` as a slice of `values`.
    public func row(_ index: Int) -> ArraySlice<Double> {
        values[(index * columns)..<((index + 1) * columns)]
    }

    /// Column `index` as an array.
    public func column(_ index: Int) -> [Double] {
        (0..<rows).map { values[$0 * columns + index] }
    }

    /// The matrix as a list of rows.
    public var rowArrays: [[Double]] {
        (0..<rows).map { Array(row($0)) }
    }

    /// A new matrix made of the rows at `indices`, in that order (indices may repeat).
    public func rows(at indices: [Int]) -> Matrix {
        let width = columns
        let out = values.withUnsafeBufferPointer { source in
            [Double](unsafeUninitializedCapacity: indices.count * width) { target, initialized in
                for (r, i) in indices.enumerated() where width > 0 {
                    precondition(i >= 0 && i < rows, "row index \(i) out of range 0..<\(rows)")
                    (target.baseAddress! + r * width).initialize(from: source.baseAddress! + i * width, count: width)
                }
                initialized = indices.count * width
            }
        }
        return Matrix(unchecked: indices.count, columns, out)
    }

    /// The transpose.
    public func transposed() -> Matrix {
        var out = [Double](repeating: 0, count: values.count)
        for r in 0..<rows {
            for c in 0..<columns { out[c * rows + r] = values[r * columns + c] }
        }
        return Matrix(unchecked: columns, rows, out)
    }

    /// Adds `vector` to every row, `x_ij ← x_ij + v_j` (a layer's biases); throws unless
    /// `vector` has one value per column.
    public mutating func addToEveryRow(_ vector: [Double]) throws(MatrixError) {
        guard vector.count == columns else {
            throw .shapeMismatch(operation: "addToEveryRow", left: (rows, columns), right: (1, vector.count))
        }
        let width = columns
        vector.withUnsafeBufferPointer { b in
            values.withUnsafeMutableBufferPointer { v in
                for base in stride(from: 0, to: v.count, by: max(width, 1)) {
                    for c in 0..<width { v[base + c] += b[c] }
                }
            }
        }
    }

    /// Direct mutable access to the row-major storage, for fast loops.
    public mutating func withUnsafeMutableValues<R>(_ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R) rethrows -> R {
        try values.withUnsafeMutableBufferPointer { try body(&$0) }
    }

    /// Builds a matrix whose element count the caller guarantees.
    init(unchecked rows: Int, _ columns: Int, _ values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.values = values
    }
}
