"""Team mode in the window: first administrator, sign-in, users and passwords."""
