"""Time the decision-memo PDF export for shortlists of 1, 10 and 50 actions.

Run from the repository: ``python benchmarks/export_pdf.py``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vetguide.model.catalogue import Catalogue
from vetguide.model.profile import InstitutionProfile, Partner
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import ItemStatus, Shortlist, ShortlistItem
from vetguide.report.pdf import ensure_gui_application, export_shortlist_pdf

TODAY = date(2026, 1, 20)
SIZES = (1, 10, 50)
RUNS = 3


def shortlist(catalogue: Catalogue, size: int) -> Shortlist:
    """``size`` actions; codes repeat past the catalogue (the model only refuses it in add())."""
    codes = [a.code for a in catalogue.actions]
    items = [
        ShortlistItem(
            code=codes[i % len(codes)],
            note=f"Note {i}: " + "who does what, by when, and with which partner. " * (i % 4 * 5),
            status=list(ItemStatus)[i % len(ItemStatus)],
        )
        for i in range(size)
    ]
    profile = InstitutionProfile(
        name="Tehnička škola Čačak",
        organisation_type="vet_provider",
        country="RS",
        goals=["learner_mobility", "develop_practices", "vocational_excellence"],
        partners=[Partner(country="AT", organisation_type="company", name="Firma GmbH")],
    )
    return Shortlist(name=f"Benchmark {size}", items=items, profile=profile)


def main() -> None:
    catalogue = load_catalogue()
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "memo.pdf"
        export_shortlist_pdf(shortlist(catalogue, 1), catalogue, target, today=TODAY)  # warm-up
        print(f"{'actions':>7}  {'pages':>5}  {'median s':>8}  {'min s':>6}  {'kB':>6}")
        for size in SIZES:
            memo = shortlist(catalogue, size)
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                export_shortlist_pdf(memo, catalogue, target, today=TODAY)
                times.append(time.perf_counter() - start)
            pages = target.read_bytes().count(b"/Type /Page\n") or _pages(target)
            print(
                f"{size:>7}  {pages:>5}  {statistics.median(times):>8.2f}  {min(times):>6.2f}"
                f"  {target.stat().st_size / 1024:>6.0f}"
            )


def _pages(path: Path) -> int:
    try:
        from pypdf import PdfReader
    except ImportError:
        return 0
    return len(PdfReader(path).pages)


if __name__ == "__main__":
    main()
