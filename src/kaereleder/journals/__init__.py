"""The saved reflections: the journal commands, diff, trend and export."""
