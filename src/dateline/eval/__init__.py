"""Evaluation: gold loaders, scorers and the gate over eval/baseline.json."""
