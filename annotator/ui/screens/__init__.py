"""Screens of the UI, one per module."""
