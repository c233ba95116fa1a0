"""Contacts and companies: their lazy list views and their non-modal sheets."""
