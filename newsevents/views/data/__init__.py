"""Codebook data for the ACLED- and GTD-shaped exports: column lists, type mappings, country tables (JSON)."""
