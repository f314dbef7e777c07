"""Reading the question: follow-ups, spelling, names and years asked, attribution."""
