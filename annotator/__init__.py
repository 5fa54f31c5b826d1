"""annotator: label, link and adjudicate the sentences of a news corpus at the keyboard."""

import importlib.machinery
import sys

__version__ = "0.1.0"


class _SqliteUtilsWithoutNumpy:
    """sqlite-utils imports numpy and pandas when it is imported, only to map their number
    types to column types, which annotator never stores. numpy alone costs about 0.3 s, so
    whenever sqlite-utils is first imported (lazily: the labeling screen's first sentence is
    read without it, db/lazy_database.py) both are hidden from it; they import normally
    afterwards (the agreement report uses numpy). A finder on sys.meta_path, so that the
    first ``import sqlite_utils`` anywhere goes through it."""

    HIDDEN = ("numpy", "pandas")

    def find_spec(self, name, path=None, target=None):
        if name != "sqlite_utils":
            return None
        sys.meta_path.remove(self)  # once is enough
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Hiding(spec.loader, self.HIDDEN)
        return spec


class _Hiding:
    """A loader that runs another with some modules made unimportable meanwhile."""

    def __init__(self, loader, hidden: tuple[str, ...]) -> None:
        self.loader = loader
        self.hidden = hidden

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        hidden = [name for name in self.hidden if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # `import` raises ImportError
        try:
            self.loader.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name) is None:
                    del sys.modules[name]


if "sqlite_utils" not in sys.modules:
    sys.meta_path.insert(0, _SqliteUtilsWithoutNumpy())
