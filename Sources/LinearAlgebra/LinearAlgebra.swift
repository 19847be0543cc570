// The LinearAlgebra module; see docs/ARCHITECTURE.md.
