import LinearAlgebra

/// The feature rows of a data set, stored densely (`Matrix`) or sparsely (`SparseMatrix`, e.g.
/// TF-IDF rows with about 10 non-zero words of 2,000).
///
/// The two stores give the same numbers: every operation here, and every model and strategy
/// that reads features, computes on a sparse store the bits it computes on its densified copy
/// (the products and norms skip only terms that are `±0`; see `SparseMatrix`), so choosing
/// sparse changes the speed, never a result.
public enum Features: Sendable, Equatable {
    /// Every element stored.
    case dense(Matrix)
    /// Only the non-zero elements stored, by rows.
    case sparse(SparseMatrix)

    /// The number of rows (examples).
    public var rows: Int {
        switch self {
        case let .dense(m): m.rows
        case let .sparse(s): s.rows
        }
    }

    /// The number of columns (features per example).
    public var columns: Int {
        switch self {
        case let .dense(m): m.columns
        case let .sparse(s): s.columns
        }
    }

    /// Whether only the non-zero elements are stored.
    public var isSparse: Bool {
        if case .sparse = self { return true }
        return false
    }

    /// Every element, zeros included (the matrix itself when dense; a new one when sparse).
    public func densified() -> Matrix {
        switch self {
        case let .dense(m): m
        case let .sparse(s): s.densified()
        }
    }

    /// The rows at `indices`, in that order, stored as these are.
    public func rows(at indices: [Int]) -> Features {
        switch self {
        case let .dense(m): .dense(m.rows(at: indices))
        case let .sparse(s): .sparse(s.rows(at: indices))
        }
    }

    /// Row `index` with every element, zeros included.
    public func row(_ index: Int) -> [Double] {
        switch self {
        case let .dense(m): Array(m.row(index))
        case let .sparse(s): s.denseRow(index)
        }
    }

    /// Calls `body(column, value)` for the elements of row `index` in increasing column order:
    /// every element when dense, the stored ones when sparse. A sum that adds `body`'s terms
    /// from `+0` gets the same bits either way when a term of a zero element is `±0`.
    public func forEachElement(inRow index: Int, _ body: (Int, Double) -> Void) {
        switch self {
        case let .dense(m):
            for (c, v) in m.row(index).enumerated() { body(c, v) }
        case let .sparse(s):
            let (indices, values) = s.row(index)
            for (c, v) in zip(indices, values) { body(c, v) }
        }
    }

    /// `sum_j x_ij^2` of every row (the same bits for either store).
    public func rowSquaredNorms() -> [Double] {
        switch self {
        case let .dense(m): m.rowSquaredNorms()
        case let .sparse(s): s.rowSquaredNorms()
        }
    }

    /// The first NaN or infinity as (row, column), if any (a checked sparse matrix has none).
    public func firstNonFinite() -> (row: Int, column: Int)? {
        switch self {
        case let .dense(m): return m.firstNonFinite()
        case let .sparse(s):
            guard let p = s.values.firstIndex(where: { !$0.isFinite }) else { return nil }
            let row = s.rowStarts.lastIndex { $0 <= p } ?? 0
            return (row, s.columnIndices[p])
        }
    }

    /// The element at (`row`, `column`).
    public subscript(row: Int, column: Int) -> Double {
        switch self {
        case let .dense(m): return m[row, column]
        case let .sparse(s):
            let (indices, values) = s.row(row)
            guard let p = indices.firstIndex(of: column) else { return 0 }
            return values[p - indices.startIndex + values.startIndex]
        }
    }

    /// `self · op(other)` (see `Matrix.multiply(_:_:transposingA:transposingB:alpha:beta:into:)`).
    public func multiplied(by other: Matrix, transposingOther: Bool = false) throws(MatrixError) -> Matrix {
        var result = Matrix(rows: rows, columns: transposingOther ? other.rows : other.columns)
        try Matrix.multiply(self, other, transposingB: transposingOther, into: &result)
        return result
    }

    /// The matrix-vector product `self · vector`.
    public func multiplied(by vector: [Double]) throws(MatrixError) -> [Double] {
        try multiplied(by: Matrix(rows: vector.count, columns: 1, computed: vector)).values
    }

    /// `self · otherᵀ`, `x_i · y_t` for every row `i` of self and `t` of other: one chain along
    /// the columns in increasing order, the same bits for every combination of stores.
    public func multiplied(byTransposeOf other: Features) throws(MatrixError) -> Matrix {
        switch (self, other) {
        case let (.dense(a), .dense(b)): return try a.multiplied(by: b, transposingOther: true)
        case let (.sparse(a), .sparse(b)): return try a.multiplied(byTransposeOf: b)
        case let (.sparse(a), .dense(b)): return try a.multiplied(by: b, transposingOther: true)
        case let (.dense(a), .sparse(b)): return try b.multiplied(by: a, transposingOther: true).transposed()
        }
    }
}

extension Matrix {
    /// `result = alpha · a · op(b) + beta · result` for features of either store.
    public static func multiply(_ a: Features, _ b: Matrix, transposingB: Bool = false,
                                alpha: Double = 1, beta: Double = 0, into result: inout Matrix) throws(MatrixError) {
        switch a {
        case let .dense(m): try multiply(m, b, transposingB: transposingB, alpha: alpha, beta: beta, into: &result)
        case let .sparse(s): try multiply(s, b, transposingB: transposingB, alpha: alpha, beta: beta, into: &result)
        }
    }

    /// `result = alpha · op(a) · b + beta · result` for features `b` of either store.
    public static func multiply(_ a: Matrix, _ b: Features, transposingA: Bool = false,
                                alpha: Double = 1, beta: Double = 0, into result: inout Matrix) throws(MatrixError) {
        switch b {
        case let .dense(m): try multiply(a, m, transposingA: transposingA, alpha: alpha, beta: beta, into: &result)
        case let .sparse(s): try multiply(a, s, transposingA: transposingA, alpha: alpha, beta: beta, into: &result)
        }
    }
}
