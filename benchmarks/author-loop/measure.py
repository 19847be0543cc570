"""Drives benchmarks/author-loop/run: waits for the preview server's first build, then for each
lesson appends a comment line to its last Swift cell, times how long the server takes to
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
    """Seconds until a build after `generation` finishes, and its state."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        state = reload_state(port, generation)  # long-polls up to 10 s
        if state["generation"] > generation:
            return time.monotonic() - start, state
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
    original = lesson.read_text()
    lesson.write_text(edited(original, "author-loop edit"))
    seconds, state = wait_past(p, generation)
    generation = state["generation"]
    problems = " (build has problems)" if state["problems"] else ""
    lesson.write_text(original)
    back, state = wait_past(p, generation)
    generation = state["generation"]
    worst = max(worst, seconds)
    print(f"{lesson.name:32} edit → page {seconds:6.2f} s   restore → page {back:6.2f} s{problems}")
print(f"author loop: max {worst:.2f} s (goal 5 s)")
