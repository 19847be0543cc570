"""Drives benchmarks/author-loop/run: waits for the preview server's first build, then for each
lesson appends a comment line to its last Swift cell (and to its translation's, which holds the
same cells), times how long the server takes to
finish the rebuild (its generation moving on, read from /__reload), and restores the file
(timed too). Prints one line per lesson and the maximum."""

import json
import re
import sys
import time
import urllib.request
from pathlib import Path

log, folder = Path(sys.argv[1]), Path(sys.argv[2])


def port():
    deadline = time.time() + 60
    while time.time() < deadline:
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", log.read_text() if log.exists() else "")
        if found:
            return int(found.group(1))
        time.sleep(0.1)
    sys.exit("the server did not start: " + log.read_text())


def reload_state(port, since=None):
    url = f"http://127.0.0.1:{port}/__reload" + ("" if since is None else f"?since={since}")
    with urllib.request.urlopen(url, timeout=30) as reply:
        return json.load(reply)


def wait_past(port, generation, limit=600):
    """Seconds until a build after `generation` finishes without problems, and its state. A
    lesson and its translation are written one after the other, so a build may see only the
    first (a cell mismatch); then the next build is waited for. A build with problems that
    no newer build follows within one long poll is returned as it is."""
    start = time.monotonic()
    found = None
    while time.monotonic() - start < limit:
        state = reload_state(port, generation)  # long-polls up to 10 s
        if state["generation"] > generation:
            found = (time.monotonic() - start, state)
            if not state["problems"]:
                return found
            generation = state["generation"]
        elif found:
            return found
    sys.exit(f"no rebuild within {limit} s")


def edited(text, mark):
    """`text` with `// mark` as a new last line of its last ```swift cell."""
    lines = text.split("\n")
    opens = [i for i, line in enumerate(lines) if line.startswith("```swift")]
    close = next(i for i in range(opens[-1] + 1, len(lines)) if lines[i].startswith("```"))
    return "\n".join(lines[:close] + [f"// {mark}"] + lines[close:])


p = port()
generation = 0
start = time.monotonic()
first, state = wait_past(p, 0)
generation = state["generation"]
print(f"first build (cold execution cache): {first:.1f} s")
worst = 0.0
for lesson in sorted(folder.glob("*.md")):
    # The translation holds the same cells: the edit goes into it too, as an author does.
    translation = folder / "zh" / lesson.name
    pair = [lesson] + ([translation] if translation.exists() else [])
    originals = [path.read_text() for path in pair]
    for path, text in zip(pair, originals):
        path.write_text(edited(text, "author-loop edit"))
    seconds, state = wait_past(p, generation)
    generation = state["generation"]
    problems = " (build has problems)" if state["problems"] else ""
    for path, text in zip(pair, originals):
        path.write_text(text)
    back, state = wait_past(p, generation)
    generation = state["generation"]
    worst = max(worst, seconds)
    print(f"{lesson.name:32} edit → page {seconds:6.2f} s   restore → page {back:6.2f} s{problems}")
print(f"author loop: max {worst:.2f} s (goal 5 s)")
