import os

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _no_installed_packs(tmp_path_factory, monkeypatch):
    """Tests see the bundled data packs only, never packs installed on this machine."""
    from vetguide.model.packs import PACKS_ENV

    monkeypatch.setenv(PACKS_ENV, str(tmp_path_factory.mktemp("packs")))
    from vetguide.model.resources import select_call_year

    select_call_year(None)
