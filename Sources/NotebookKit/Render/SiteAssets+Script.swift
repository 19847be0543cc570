extension SiteAssets {
    /// Theme toggle, copy buttons and search. Pages are complete without it.
    static let script = #"""
    (function () {
      "use strict";
      var root = document.documentElement;
      root.classList.add("js");

      var toggle = document.getElementById("theme-toggle");
      function currentTheme() {
        if (root.dataset.theme) return root.dataset.theme;
        return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
      }
      if (toggle) toggle.addEventListener("click", function () {
        var next = currentTheme() === "dark" ? "light" : "dark";
        root.dataset.theme = next;
        try { localStorage.setItem("theme", next); } catch (e) {}
      });

      document.querySelectorAll(".cell-code .copy").forEach(function (button) {
        button.addEventListener("click", function () {
          var code = button.parentElement.querySelector("code").innerText;
          var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
          if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(code).then(done, function () {});
          } else {
            var area = document.createElement("textarea");
            area.value = code; document.body.appendChild(area); area.select();
            try { document.execCommand("copy"); done(); } catch (e) {}
            document.body.removeChild(area);
          }
        });
      });

      var input = document.getElementById("search");
      var results = document.getElementById("search-results");
      var index = window.SEARCH_INDEX || [];
      function snippet(text, term) {
        var at = text.toLowerCase().indexOf(term);
        if (at < 0) return text.slice(0, 120);
        var start = Math.max(0, at - 50);
        if (start > 0) { var space = text.lastIndexOf(" ", start); start = space < 0 ? 0 : space + 1; }
        return (start > 0 ? "…" : "") + text.slice(start, at + 90) + "…";
      }
      function search(query) {
        var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
        if (!terms.length) return [];
        var hits = [];
        index.forEach(function (entry) {
          var title = (entry.lesson + " " + entry.section).toLowerCase();
          var body = entry.text.toLowerCase();
          var score = 0;
          for (var i = 0; i < terms.length; i++) {
            var inTitle = title.indexOf(terms[i]) >= 0, inBody = body.indexOf(terms[i]) >= 0;
            if (!inTitle && !inBody) return;
            score += (inTitle ? 5 : 0) + (inBody ? 1 : 0);
          }
          hits.push({ entry: entry, score: score });
        });
        hits.sort(function (a, b) { return b.score - a.score; });
        return hits.slice(0, 12).map(function (hit) { return hit.entry; });
      }
      function show(query) {
        while (results.firstChild) results.removeChild(results.firstChild);
        if (!query.trim()) { results.hidden = true; return; }
        var found = search(query);
        if (!found.length) {
          var none = document.createElement("div");
          none.className = "empty"; none.textContent = "No lesson mentions “" + query + "”.";
          results.appendChild(none);
        }
        found.forEach(function (entry) {
          var link = document.createElement("a");
          link.href = entry.url;
          link.textContent = entry.section && entry.section !== entry.lesson ? entry.lesson + " › " + entry.section : entry.lesson;
          var small = document.createElement("small");
          small.textContent = snippet(entry.text, query.toLowerCase().split(/\s+/)[0]);
          link.appendChild(small);
          results.appendChild(link);
        });
        results.hidden = false;
      }
      if (input && results) {
        input.addEventListener("input", function () { show(input.value); });
        input.addEventListener("keydown", function (event) {
          if (event.key === "Escape") { input.value = ""; show(""); }
          if (event.key === "Enter") { var first = results.querySelector("a"); if (first) window.location.href = first.href; }
        });
        document.addEventListener("click", function (event) {
          if (!results.contains(event.target) && event.target !== input) results.hidden = true;
        });
      }
    })();
    """#
}
