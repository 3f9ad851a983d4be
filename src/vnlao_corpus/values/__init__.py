"""Grammars for values (numbers, amounts, dates, periods), knowing nothing of articles."""
