"""The team survey: the form for the employees, the import, the comparison."""
