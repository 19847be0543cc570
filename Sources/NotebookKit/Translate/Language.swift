/// A language the site is written in: English, the lessons' own, and the languages they are
/// translated into. Its raw value is the page's `lang` attribute.
public enum Language: String, Hashable, Sendable, CaseIterable, Comparable {
    case english = "en"
    case chinese = "zh-CN"

    /// The folder of its translations beside the lessons (`Notebooks/zh/`) and of its pages in
    /// the site (`Site/zh/`); `nil` for English, whose lessons and pages are at the top.
    public var folder: String? {
        switch self {
        case .english: nil
        case .chinese: "zh"
        }
    }

    /// The languages lessons are translated into.
    public static var translated: [Language] { allCases.filter { $0.folder != nil } }

    /// Its name in itself, as the language switch shows it.
    var endonym: String {
        switch self {
        case .english: "English"
        case .chinese: "中文"
        }
    }

    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
