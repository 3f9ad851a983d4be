"""Records built from entities and values: meetings and trade figures."""
