"""Validates exported notebooks with nbformat: the 4.5 schema, cell ids, and outputs."""
import sys

import nbformat

passed = failed = 0
for path in sys.argv[1:]:
    if path.endswith(".again.ipynb"):
        continue
    try:
        notebook = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        nbformat.validate(notebook)
        assert (notebook.nbformat, notebook.nbformat_minor) == (4, 5), "not nbformat 4.5"
        assert notebook.metadata.kernelspec.language == "swift", "kernelspec is not Swift"
        ids = [cell.id for cell in notebook.cells]
        assert len(ids) == len(set(ids)), "cell ids repeat"
        passed += 1
    except Exception as error:  # report every notebook, then fail
        print(f"export: {path}: {error}")
        failed += 1
print(f"export: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
