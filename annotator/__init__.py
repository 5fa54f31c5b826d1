"""annotator: label, link and adjudicate the sentences of a news corpus at the keyboard."""

__version__ = "0.1.0"


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy and pandas when it is imported, only to map their number
    types to column types, which annotator never stores. numpy alone costs every command
    (and the UI's start) about 0.3 s, so sqlite-utils is imported here with both hidden;
    they import normally afterwards (the agreement report uses numpy)."""
    import sys

    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import` raises ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
