"""Activities and the Won gate, tasks and reminders, the calendar export."""
