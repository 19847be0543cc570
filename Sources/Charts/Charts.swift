// The Charts module; see docs/ARCHITECTURE.md.
