"""incidents stage."""
