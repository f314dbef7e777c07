"""Reading the corpus into the index: PDFs, cleaning, chunks, catalogue, manifest, the ingest run."""
