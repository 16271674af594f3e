"""Hand-written corpus scenarios, one module per kind (see make_corpus.load_scenarios)."""
