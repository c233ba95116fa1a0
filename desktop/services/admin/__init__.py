"""Administration: users and roles, backups, exporting all data."""
