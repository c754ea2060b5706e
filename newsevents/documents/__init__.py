"""Article -> spaCy Docs: the model loaded once, sentences split cheaply, only candidate sentences parsed."""
