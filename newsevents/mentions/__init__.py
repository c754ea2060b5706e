"""mentions stage."""
