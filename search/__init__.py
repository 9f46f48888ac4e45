"""Full-text search over documents, behind one interface (see search.index)."""
