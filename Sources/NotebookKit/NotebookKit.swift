// The NotebookKit module; see docs/ARCHITECTURE.md.
