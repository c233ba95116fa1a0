"""Processes and their stages (SPEC F1, F3)."""
