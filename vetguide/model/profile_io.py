"""Reading a profile file with messages a person can act on."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from vetguide.model import files
from vetguide.model.profile import InstitutionProfile
from vetguide.model.resources import clip_text, join_problems, parse_json_text


class ProfileError(Exception):
    """The profile file cannot be used; the message names the field and the allowed values."""


def _describe(error: ErrorDetails) -> str:
    where = ".".join(clip_text(part) for part in error["loc"]) or "(top level)"
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = ", ".join(InstitutionProfile.model_fields)
        return f"'{where}' is not a profile field; the fields are: {allowed}"
    if kind == "missing":
        return f"'{where}' is required"
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return f"'{where}': {message}"


def parse_profile(raw: object, name: str = "profile") -> InstitutionProfile:
    try:
        return InstitutionProfile.model_validate(raw)
    except ValidationError as exc:
        problems = [_describe(e) for e in exc.errors()]
        raise ProfileError(f"{name}: " + join_problems(problems)) from exc
    except UnicodeError as exc:  # e.g. an unknown country code that is not valid Unicode
        raise ProfileError(f"{name}: holds text that is not valid Unicode") from exc


def read_profile(path: Path) -> InstitutionProfile:
    try:
        text = files.read_text(path)
    except FileNotFoundError as exc:
        raise ProfileError(f"{path}: no such file") from exc
    except OSError as exc:
        raise ProfileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{path}: is not UTF-8 text") from exc
    try:
        raw = parse_json_text(text)
    except ValueError as exc:
        raise ProfileError(f"{path}: is {exc}") from exc
    if not isinstance(raw, dict):
        raise ProfileError(f"{path}: must be a JSON object with the profile fields")
    return parse_profile(raw, str(path))
