"""Catalogue dialog: products, price lists and exchange rates."""
