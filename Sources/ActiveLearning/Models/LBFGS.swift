import LinearAlgebra

/// Limited-memory BFGS for smooth unconstrained minimisation (Nocedal & Wright, Algorithms 7.4
/// and 7.5): the two-loop recursion over the last `memory` pairs `s = x' - x`, `y = g' - g`,
/// with a line search satisfying the strong Wolfe conditions (c1 = 1e-4, c2 = 0.9).
///
/// Stops when the largest gradient component is at most `tolerance` (scipy's `gtol`), or after
/// `maxIterations`, or when not even a steepest-descent step decreases the objective beyond
/// rounding.
struct LBFGS {
    var tolerance: Double
    var maxIterations: Int
    var memory = 10

    struct Result {
        var x: [Double]
        var value: Double
        var gradient: [Double]
        var iterations: Int
        var converged: Bool
    }

    typealias Objective = ([Double]) -> (value: Double, gradient: [Double])

    func minimize(from start: [Double], _ objective: Objective) -> Result {
        var x = start
        var (f, g) = objective(x)
        var history: [(s: [Double], y: [Double], rho: Double)] = []
        var iteration = 0
        while iteration < maxIterations {
            if maxAbs(g) <= tolerance { return Result(x: x, value: f, gradient: g, iterations: iteration, converged: true) }
            var d = direction(g, history)
            var slope = dot(g, d)
            if !(slope < 0) {
                history.removeAll()
                d = g.map { -$0 }
                slope = dot(g, d)
            }
            let initial = history.isEmpty ? min(1, 1 / max(maxAbs(g), 1e-300)) : 1
            guard let step = lineSearch(x: x, f: f, d: d, slope: slope, initial: initial, objective) else {
                // No acceptable step along the quasi-Newton direction: restart from steepest
                // descent once; give up only when that fails too.
                if history.isEmpty { break }
                history.removeAll()
                continue
            }
            let s = difference(step.x, x), y = difference(step.g, g)
            let sy = dot(s, y)
            if sy > 1e-300 {
                history.append((s, y, 1 / sy))
                if history.count > memory { history.removeFirst() }
            }
            (x, f, g) = (step.x, step.f, step.g)
            iteration += 1
        }
        return Result(x: x, value: f, gradient: g, iterations: iteration, converged: maxAbs(g) <= tolerance)
    }

    /// The quasi-Newton direction `-H g` by the two-loop recursion, `H0 = (s·y / y·y) I`.
    private func direction(_ g: [Double], _ history: [(s: [Double], y: [Double], rho: Double)]) -> [Double] {
        var q = g
        var alphas = [Double](repeating: 0, count: history.count)
        for i in stride(from: history.count - 1, through: 0, by: -1) {
            alphas[i] = history[i].rho * dot(history[i].s, q)
            axpy(-alphas[i], history[i].y, &q)
        }
        if let last = history.last {
            let gamma = 1 / (last.rho * dot(last.y, last.y))
            for i in q.indices { q[i] *= gamma }
        }
        for i in history.indices {
            let beta = history[i].rho * dot(history[i].y, q)
            axpy(alphas[i] - beta, history[i].s, &q)
        }
        return q.map { -$0 }
    }

    private struct Point { var alpha: Double; var x: [Double]; var f: Double; var g: [Double]; var slope: Double }

    /// Strong-Wolfe line search (bracketing, then zoom with safeguarded secant steps on the
    /// directional derivative). Values within rounding of `f` count as no increase.
    private func lineSearch(x: [Double], f: Double, d: [Double], slope: Double, initial: Double,
                            _ objective: Objective) -> (x: [Double], f: Double, g: [Double])? {
        let c1 = 1e-4, c2 = 0.9
        let noise = 1e-14 * max(abs(f), 1)
        func evaluate(_ alpha: Double) -> Point {
            var trial = x
            axpy(alpha, d, &trial)
            let (value, gradient) = objective(trial)
            return Point(alpha: alpha, x: trial, f: value, g: gradient, slope: dot(gradient, d))
        }
        func sufficient(_ p: Point) -> Bool { p.f.isFinite && p.f <= f + c1 * p.alpha * slope + noise }
        func curvature(_ p: Point) -> Bool { abs(p.slope) <= -c2 * slope }
        func zoom(_ low: Point, _ high: Point) -> Point? {
            var (lo, hi) = (low, high)
            for _ in 0..<40 {
                let width = hi.alpha - lo.alpha
                var alpha = lo.alpha + 0.5 * width
                let denominator = hi.slope - lo.slope
                if hi.f.isFinite, denominator != 0 {
                    let secant = lo.alpha - lo.slope * width / denominator
                    let t = (secant - lo.alpha) / width
                    if t.isFinite { alpha = lo.alpha + min(max(t, 0.1), 0.9) * width }
                }
                let p = evaluate(alpha)
                if !sufficient(p) || p.f > lo.f + noise {
                    hi = p
                } else {
                    if curvature(p) { return p }
                    if p.slope * (hi.alpha - lo.alpha) >= 0 { hi = lo }
                    lo = p
                }
                if abs(hi.alpha - lo.alpha) < 1e-16 * max(lo.alpha, 1) { break }
            }
            return lo.alpha > 0 ? lo : nil
        }
        var previous = Point(alpha: 0, x: x, f: f, g: [], slope: slope)
        var alpha = initial
        for i in 0..<30 {
            let p = evaluate(alpha)
            if !sufficient(p) || (i > 0 && p.f > previous.f + noise) {
                return zoom(previous, p).map { ($0.x, $0.f, $0.g) }
            }
            if curvature(p) { return (p.x, p.f, p.g) }
            if p.slope >= 0 { return zoom(p, previous).map { ($0.x, $0.f, $0.g) } }
            previous = p
            alpha *= 2
        }
        return previous.alpha > 0 ? (previous.x, previous.f, previous.g) : nil
    }
}

func dot(_ a: [Double], _ b: [Double]) -> Double { Vectors.dot(a, b) }

func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) { Vectors.axpy(alpha, x, &y) }

/// a − b element by element (the two have one length).
func difference(_ a: [Double], _ b: [Double]) -> [Double] {
    [Double](unsafeUninitializedCapacity: a.count) { result, initialized in
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for i in a.indices { result[i] = a[i] - b[i] }
            }
        }
        initialized = a.count
    }
}

func maxAbs(_ a: [Double]) -> Double {
    a.reduce(0) { max($0, abs($1)) }
}
