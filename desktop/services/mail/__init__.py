"""E-mail: templates, the outbox and its sender, SMTP and IMAP settings, received mail and its matching."""
