"""Text the user typed (or imported), made safe to show beside other text.

Names, notes and other free text may hold bidirectional controls: a RIGHT-TO-LEFT OVERRIDE
(U+202E) in a shortlist name would otherwise reverse the words that follow it on the same
line ("Saved ‮gnirts‬ to…"). :func:`isolate` wraps such text in FIRST STRONG ISOLATE …
POP DIRECTIONAL ISOLATE (U+2068 … U+2069), so whatever it holds stays inside: the memo
(HTML, also laid out by Qt for the PDF) and every view of the app use it for user text.

Text that holds no right-to-left letter and no directional control cannot move anything
around it and is returned as it is. Kept free of Qt and pydantic (as vetguide.paths), so the
window can use it before the model is loaded; :mod:`vetguide.ui.user_text` adds tooltips.
"""

from __future__ import annotations

import unicodedata

FSI = "\u2068"
PDI = "\u2069"
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_NEEDS_ISOLATION = frozenset(
    {"R", "AL", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


def needs_isolation(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter or a directional control."""
    if text.isascii():  # no ASCII character is right-to-left or a control of direction
        return False
    return any(unicodedata.bidirectional(ch) in _NEEDS_ISOLATION for ch in text)


def isolate(text: str) -> str:
    """``text`` wrapped in FSI … PDI when it could reorder the text around it.

    A PDI in ``text`` without its opening isolate is dropped: it would close ours early.
    Embeddings and overrides left open inside end at our PDI (Unicode bidi algorithm, X6a).
    """
    if not text or not needs_isolation(text):
        return text
    kept: list[str] = []
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(ch)
    return FSI + "".join(kept) + PDI * (depth + 1)


def one_line(text: str) -> str:
    """``text`` as one line: line breaks, tabs and other control characters become spaces,
    runs of spaces one space, and the ends are trimmed (for names; notes keep their lines)."""
    spaced = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(spaced.split())
