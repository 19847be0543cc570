import Foundation

/// The live-reload protocol between the preview server and its pages.
///
/// Served HTML pages (never the built files) get a small script before `</body>` that asks
/// `GET /__reload?since=N`, where N is the build generation the page was served at. The server
/// answers `{"generation": G, "problems": "…" | null}` at once when G differs from N, or when
/// `since` is absent; otherwise it waits (up to `longPollSeconds`) for the next build. The page
/// reloads when G differs from N, and shows the problems as an overlay.
enum LiveReload {
    static let path = "/__reload"
    static let longPollSeconds = 10.0

    struct Reply: Encodable, Equatable {
        var generation: Int
        var problems: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(generation, forKey: .generation)
            try container.encode(problems, forKey: .problems)
        }

        private enum CodingKeys: String, CodingKey { case generation, problems }

        func json() -> Data {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(self)) ?? Data("{}".utf8)
        }
    }

    /// `html` with the reload script for `generation` inserted before its last `</body>`
    /// (appended when there is none).
    static func inject(into html: String, generation: Int) -> String {
        let tag = "<script>\(script(generation: generation))</script>\n"
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag)
    }

    static func script(generation: Int) -> String {
        """
        (function(){
        var generation=\(generation),overlay=null;
        function show(text){
          if(!text){if(overlay){overlay.remove();overlay=null;}return;}
          if(!overlay){
            overlay=document.createElement("div");overlay.id="notebook-build-problems";
            overlay.setAttribute("style","position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:1000;background:#2b0d0d;color:#ffd7d7;border:2px solid #e5484d;border-radius:8px;padding:.8rem 1rem;font:13px/1.4 ui-monospace,monospace;box-shadow:0 4px 24px rgba(0,0,0,.4)");
            var title=document.createElement("strong");title.textContent="The preview build has problems (also printed in the terminal):";
            var close=document.createElement("button");close.textContent="×";close.setAttribute("aria-label","Hide");
            close.setAttribute("style","float:right;background:none;border:0;color:inherit;font-size:18px;cursor:pointer");
            close.onclick=function(){overlay.style.display="none";};
            var pre=document.createElement("pre");pre.setAttribute("style","white-space:pre-wrap;margin:.5rem 0 0;padding:0;background:none;color:inherit");
            overlay.appendChild(close);overlay.appendChild(title);overlay.appendChild(pre);document.body.appendChild(overlay);
          }
          overlay.querySelector("pre").textContent=text;
        }
        function poll(first){
          fetch("\(path)"+(first?"":"?since="+generation),{cache:"no-store"}).then(function(r){return r.json();}).then(function(state){
            if(state.generation!==generation){location.reload();return;}
            show(state.problems);poll(false);
          }).catch(function(){setTimeout(function(){poll(true);},1000);});
        }
        poll(true);
        })();
        """
    }
}
