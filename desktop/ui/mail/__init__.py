"""E-mail follow-ups (SPEC F8): settings, templates, the deal's Follow-up tab, bulk send, background sender."""
