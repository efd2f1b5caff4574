"""The reflection: the flow, its prompts, answers files, and saving as it goes."""
