"""Tools → Import…: the import wizard and the import history (Revert import)."""
