extension SiteAssets {
    /// Theme toggle, copy buttons and search. Pages are complete without it.
    static var script: String { scriptTemplate.replacingOccurrences(of: "__STRINGS__", with: SiteStrings.scriptTable()) }

    private static let scriptTemplate = #"""
    (function () {
      "use strict";
      var root = document.documentElement;
      root.classList.add("js");
      // The page chrome's words in the page's language (SiteStrings in the runner).
      var STRINGS = __STRINGS__;
      var strings = STRINGS[root.lang] || STRINGS.en;

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
          var done = function () { button.textContent = strings.copied; setTimeout(function () { button.textContent = strings.copy; }, 1500); };
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
      // CJK text has no spaces: the index holds each CJK character and each overlapping pair
      // (SearchSegmenter in the runner, the same ranges), and a query's CJK runs are cut the
      // same way; other words match as substrings, as before.
      var CJK = [[0x3040, 0x30FF], [0x3400, 0x4DBF], [0x4E00, 0x9FFF], [0xAC00, 0xD7AF], [0xF900, 0xFAFF], [0x20000, 0x2FA1F]];
      function isCJK(character) {
        var code = character.codePointAt(0);
        for (var i = 0; i < CJK.length; i++) if (code >= CJK[i][0] && code <= CJK[i][1]) return true;
        return false;
      }
      // A query's terms: CJK runs (as strings) and other words, lower-cased.
      function terms(query) {
        var cjk = [], words = [], run = "", word = "";
        Array.from(query.toLowerCase() + " ").forEach(function (character) {
          if (isCJK(character)) { if (word) { words.push(word); word = ""; } run += character; return; }
          if (run) { cjk.push(run); run = ""; }
          if (/\s/.test(character)) { if (word) { words.push(word); word = ""; } } else { word += character; }
        });
        return { cjk: cjk, words: words };
      }
      // A run's tokens as the index holds them: its pairs, or the character alone.
      function cjkTokens(run) {
        var characters = Array.from(run);
        if (characters.length === 1) return characters;
        var pairs = [];
        for (var i = 0; i + 1 < characters.length; i++) pairs.push(characters[i] + characters[i + 1]);
        return pairs;
      }
      function tokenSet(text) {
        var set = {};
        terms(text).cjk.forEach(function (run) {
          Array.from(run).forEach(function (c) { set[c] = true; });
          cjkTokens(run).forEach(function (t) { set[t] = true; });
        });
        return set;
      }
      function snippet(text, term) {
        var at = text.toLowerCase().indexOf(term);
        if (at < 0) return text.slice(0, 120);
        var start = Math.max(0, at - 50);
        if (start > 0) { var space = text.lastIndexOf(" ", start); start = space < 0 ? start : space + 1; }
        return (start > 0 ? "…" : "") + text.slice(start, at + 90) + "…";
      }
      function search(query) {
        var parsed = terms(query);
        var tokens = [];
        parsed.cjk.forEach(function (run) { tokens = tokens.concat(cjkTokens(run)); });
        if (!tokens.length && !parsed.words.length) return [];
        var hits = [];
        index.forEach(function (entry) {
          var title = (entry.lesson + " " + entry.section).toLowerCase();
          var body = entry.text.toLowerCase();
          var score = 0;
          if (tokens.length) {
            if (!entry.tokens) entry.tokens = (entry.cjk || "").split(" ").reduce(function (set, t) { set[t] = true; return set; }, {});
            if (!entry.titleTokens) entry.titleTokens = tokenSet(title);
            for (var k = 0; k < tokens.length; k++) {
              if (!entry.tokens[tokens[k]]) return;
            }
            score += tokens.every(function (t) { return entry.titleTokens[t]; }) ? 5 : 1;
          }
          for (var i = 0; i < parsed.words.length; i++) {
            var inTitle = title.indexOf(parsed.words[i]) >= 0, inBody = body.indexOf(parsed.words[i]) >= 0;
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
          none.className = "empty"; none.textContent = strings.noResultsBefore + query + strings.noResultsAfter;
          results.appendChild(none);
        }
        found.forEach(function (entry) {
          var link = document.createElement("a");
          link.href = entry.url;
          link.textContent = entry.section && entry.section !== entry.lesson ? entry.lesson + " › " + entry.section : entry.lesson;
          var small = document.createElement("small");
          var parsed = terms(query);
          small.textContent = snippet(entry.text, parsed.cjk[0] || parsed.words[0] || "");
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
