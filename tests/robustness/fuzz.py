"""Hypothesis strategies for damaged input files, and the checks every loader must pass.

A damaged file is made from a valid document of its kind: values replaced by wrong types,
huge or negative numbers, very long or control-character strings, unknown fields, keys
dropped, deep nesting, a future ``schema_version``; or at byte level: cut short, bytes
inserted, not UTF-8, arbitrary bytes.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Modest example counts keep the suite fast (VETGUIDE_FUZZ_EXAMPLES=2000 for a deeper run);
# no example database is written to the repository.
FUZZ = settings(
    max_examples=int(os.environ.get("VETGUIDE_FUZZ_EXAMPLES", "60")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

MAX_MESSAGE_CHARS = 12_000
_SENTINEL = "\x00vetguide-raw\x00"

_weird_chars = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Mn"])

nasty_strings = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=_weird_chars, max_size=40),
    st.integers(1_000, 400_000).map(lambda n: "x" * n),  # longer than any field allows
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\ud800",
            "\udfff",
            "\u202e",
            "\n\r\t",
            "KA122-VET",
            "RS",
            "rs ",
            "2026-02-30",
            "9999-12-31T99:00:00",
            "null",
            "../../etc/passwd",
            "<b>x</b>",
        ]
    ),
)

nasty_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([-1, 0, 2**31, 2**63, -(2**63) - 1, 10**300, -(10**4000)]),
    st.floats(allow_nan=True, allow_infinity=True),
    nasty_strings,
)

json_values = st.recursive(
    nasty_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(nasty_strings, children, max_size=4)
    ),
    max_leaves=12,
)

# Raw JSON text put where a value was: too deep for any parser, or numbers json.dumps
# cannot write (more than 4300 digits, outside the double range, NaN).
raw_values = st.one_of(
    st.integers(10, 120_000).map(lambda n: "[" * n + "]" * n),
    st.integers(10, 50_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.integers(4_000, 20_000).map(lambda n: "9" * n),
    st.sampled_from(["1e999", "-1e999", "NaN", "Infinity", "-Infinity", "1" * 400 + ".5"]),
)


def _spots(node: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every value below ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _spots(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index
            yield from _spots(value)


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> Any:
    """``base`` with one to three values changed, added or removed."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        spots = list(_spots(doc))
        action = draw(st.sampled_from(["replace", "replace", "unknown", "drop", "wrap"]))
        if not spots or draw(st.integers(0, 30)) == 0:
            doc = draw(json_values)  # the whole document is something else
            continue
        container, key = spots[draw(st.integers(0, len(spots) - 1))]
        if action == "replace":
            container[key] = draw(json_values | st.just(_SENTINEL))
        elif action == "unknown":
            target = container if isinstance(container, dict) else container[key]
            if isinstance(target, dict):
                target[draw(nasty_strings)] = draw(json_values)
        elif action == "drop":
            del container[key]
        else:
            container[key] = draw(st.sampled_from([[container[key]], {"value": container[key]}]))
    return doc


@st.composite
def damaged_bytes(draw: st.DrawFn, base: Any) -> bytes:
    """A damaged file of the kind of ``base`` (a valid document), as bytes."""
    kind = draw(st.sampled_from(["mutated", "mutated", "mutated", "future", "bytes", "binary"]))
    if kind == "binary":
        return draw(st.binary(max_size=400))
    doc = copy.deepcopy(base)
    if kind == "future" and isinstance(doc, dict):
        doc["schema_version"] = draw(st.integers(2, 10**6))
        if draw(st.booleans()):
            doc[draw(nasty_strings)] = draw(json_values)  # and a field this version lacks
    elif kind != "bytes":
        doc = draw(mutated(base))
    text = json.dumps(
        doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2]))
    )
    quoted = json.dumps(_SENTINEL)  # control characters are escaped either way
    while quoted in text:
        text = text.replace(quoted, draw(raw_values), 1)
    data = text.encode("utf-8", errors="surrogatepass")  # lone surrogates: not UTF-8
    if kind == "bytes":
        cut = draw(st.integers(0, len(data)))
        data = draw(
            st.sampled_from(
                [
                    data[:cut],
                    data[:cut] + draw(st.binary(min_size=1, max_size=8)) + data[cut:],
                    b"\xef\xbb\xbf" + data,
                    data.decode("utf-8", errors="replace").encode("utf-16"),
                ]
            )
        )
    return data


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@contextmanager
def file_with(name: str, data: bytes) -> Iterator[tuple[Path, dict[str, bytes]]]:
    """A fresh folder holding one file; yields its path and the folder's content."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        yield path, snapshot(Path(tmp))


def check_message(message: str, path: Path | None = None) -> None:
    """A clear error: one line, not empty, not huge, and it names the file."""
    assert message.strip(), "empty message"
    assert "\n" not in message and "\r" not in message, f"not one line: {message[:300]!r}"
    assert len(message) <= MAX_MESSAGE_CHARS, f"{len(message)} characters: {message[:300]!r}"
    assert "Traceback" not in message
    if path is not None:
        assert str(path) in message, f"does not name the file: {message[:300]!r}"


def load_expecting(
    name: str,
    data: bytes,
    load: Callable[[Path], Any],
    error: type[Exception] | tuple[type[Exception], ...],
) -> Any:
    """Run ``load`` on a file holding ``data``: a value, or ``error`` with a clear message.

    Any other exception fails the test (hypothesis shows it). The folder is unchanged.
    Return the value or the exception.
    """
    with file_with(name, data) as (path, before):
        try:
            result = load(path)
        except error as exc:
            check_message(str(exc), path)
            result = exc
        assert snapshot(path.parent) == before, "the loader changed the folder"
        return result


def resource_document(*parts: str) -> Any:
    from vetguide.model.resources import resource_path

    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
