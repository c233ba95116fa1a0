"""Time-in-stage triggers in the window: the clock, the per-stage editor, the log, campaigns (SPEC F7)."""
