"""Widgets of the labeling UI."""
