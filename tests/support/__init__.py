"""Helpers shared by the tests: not test modules themselves, importable as ``support``
(pyproject's pytest ``pythonpath`` puts tests/ on sys.path)."""
