extension SiteAssets {
    static let style = #"""
    :root {
      color-scheme: light;
      --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa;
      --accent: #0969da; --code-bg: #f6f8fa; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e;
      --kw: #cf222e; --ty: #8250df; --str: #0a3069; --num: #0550ae; --cm: #6e7781; --attr: #953800; --lbl: #116329;
      --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Helvetica, Arial, sans-serif;
      --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
    }
    @media (prefers-color-scheme: dark) {
      :root:not([data-theme="light"]) {
        color-scheme: dark;
        --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #30363d; --panel: #151b23;
        --accent: #4493f8; --code-bg: #151b23; --ok: #3fb950; --warn: #d29922; --bad: #f85149;
        --kw: #ff7b72; --ty: #d2a8ff; --str: #a5d6ff; --num: #79c0ff; --cm: #9198a1; --attr: #ffa657; --lbl: #7ee787;
      }
    }
    :root[data-theme="dark"] {
      color-scheme: dark;
      --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #30363d; --panel: #151b23;
      --accent: #4493f8; --code-bg: #151b23; --ok: #3fb950; --warn: #d29922; --bad: #f85149;
      --kw: #ff7b72; --ty: #d2a8ff; --str: #a5d6ff; --num: #79c0ff; --cm: #9198a1; --attr: #ffa657; --lbl: #7ee787;
    }
    /* Chinese pages: Latin text in the system face, Han characters in the platform's CJK face
       (macOS PingFang / Hiragino, Windows Microsoft YaHei, Linux Noto / Source Han / WenQuanYi). */
    :root:lang(zh-CN) {
      --font: -apple-system, "Segoe UI", Roboto, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
        "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif;
    }
    html:lang(zh-CN) { line-height: 1.75; }
    * { box-sizing: border-box; }
    html { background: var(--bg); color: var(--fg); font-family: var(--font); line-height: 1.6; }
    body { margin: 0; }
    a { color: var(--accent); }
    .topbar { position: sticky; top: 0; z-index: 10; display: flex; gap: 1rem; align-items: center;
      padding: .6rem 1.2rem; background: var(--bg); border-bottom: 1px solid var(--border); }
    .brand { font-weight: 700; color: var(--fg); text-decoration: none; white-space: nowrap; }
    .search { position: relative; flex: 1; max-width: 28rem; margin-left: auto; }
    .search input { width: 100%; padding: .4rem .7rem; border: 1px solid var(--border); border-radius: 6px;
      background: var(--panel); color: var(--fg); font: inherit; }
    .search-results { position: absolute; top: 2.4rem; left: 0; right: 0; max-height: 70vh; overflow: auto;
      background: var(--bg); border: 1px solid var(--border); border-radius: 6px; box-shadow: 0 8px 24px rgba(0,0,0,.2); }
    .search-results a { display: block; padding: .5rem .8rem; color: var(--fg); text-decoration: none; border-bottom: 1px solid var(--border); }
    .search-results a:hover, .search-results a:focus { background: var(--panel); }
    .search-results small { display: block; color: var(--muted); }
    .search-results .empty { padding: .5rem .8rem; color: var(--muted); }
    .language-switch { white-space: nowrap; border: 1px solid var(--border); border-radius: 6px; padding: .3rem .6rem;
      color: var(--fg); text-decoration: none; background: var(--panel); }
    .language-switch:hover, .language-switch:focus { border-color: var(--accent); }
    .theme-toggle { border: 1px solid var(--border); background: var(--panel); color: var(--fg); border-radius: 6px;
      padding: .3rem .6rem; cursor: pointer; font: inherit; }
    .layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr) 13rem; gap: 2rem; max-width: 88rem; margin: 0 auto; padding: 0 1.2rem; }
    .sidebar { position: sticky; top: 3.5rem; align-self: start; max-height: calc(100vh - 4rem); overflow: auto; padding: 1.2rem 0; font-size: .92rem; }
    .sidebar ol { padding-left: 1.2rem; margin: 0; }
    .sidebar li { margin: .3rem 0; }
    .sidebar a { color: var(--muted); text-decoration: none; }
    .sidebar a[aria-current="page"] { color: var(--fg); font-weight: 600; }
    .layout.no-toc { grid-template-columns: 15rem minmax(0, 1fr); }
    .content { min-width: 0; padding: 1.2rem 0 4rem; }
    .toc { position: sticky; top: 3.5rem; align-self: start; padding: 1.2rem 0; font-size: .85rem; }
    .toc h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0 0 .5rem; }
    .toc ul { list-style: none; padding: 0; margin: 0; }
    .toc li { margin: .25rem 0; }
    .toc .toc-h3 { padding-left: .8rem; }
    .toc a { color: var(--muted); text-decoration: none; }
    h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 .8rem; }
    h1 { font-size: 2rem; margin-top: .5rem; }
    h2 { padding-bottom: .3rem; border-bottom: 1px solid var(--border); }
    .anchor { margin-left: .4rem; color: var(--muted); text-decoration: none; opacity: 0; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
    code, pre { font-family: var(--mono); font-size: .88rem; }
    :not(pre) > code { background: var(--code-bg); padding: .1rem .3rem; border-radius: 4px; }
    .computed { border-bottom: 1px dotted var(--accent); }
    pre { background: var(--code-bg); padding: .8rem 1rem; border-radius: 6px; overflow-x: auto; line-height: 1.45; margin: 0; }
    table { border-collapse: collapse; margin: 1rem 0; font-size: .92rem; display: block; overflow-x: auto; }
    th, td { border: 1px solid var(--border); padding: .35rem .7rem; text-align: left; }
    th { background: var(--panel); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: 4px solid var(--border); }
    .cell { margin: 1.2rem 0; border: 1px solid var(--border); border-radius: 8px; overflow: hidden; }
    .cell-code { position: relative; }
    .cell-code pre { border-radius: 0; padding-right: 4.5rem; }
    .copy { position: absolute; top: .4rem; right: .4rem; font-size: .75rem; padding: .15rem .5rem; border-radius: 4px;
      border: 1px solid var(--border); background: var(--bg); color: var(--muted); cursor: pointer; opacity: .7; }
    .copy:hover, .copy:focus { opacity: 1; }
    html:not(.js) .copy { display: none; }
    .cell-outputs { border-top: 1px solid var(--border); padding: .6rem 1rem; display: flex; flex-direction: column; gap: .6rem; }
    .cell-outputs pre { background: transparent; padding: 0; }
    .output-stderr { color: var(--warn); }
    .output-error { color: var(--bad); white-space: pre-wrap; }
    .output-svg svg { max-width: 100%; height: auto; display: block; }
    .output-html { overflow-x: auto; }
    .cell-label { font-size: .78rem; font-weight: 600; padding: .25rem 1rem; border-bottom: 1px solid var(--border); }
    .cell-failed { border-color: var(--bad); }
    .cell-failed .cell-label { color: var(--bad); }
    .cell-expected-failure .cell-label, .cell-expected-failure .output-error { color: var(--warn); }
    .cell-skipped .cell-label, .cell-not-run .cell-label { color: var(--muted); }
    code .kw { color: var(--kw); } code .ty { color: var(--ty); } code .str { color: var(--str); } code .num { color: var(--num); }
    code .cm { color: var(--cm); font-style: italic; } code .attr { color: var(--attr); } code .lbl { color: var(--lbl); }
    .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); }
    .pager .next { margin-left: auto; text-align: right; }
    .lede { color: var(--muted); font-size: 1.1rem; }
    .lesson-list li { margin: .8rem 0; }
    .lesson-list p { margin: .2rem 0 0; color: var(--muted); }
    @media (max-width: 72rem) { .layout { grid-template-columns: 13rem minmax(0, 1fr); } .toc { display: none; } }
    @media (max-width: 48rem) {
      .layout { display: block; } .sidebar { position: static; max-height: none; } .topbar { flex-wrap: wrap; }
      .search { order: 3; flex: 1 1 100%; max-width: none; margin-left: 0; }
    }
    @media print { .topbar, .sidebar, .toc, .copy { display: none; } .layout { display: block; } }
    """#
}
