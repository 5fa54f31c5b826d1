"""Keys are data: every binding has an id, and a keymap file rebinds them.

The screens build their bindings when they are created (the label keys from the scheme),
each with an id such as ``label.claim``, ``confidence.up`` or ``undo``. A user's
``keymap.toml`` (``$ANNOTATOR_KEYMAP``, else ``keymap.toml`` in the platform config folder)
maps ids to keys; Textual's keymap then applies it to every screen. A bad file, or a key
bound to two things on one screen, is one error line naming the file and the entry: the
tool refuses to start rather than let a key silently do the wrong thing.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterable, Mapping
from pathlib import Path

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.keys import Keys, key_to_character

from annotator.base.errors import AnnotatorError
from annotator.base.small_file import read_small_file

KEYMAP_ENV = "ANNOTATOR_KEYMAP"
MODIFIERS = ("ctrl", "alt", "shift", "super", "meta", "hyper")


class KeymapError(AnnotatorError):
    """A keymap (or label scheme) that would leave a key ambiguous; names the file."""


def keymap_path() -> Path | None:
    """``$ANNOTATOR_KEYMAP`` (which must exist), else keymap.toml in the platform config
    folder if there is one, else None."""
    env = os.environ.get(KEYMAP_ENV)
    if env:
        return Path(env)
    import platformdirs

    found = Path(platformdirs.user_config_dir("annotator")) / "keymap.toml"
    return found if found.is_file() else None


def normal_keys(keys: str) -> list[str]:
    """Textual's names for a comma-separated key list ("?" is "question_mark")."""
    return [b.key for b in Binding.make_bindings([Binding(keys, "noop")])]


_NAMED = {k.value for k in Keys if "+" not in k.value} | {"comma"} | {
    name for ch in string.punctuation.replace(",", "") for name in normal_keys(ch)
}


def is_key(key: str) -> bool:
    """A key Textual can report: a character, or a key name after any modifiers."""
    if len(key) == 1:
        return key.isprintable() and not key.isspace()
    *mods, base = key.split("+")
    if any(mod not in MODIFIERS for mod in mods) or not base:
        return False
    return (len(base) == 1 and base.isprintable() and not base.isspace()) \
        or base in _NAMED or key_to_character(base) is not None


def read_keymap(path: str | Path, known: Mapping[str, str]) -> dict[str, str]:
    """The keymap in ``path``: binding id -> keys ("ctrl+z", or "j,down"), checked against
    ``known`` (id -> what it does). Ids may be dotted keys or tables (``[label]`` then
    ``claim = "r"``); a value may be one key string or a list of keys."""
    import tomllib  # only when there is a keymap file to read

    path = Path(path)
    try:
        raw = tomllib.loads(read_small_file(path, "keymap").decode("utf-8"))
    except OSError as exc:
        raise KeymapError(f"{path}: cannot read the keymap ({exc.strerror or exc})") from None
    except AnnotatorError as exc:
        raise KeymapError(str(exc)) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise KeymapError(f"{path}: not a TOML keymap ({exc})") from None
    except RecursionError:
        raise KeymapError(f"{path}: not a TOML keymap (nested too deeply)") from None
    keymap: dict[str, str] = {}
    for binding_id, value in _flatten(raw):
        if binding_id not in known:
            close = sorted(i for i in known if i.split(".")[0] == binding_id.split(".")[0])
            hint = f" (did you mean {', '.join(close)}?)" if close else \
                " (the README's Keys section lists every id)"
            raise KeymapError(f"{path}: {binding_id!r}: no key has this id{hint}")
        keys = value if isinstance(value, list) else [value]
        if not keys or not all(isinstance(k, str) and k.strip() for k in keys):
            raise KeymapError(f"{path}: {binding_id!r}: give a key as a string, "
                              'e.g. "ctrl+z", or a list of them')
        listed = [part.strip() for key in keys
                  for part in ([key] if key.strip() == "," else key.split(","))]
        for key in listed:
            if not is_key(key):
                raise KeymapError(f"{path}: {binding_id} = {key!r}: not a key "
                                  "(a character, or a name such as f2, ctrl+z, up, escape)")
        keymap[binding_id] = ",".join(map(_textual_key, listed))
    return keymap


def _textual_key(key: str) -> str:
    """One key as Textual names it: "?" is question_mark, "ctrl+/" is ctrl+slash."""
    if key in (",", "comma"):
        return "comma"
    mods, plus, base = key.rpartition("+") if len(key) > 1 else ("", "", key)
    return mods + plus + ("comma" if base == "," else normal_keys(base)[0])


def _flatten(table: dict, prefix: str = "") -> Iterable[tuple[str, object]]:
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def check_keys(screen: str, bindings: Iterable[Binding], keymap: Mapping[str, str], *,
               keymap_file: str | Path | None, scheme_file: str) -> None:
    """Refuse a key bound to two different things on one screen once ``keymap`` is applied:
    blame the keymap file if it moved one of them there, else the label scheme."""
    owner: dict[str, Binding] = {}
    for binding in Binding.make_bindings(bindings):
        keys = keymap[binding.id].split(",") if binding.id in keymap else [binding.key]
        for key in keys:
            other = owner.setdefault(key, binding)
            if other.id == binding.id or other.action == binding.action:
                continue
            moved = [b.id for b in (other, binding) if b.id in keymap]
            where = keymap_file if moved else scheme_file
            raise KeymapError(
                f"{where}: key {key!r} on the {screen} screen would be both "
                f"{other.id} ({other.description}) and {binding.id} ({binding.description})"
            )


def install_bindings(node: DOMNode, bindings: Iterable[Binding]) -> None:
    """Give one screen the bindings built for it at run time. Textual collects BINDINGS
    per class; a node's own map (``_bindings``, which the footer, help and keymaps read) is
    where per-instance keys go. Keys its classes declare (Textual's focus keys, or a
    subclass's BINDINGS) stay, and win on a shared key as a subclass's would."""
    keys = BindingsMap(bindings).key_to_bindings
    keys.update(node._bindings.key_to_bindings)
    node._bindings = BindingsMap.from_keys(keys)


def load_keys(screens: Mapping[str, list[Binding]], app_bindings: list[Binding], *,
              path: str | Path | None, scheme_file: str) -> dict[str, str]:
    """The keymap in ``path`` (None: no keymap), checked against every screen's bindings:
    each id known, each key doing one thing per screen (the app's keys count on all)."""
    known = {b.id: b.description for bindings in (*screens.values(), app_bindings)
             for b in bindings if b.id}
    keymap = read_keymap(path, known) if path else {}
    for screen, bindings in screens.items():
        check_keys(screen, [*bindings, *app_bindings], keymap,
                   keymap_file=path, scheme_file=scheme_file)
    return keymap
