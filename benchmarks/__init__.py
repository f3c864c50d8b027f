"""Benchmark scripts; see README.md here. ``synthetic`` builds datasets of any size."""
