"""Writes the benchmark's lessons: N small cells as a Markdown lesson (Swift) and as a Jupyter
notebook (Python) with the same work in each cell: arithmetic, string building, printing, and
every fifth cell ending in a bare expression that the notebook displays.

    python3 make_lessons.py FOLDER N...    writes FOLDER/cells-N.md and FOLDER/cells-N.ipynb
"""

import json
import sys
from pathlib import Path


def swift_cell(i):
    lines = [
        f"let a{i} = {i} * 3 + 7",
        f'var s{i} = "cell {i}:"',
        f"for k in 0..<5 {{ s{i} += \" \" + String(k * a{i}) }}",
        f"print(s{i}, a{i} % 11)",
    ]
    if i % 5 == 0:
        lines.append(f"Double(a{i}) / 4.0")
    return "\n".join(lines)


def python_cell(i):
    lines = [
        f"a{i} = {i} * 3 + 7",
        f's{i} = "cell {i}:"',
        f'for k in range(5): s{i} += " " + str(k * a{i})',
        f"print(s{i}, a{i} % 11)",
    ]
    if i % 5 == 0:
        lines.append(f"a{i} / 4.0")
    return "\n".join(lines)


def markdown(count):
    parts = [f"---\ntitle: Benchmark, {count} cells\n---\n\n# {count} small cells\n"]
    for i in range(1, count + 1):
        parts.append(f"Cell {i}.\n\n```swift\n{swift_cell(i)}\n```\n")
    return "\n".join(parts)


def notebook(count):
    cells = [{"cell_type": "markdown", "id": "title", "metadata": {},
              "source": f"# {count} small cells"}]
    for i in range(1, count + 1):
        cells.append({"cell_type": "markdown", "id": f"prose-{i}", "metadata": {},
                      "source": f"Cell {i}."})
        cells.append({"cell_type": "code", "id": f"code-{i}", "execution_count": None,
                      "metadata": {}, "outputs": [], "source": python_cell(i)})
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def main():
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for count in map(int, sys.argv[2:]):
        (folder / f"cells-{count}.md").write_text(markdown(count))
        (folder / f"cells-{count}.ipynb").write_text(json.dumps(notebook(count), indent=1) + "\n")


if __name__ == "__main__":
    main()
