"""Comparisons: the editor with its practice columns and quotes, the matrix, and "Use as
evidence for…" from an observation."""
