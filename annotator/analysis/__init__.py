"""Figures for leads: agreement between reviewers, progress statistics."""
