/// The site's static files, kept in the binary so a build needs nothing else.
enum SiteAssets {
    /// Runs in `<head>` before the page paints, so a chosen theme never flashes.
    static let themeBootstrap = """
    (function(){try{var t=localStorage.getItem("theme");if(t){document.documentElement.dataset.theme=t;}}catch(e){}})();
    """

    /// Files under `assets/`, by name.
    static var files: [(name: String, contents: String)] {
        [("style.css", style), ("site.js", script)]
    }
}
