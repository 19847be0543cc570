import NotebookRuntime

/// Points in the plane, coloured by group (class) and shaped by role, e.g. a 2-D projection of
/// an active-learning pool with the labeled and just-queried points marked.
///
/// ```swift
/// let chart = try ScatterChart(
///     title: "Pool after round 3", xLabel: "PC 1", yLabel: "PC 2",
///     groups: ["setosa", "versicolor", "virginica"],
///     roles: [.pool, .labeled, .queried],
///     points: [
///         .init(x: -2.7, y: 0.3, group: 0, role: 0),
///         .init(x: 1.3, y: -0.5, group: 1, role: 1),
///         .init(x: 2.4, y: 0.4, group: 2, role: 2),
///     ])
/// ```
///
/// Roles are drawn in order, so later roles lie on top: list the background role first. The
/// legend lists groups (colours), then roles (shapes); empty names are left out of it.
/// Invalid input throws `ChartError` from the initializer: no points, no groups or roles, a
/// group or role index out of range, NaN or infinite coordinates.
public struct ScatterChart: NotebookDisplayable, Sendable, Equatable {
    /// One point: its coordinates, its group (an index into `groups`) and its role (an index
    /// into `roles`).
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var group: Int
        public var role: Int

        public init(x: Double, y: Double, group: Int = 0, role: Int = 0) {
            self.x = x
            self.y = y
            self.group = group
            self.role = role
        }
    }

    /// What a point is, shown by its marker shape.
    public struct Role: Sendable, Equatable {
        public var name: String
        public var marker: MarkerShape

        public init(name: String, marker: MarkerShape) {
            self.name = name
            self.marker = marker
        }

        /// An unnamed role drawn as filled circles: the default when points have no roles.
        public static let point = Role(name: "", marker: .circle)
        /// Unlabeled pool points: small translucent dots.
        public static let pool = Role(name: "pool (unlabeled)", marker: .dot)
        /// Labeled points: filled circles.
        public static let labeled = Role(name: "labeled", marker: .circle)
        /// Points queried in the latest round: rings.
        public static let queried = Role(name: "queried this round", marker: .ring)
    }

    public let title: String
    public let xLabel: String
    public let yLabel: String
    public let groups: [String]
    public let roles: [Role]
    public let points: [Point]
    public let width: Double
    public let height: Double

    /// A scatter chart, validated.
    ///
    /// - Throws: `ChartError` naming the first invalid point.
    public init(title: String, xLabel: String = "", yLabel: String = "", groups: [String] = [""],
                roles: [Role] = [.point], points: [Point], width: Double = 640, height: Double = 440) throws {
        let check = Validator(chart: "ScatterChart")
        try check.size(width: width, height: height)
        try check.nonEmpty(groups.count, "no groups (give at least one; an empty name hides it from the legend)")
        try check.nonEmpty(roles.count, "no roles (give at least one)")
        try check.nonEmpty(points.count, "no points")
        for (index, point) in points.enumerated() {
            try check.finite(point.x, "points[\(index)].x")
            try check.finite(point.y, "points[\(index)].y")
            try check.index(point.group, below: groups.count, "points[\(index)].group")
            try check.index(point.role, below: roles.count, "points[\(index)].role")
        }
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.groups = groups
        self.roles = roles
        self.points = points
        self.width = width
        self.height = height
    }

    /// The chart as a standalone SVG document.
    public var svg: String { render() }

    public var displayOutputs: [DisplayOutput] { [.svg(svg)] }
}
