"""The calculation (quote lines), the product catalogue, offers (PDF) and their tracking."""
