"""Where the user's data lives. Kept free of pydantic and Qt, so the window can open its
settings before the model is imported."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "VETGUIDE_DATA_DIR"


def data_dir() -> Path:
    """The folder for user data: $VETGUIDE_DATA_DIR if set, else the platform's user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("vetguide", appauthor=False)
