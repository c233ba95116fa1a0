"""The deal sheet (SPEC F5): a window per deal with its side panel and tabs."""
