"""The index and the search over it: Chroma store, embeddings, lexical index, retrieval, generations."""
