"""Importing clients and deals from spreadsheets and vCards: the pure part (standard library only).

``values`` parses the numbers and dates offices type, ``headers`` maps column titles of Etap's own export,
Pipedrive, HubSpot and Polish/Romanian spreadsheets to Etap fields, ``stages`` recognises closed stage names,
``mapping`` is the user's (or a JSON file's) choice of all of that.
"""
