"""Checking an answer: citations, figures on their cited pages, conflicts, untrusted sentences."""
