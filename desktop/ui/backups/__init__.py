"""Data safety in the window: File → Back up now / Backups… / Export all data…, the backup schedule, and the
checks made before the database is opened (integrity, unsafe folder)."""
