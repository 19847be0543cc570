import Testing
import LinearAlgebra

@Suite struct MatrixTests {
    @Test func buildsFromRowsAndReadsElements() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(m.rows == 2 && m.columns == 3)
        #expect(m[1, 2] == 6)
        #expect(Array(m.row(1)) == [4, 5, 6])
        #expect(m.column(1) == [2, 5])
        #expect(m.rows(at: [1, 1, 0]).rowArrays == [[4, 5, 6], [4, 5, 6], [1, 2, 3]])
        #expect(m.transposed().rowArrays == [[1, 4], [2, 5], [3, 6]])
    }

    @Test func raggedRowsThrow() {
        #expect(throws: MatrixError.raggedRow(row: 1, expected: 2, found: 1)) {
            try Matrix([[1, 2], [3]])
        }
        #expect(throws: MatrixError.elementCount(rows: 2, columns: 2, found: 3)) {
            try Matrix(rows: 2, columns: 2, values: [1, 2, 3])
        }
    }

    @Test func nonFiniteDataIsRefused() {
        #expect(throws: MatrixError.nonFinite(row: 1, column: 0, value: .infinity)) { try Matrix([[1, 2], [.infinity, 3]]) }
        #expect(throws: MatrixError.nonFinite(row: 0, column: 1, value: .nan)) { try Matrix(rows: 1, columns: 2, values: [0, .nan]) }
        #expect(throws: Never.self) { try Matrix(rows: 1, columns: 2, computed: [0, .nan]) }
    }

    @Test func productMatchesHandComputation() throws {
        let a = try Matrix([[1, 2], [3, 4], [5, 6]])
        let b = try Matrix([[7, 8, 9], [10, 11, 12]])
        #expect(try (a * b).rowArrays == [[27, 30, 33], [61, 68, 75], [95, 106, 117]])
        #expect(try a.multiplied(by: a, transposingSelf: true).rowArrays == [[35, 44], [44, 56]])
        #expect(try a.multiplied(by: a, transposingOther: true).rowArrays == [[5, 11, 17], [11, 25, 39], [17, 39, 61]])
        #expect(try a.multiplied(by: [1, -1]) == [-1, -1, -1])
    }

    @Test func productAccumulatesWithAlphaBeta() throws {
        let a = try Matrix([[1, 2], [3, 4]])
        var c = Matrix.identity(2)
        try Matrix.multiply(a, a, transposingB: true, alpha: 2, beta: 10, into: &c)
        #expect(c.rowArrays == [[20, 22], [22, 60]])
    }

    @Test func mismatchedProductThrows() throws {
        let a = try Matrix([[1, 2, 3]])
        #expect(throws: MatrixError.self) { try a * a }
    }

    @Test func addToEveryRowAddsTheVectorToEachRow() throws {
        var m = try Matrix([[1, 2, 3], [4, 5, 6]])
        try m.addToEveryRow([10, 20, 0.5])
        #expect(m.rowArrays == [[11, 22, 3.5], [14, 25, 6.5]])
        #expect(throws: MatrixError.self) { try m.addToEveryRow([1, 2]) }
        var empty = Matrix(rows: 3, columns: 0)
        try empty.addToEveryRow([])
        #expect(empty.rows == 3)
    }

    @Test func columnStatistics() throws {
        let m = try Matrix([[1, 10], [3, 10], [5, 10]])
        #expect(m.columnSums() == [9, 30])
        #expect(m.columnMeans() == [3, 10])
        #expect(m.columnVariances() == [8.0 / 3.0, 0])
        #expect(Matrix(rows: 0, columns: 2).columnSums() == [0, 0])
        // Added in row order from 0: 1e16 + 1 + 1 rounds to 1e16 at each step.
        #expect(try Matrix([[1e16], [1], [1]]).columnSums() == [1e16])
        #expect(m.rowSquaredNorms() == [101, 109, 125])
        #expect(m.firstNonFinite() == nil)
        var n = m
        n[2, 1] = .nan
        #expect(n.firstNonFinite()! == (2, 1))
    }

    @Test func symmetricEigenReconstructs() throws {
        let a = try Matrix([[4, 1, 2], [1, 3, 0], [2, 0, 5]])
        let eigen = try SymmetricEigen(a)
        #expect(eigen.values == eigen.values.sorted(by: >))
        let d = try Matrix(rows: 3, columns: 3, values: [eigen.values[0], 0, 0, 0, eigen.values[1], 0, 0, 0, eigen.values[2]])
        let back = try eigen.vectors * d * eigen.vectors.transposed()
        for (x, y) in zip(back.values, a.values) { #expect(abs(x - y) < 1e-12) }
        #expect(abs(eigen.values.reduce(0, +) - 12) < 1e-12)
        for k in 0..<3 {
            let column = eigen.vectors.column(k)
            #expect(column.max { abs($0) < abs($1) }! > 0)
        }
    }
}
