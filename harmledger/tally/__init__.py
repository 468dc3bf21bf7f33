"""Tallies over incidents and comparisons of who says how many."""
