"""Creating a deal: the New deal dialog and its small New contact / New company dialogs."""
