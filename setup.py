"""Only what pyproject.toml cannot say: the root folders a user edits ship inside the package.

profiles/, rewards/, training/ and serving/ stay at the top of the checkout (that is where people edit
them) and are installed as ``userlm/bundled/<folder>``; ``userlm.core.resources`` reads them there.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

FOLDERS = ("profiles", "rewards", "training", "serving")
BUNDLED = {
    "userlm.bundled." + ".".join(d.parts): str(d)
    for top in FOLDERS
    for d in [Path(top), *sorted(p for p in Path(top).rglob("*") if p.is_dir() and p.name != "__pycache__")]
}
PACKAGES = find_namespace_packages(include=["userlm", "userlm.*"], exclude=["*.__pycache__"])

setup(packages=PACKAGES + list(BUNDLED), package_dir=BUNDLED)
