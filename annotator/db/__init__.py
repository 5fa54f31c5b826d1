"""The data layer: connections with the storage promises, migrations, the history engine.

Every SQLite-only feature (pragmas, FTS5, ``INSERT OR IGNORE``, partial indexes) is named
here or in the domain modules' SQL, never in the UI or the CLI.
"""
