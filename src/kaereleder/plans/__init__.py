"""The development plan a reflection ends with, followed up by date (issue 13).

``model`` is the plan as plain data: its keys in a journal, its numbered items and what is
due on a given day. No yaml, no rich, no clock read inside: today is always passed in.
"""
