"""Benchmarks: a generated knowledge base of realistic size, and the measurements run on it."""
