"""Where vetguide's files are: the bundled resources and the user's data. Kept free of
pydantic and Qt, so the window can open its settings (and the command line find the desktop
entry) before the model is imported."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DATA_DIR_ENV = "VETGUIDE_DATA_DIR"


def resource_path(*parts: str) -> Path:
    """A file (or folder) of the bundled ``vetguide/resources``: ``resource_path("i18n")``.

    The one way every module finds the bundled data, in a checkout, an installed wheel and the
    PyInstaller bundle alike."""
    return Path(str(resources.files("vetguide").joinpath("resources", *parts)))


def data_dir() -> Path:
    """The folder for user data: $VETGUIDE_DATA_DIR if set, else the platform's user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("vetguide", appauthor=False)
