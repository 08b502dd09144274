"""Data packs, damaged: a changed pack (re-hashed, so every check runs) is refused with one
clear line, or accepted if it is still valid; installing it changes nothing when refused."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.robustness.fuzz import FUZZ, check_message, mutated
from vetguide.model import packs
from vetguide.model.packs import PackError, check_pack, content_hash

BUNDLED: dict[str, Any] = json.loads((packs.bundled_dir() / "2026.vgpack").read_text("utf-8"))
PARTS = sorted(BUNDLED["files"])


def rehashed(raw: Any) -> Any:
    if isinstance(raw, dict):
        raw["content_hash"] = content_hash(raw)
    return raw


@settings(FUZZ, max_examples=40)  # each example checks a whole pack in two languages
@given(st.sampled_from(PARTS), st.data())
def test_a_pack_with_a_damaged_part_is_refused_with_one_line(part, data):
    raw = copy.deepcopy(BUNDLED)
    raw["files"][part] = data.draw(mutated(BUNDLED["files"][part]))
    try:
        check_pack(rehashed(raw))
    except PackError as exc:
        check_message(str(exc))
        for language in ("sr-Latn", "sr-Cyrl"):
            check_message(exc.say(language))


@settings(FUZZ, max_examples=40)
@given(mutated({k: v for k, v in BUNDLED.items() if k != "files"}))
def test_a_pack_with_a_damaged_header_is_refused_with_one_line(header):
    raw = header if not isinstance(header, dict) else {**header, "files": BUNDLED["files"]}
    try:
        check_pack(raw)
    except PackError as exc:
        check_message(str(exc))
