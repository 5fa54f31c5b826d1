"""annotator: label, link and adjudicate the sentences of a news corpus at the keyboard."""

__version__ = "0.1.0"
