// The SentenceEncoder module; see docs/ARCHITECTURE.md.
