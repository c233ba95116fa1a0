"""Contacts and companies: the address book, their deals, duplicates and merging, GDPR, campaigns, pickers."""
