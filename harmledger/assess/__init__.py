"""Assess: corroboration, figures, grades, belligerent statements, human decisions."""
