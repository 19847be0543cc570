// The ActiveLearning module; see docs/ARCHITECTURE.md.
