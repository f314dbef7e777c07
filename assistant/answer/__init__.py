"""Answering from the retrieved passages: units, the extractive answerer and its rules, LLM backends."""
