"""The figure finder's evaluation: a blind gold set (figures.jsonl, not_figures.jsonl) and its
scorer (`python -m evals.figures`)."""
