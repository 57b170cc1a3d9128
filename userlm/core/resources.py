"""Where the files a user edits without code are found: profiles/, rewards/, training/, serving/.

    from userlm.core.resources import find_data
    find_data("rewards", "mix.yaml")                 # ./rewards/mix.yaml if it exists, else the bundled one
    find_data("rewards", "mix.yaml", "my_mix.yaml")  # an explicit path always wins

Lookup, file by file: an explicit path, then ``./<folder>/<file>`` in the current directory, then the copy
bundled with the package (``userlm/bundled/<folder>`` in an installed wheel; the checkout's root folders in
an editable install, where they are the same files). ``userlm init DIR`` copies the bundled folders into
``DIR`` for editing; a command run in ``DIR`` then reads the edited copies.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

EDITABLE_FOLDERS = ("profiles", "rewards", "training", "serving")
_CHECKOUT = Path(__file__).resolve().parents[2]


def bundled_dir(folder: str) -> Path:
    """The bundled copy of an editable folder (read-only in spirit: edit a copy made by ``userlm init``)."""
    _check_folder(folder)
    installed = resources.files("userlm.bundled") / folder
    if installed.is_dir():  # a wheel install: the folders ship as package data
        return Path(str(installed))
    # An editable install or a source tree: setuptools maps these packages to the root folders, and its
    # editable finder does not expose data-only packages, so read them where they are.
    return _CHECKOUT / folder


def find_data(folder: str, name: str, explicit: str | os.PathLike | None = None) -> Path:
    """The file ``name`` of an editable folder: ``explicit``, else ``./folder/name``, else the bundled one.

    >>> find_data("rewards", "mix.yaml").name
    'mix.yaml'
    >>> find_data("rewards", "mix.yaml", "elsewhere/mix.yaml")
    PosixPath('elsewhere/mix.yaml')
    """
    if explicit:
        return Path(explicit)
    _check_folder(folder)
    local = Path.cwd() / folder / name
    if local.exists():
        return local
    return bundled_dir(folder) / name


def copy_defaults(dest: str | os.PathLike, folders: tuple[str, ...] = EDITABLE_FOLDERS, force: bool = False) -> list[Path]:
    """Copy the bundled folders into ``dest`` for editing; returns the files written.

    An existing file is kept unless ``force``: a rerun never overwrites someone's edits. Python caches and
    package markers are not copied.
    """
    written: list[Path] = []
    for folder in folders:
        src = bundled_dir(folder)
        for path in sorted(src.rglob("*")):
            if path.is_dir() or path.name == "__init__.py" or "__pycache__" in path.parts:
                continue
            target = Path(dest) / folder / path.relative_to(src)
            if target.exists() and not force:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
            written.append(target)
    return written


def _check_folder(folder: str) -> None:
    if folder not in EDITABLE_FOLDERS:
        raise ValueError(f"unknown editable folder {folder!r} (known: {', '.join(EDITABLE_FOLDERS)})")
