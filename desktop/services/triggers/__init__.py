"""Time-in-stage triggers (SPEC F7), one module per part.

- ``rules``: the triggers a manager sets on a stage (check, save, delete).
- ``schedule``: when each trigger is due for each deal; subscribers of the deal events (see ``wiring``).
- ``firing``: ``run_due`` fires what is due, exactly once, with catch-up.
- ``actions``: what a firing does (campaign, task, notification, move, e-mail), each in its own savepoint.
- ``firing_log``: the log the Triggers window shows.

The business time zone the days are counted in lives in ``desktop.services.business_time``.
"""
