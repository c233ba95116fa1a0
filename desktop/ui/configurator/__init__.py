"""The process configurator dialog (SPEC F3)."""
