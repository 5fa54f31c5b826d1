"""Turning news pages saved as text into clean, stable sentences.

readers: files and folders into documents; chrome: page-chrome rules (data/chrome_rules.json);
segment: sentences with fixes for Indonesian news text; metadata: title, outlet, dateline,
date, wire; analyse: one document into its units; dedupe: repeats and near-duplicate groups.
ingest: the pipeline into the database (the one module here that writes).
"""
