"""Loaded for every test run (``-p tests.pack_isolation`` in pyproject.toml): tests see the
bundled data packs only, never packs installed on this machine, and start with no call year
selected."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_installed_packs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vetguide.model.packs import PACKS_ENV
    from vetguide.model.resources import select_call_year

    monkeypatch.setenv(PACKS_ENV, str(tmp_path_factory.mktemp("packs")))
    select_call_year(None)
