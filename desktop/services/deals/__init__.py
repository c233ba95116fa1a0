"""Deals: create, edit, move, the trash, spam, moving to another process, probability, notes and files."""
