"""Etap — a desktop sales-pipeline CRM."""

__version__ = "0.1.0"
