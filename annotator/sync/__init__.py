"""Folding other reviewers' databases into this one."""
