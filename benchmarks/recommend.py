"""Prints how long the recommender takes.

- one ``recommend()`` call over the whole catalogue (median of many, after a warm-up);
- the wall time of ``vetguide recommend`` as a process, next to ``python -c "import pydantic"``
  measured the same way in the same run.

Run: python benchmarks/recommend.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from vetguide.model.profile import InstitutionProfile
from vetguide.model.recommend import recommend
from vetguide.model.resources import load_catalogue

PROFILE = {
    "organisation_type": "vet_provider",
    "country": "RS",
    "experience": "some",
    "goals": [
        "learner_mobility",
        "staff_mobility",
        "develop_practices",
        "vocational_excellence",
        "green",
    ],
    "partners": [
        {"country": "ES", "organisation_type": "vet_provider"},
        {"country": "IT", "organisation_type": "company"},
        {"country": "AL", "organisation_type": "vet_provider"},
    ],
    "participants": 24,
}


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    catalogue = load_catalogue()
    profile = InstitutionProfile.model_validate(PROFILE)
    today = date(2026, 1, 10)
    recommend(profile, catalogue, today)  # warm caches (texts, countries)
    calls = []
    for _ in range(200):
        start = time.perf_counter()
        recommend(profile, catalogue, today)
        calls.append(time.perf_counter() - start)
    print(
        f"recommend() over {len(catalogue.actions)} actions: median {statistics.median(calls) * 1000:.2f} ms "
        f"(min {min(calls) * 1000:.2f} ms, 200 calls)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profile.json"
        path.write_text(json.dumps(PROFILE), encoding="utf-8")
        runs = 7
        cli = wall(
            [
                sys.executable,
                "-m",
                "vetguide",
                "recommend",
                "--profile",
                str(path),
                "--format",
                "json",
            ],
            runs,
        )
        base = wall([sys.executable, "-c", "import pydantic"], runs)
    print(f"vetguide recommend (process): median {cli * 1000:.0f} ms over {runs} runs")
    print(f'python -c "import pydantic": median {base * 1000:.0f} ms over {runs} runs')
    print(f"ratio: {cli / base:.2f}x")


if __name__ == "__main__":
    main()
