"""Data files of the resolve stage (gazetteer vocabulary, aliases)."""
