/// A matrix of `Double`s stored by rows as its non-zero entries (compressed sparse rows, CSR):
/// row `r` holds `values[rowStarts[r] ..< rowStarts[r + 1]]` at the columns
/// `columnIndices[rowStarts[r] ..< rowStarts[r + 1]]`, which increase strictly; every other
/// element is 0.
///
/// For feature rows with few non-zero entries, such as TF-IDF vectors of short texts (about 10
/// of 2,000 columns). Its products (``multiply(_:_:transposingA:transposingB:alpha:beta:into:)``)
/// give the same bits as `Matrix`'s dense products of ``densified()``: see there.
///
/// ```swift
/// let s = try SparseMatrix(columns: 3, rows: [([0, 2], [1, 2]), ([1], [5])])
/// let d = try s.multiplied(by: Matrix([[1], [1], [1]]))   // [[3], [5]]
/// ```
public struct SparseMatrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// `rows + 1` offsets into `columnIndices` and `values`: row `r` is `rowStarts[r] ..< rowStarts[r + 1]`.
    public let rowStarts: [Int]
    /// The column of every stored value, strictly increasing within a row.
    public let columnIndices: [Int]
    /// The stored values, row after row.
    public let values: [Double]

    /// A matrix from its CSR arrays, checked: `rowStarts` runs from 0 to `values.count` without
    /// decreasing, one column index per value, each row's indices strictly increasing in
    /// `0..<columns`, every value finite. Throws a `MatrixError` naming what is wrong (never traps).
    /// Stored zeros are allowed (they change no product).
    public init(rows: Int, columns: Int, rowStarts: [Int], columnIndices: [Int], values: [Double]) throws(MatrixError) {
        guard rows >= 0, columns >= 0 else { throw .sparseRowStarts(reason: "a \(rows) x \(columns) shape is negative") }
        guard rowStarts.count == rows + 1 else {
            throw .sparseRowStarts(reason: "\(rows) rows need \(rows + 1) row starts, got \(rowStarts.count)")
        }
        guard columnIndices.count == values.count else {
            throw .sparseRowStarts(reason: "\(columnIndices.count) column indices for \(values.count) values")
        }
        guard rowStarts.first == 0, rowStarts.last == values.count else {
            throw .sparseRowStarts(reason: "row starts must run from 0 to the \(values.count) values, got \(rowStarts.first ?? 0) to \(rowStarts.last ?? 0)")
        }
        if let r = (0..<rows).first(where: { rowStarts[$0] > rowStarts[$0 + 1] }) {
            throw .sparseRowStarts(reason: "row \(r) starts at \(rowStarts[r]) but ends at \(rowStarts[r + 1])")
        }
        for r in 0..<rows {
            var previous = -1
            for p in rowStarts[r]..<rowStarts[r + 1] {
                let column = columnIndices[p]
                guard column >= 0, column < columns else { throw .sparseColumn(row: r, column: column, reason: "is outside 0..<\(columns)") }
                guard column > previous else { throw .sparseColumn(row: r, column: column, reason: "does not follow column \(previous) (indices must increase)") }
                guard values[p].isFinite else { throw .nonFinite(row: r, column: column, value: values[p]) }
                previous = column
            }
        }
        self.init(unchecked: rows, columns, rowStarts, columnIndices, values)
    }

    /// A matrix of `columns` columns from its rows, each given as (column indices, values);
    /// checked as ``init(rows:columns:rowStarts:columnIndices:values:)``.
    public init(columns: Int, rows rowList: [(indices: [Int], values: [Double])]) throws(MatrixError) {
        var starts = [0], indices: [Int] = [], values: [Double] = []
        starts.reserveCapacity(rowList.count + 1)
        for (r, row) in rowList.enumerated() {
            guard row.indices.count == row.values.count else {
                throw .sparseRowStarts(reason: "row \(r) has \(row.indices.count) column indices for \(row.values.count) values")
            }
            indices += row.indices
            values += row.values
            starts.append(values.count)
        }
        try self.init(rows: rowList.count, columns: columns, rowStarts: starts, columnIndices: indices, values: values)
    }

    /// The non-zero elements of a dense matrix (zeros of either sign are left out).
    public init(_ dense: Matrix) {
        var starts = [0], indices: [Int] = [], values: [Double] = []
        for r in 0..<dense.rows {
            for (c, v) in dense.row(r).enumerated() where v != 0 {
                indices.append(c)
                values.append(v)
            }
            starts.append(values.count)
        }
        self.init(unchecked: dense.rows, dense.columns, starts, indices, values)
    }

    /// Builds a matrix whose structure the caller guarantees.
    init(unchecked rows: Int, _ columns: Int, _ rowStarts: [Int], _ columnIndices: [Int], _ values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.rowStarts = rowStarts
        self.columnIndices = columnIndices
        self.values = values
    }

    /// The number of stored values.
    public var storedCount: Int { values.count }

    /// Row `index`: its column indices and values.
    public func row(_ index: Int) -> (indices: ArraySlice<Int>, values: ArraySlice<Double>) {
        let range = rowStarts[index]..<rowStarts[index + 1]
        return (columnIndices[range], values[range])
    }

    /// A new matrix made of the rows at `indices`, in that order (indices may repeat).
    public func rows(at indices: [Int]) -> SparseMatrix {
        var starts = [0], columns: [Int] = [], out: [Double] = []
        starts.reserveCapacity(indices.count + 1)
        for i in indices {
            let range = rowStarts[i]..<rowStarts[i + 1]
            columns.append(contentsOf: columnIndices[range])
            out.append(contentsOf: values[range])
            starts.append(out.count)
        }
        return SparseMatrix(unchecked: indices.count, self.columns, starts, columns, out)
    }

    /// The same matrix with every element stored, zeros included.
    public func densified() -> Matrix {
        var out = [Double](repeating: 0, count: rows * columns)
        for r in 0..<rows {
            for p in rowStarts[r]..<rowStarts[r + 1] { out[r * columns + columnIndices[p]] = values[p] }
        }
        return Matrix(unchecked: rows, columns, out)
    }

    /// Row `index` with every element, zeros included.
    public func denseRow(_ index: Int) -> [Double] {
        var out = [Double](repeating: 0, count: columns)
        for p in rowStarts[index]..<rowStarts[index + 1] { out[columnIndices[p]] = values[p] }
        return out
    }

    /// The squared Euclidean norm of every row, `sum_j x_ij^2` summed over the stored values in
    /// column order: the same bits as `Matrix.rowSquaredNorms()` of ``densified()`` (the left-out
    /// terms are `+0`, and a sum started at `+0` is never `-0`, so adding them changes nothing).
    public func rowSquaredNorms() -> [Double] {
        (0..<rows).map { r in values[rowStarts[r]..<rowStarts[r + 1]].reduce(0) { $0 + $1 * $1 } }
    }
}
