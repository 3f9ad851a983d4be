"""Titles, names, countries and the officials they make up."""
