"""Importing clients and deals (issue 17): ``reading`` opens a file as a table of text cells, ``plan`` checks it
against a mapping and converts rows to what will be stored, ``engine`` writes them in one transaction,
``revert`` undoes a batch, ``cli`` is ``etap import``."""
