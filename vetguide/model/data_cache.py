"""Already-loaded data kept in the user's cache folder, so a start does not validate and
transliterate the same data again.

The bundled data is validated when its packs are built (``scripts/build_packs.py``, and the
tests), an installed pack when it is installed. What a start needs from a pack (the catalogue
in a language, the texts) is validated once more when it is first loaded, then written here
as it was loaded (localised, Cyrillic made) and read back on later starts.

One file per piece (``<cache folder>/data/<name>.bin``):

* a first line naming the format (:data:`MAGIC`);
* a line of JSON, the key: the piece's name, what it was made from (the pack's content hash,
  or the texts file's hash), the app's version, pydantic's version and the sizes and times of
  the model modules (a changed model class makes a new key);
* a line with the SHA-256 of the rest, and the rest: the pickled object.

A file is used only when its key is the one wanted, its digest matches and it holds an object
of the expected class; anything else (missing, another version, cut short, damaged, another
class) is ignored and written again. The file is our own, in the user's own cache folder;
nothing is unpickled before its key and digest are checked. A cache that cannot be written
only costs time.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

CACHE_DIR_ENV = "VETGUIDE_CACHE_DIR"  # another cache folder (tests, portable use)
MAGIC = b"vetguide-data-cache 1\n"
# The modules whose classes are pickled: a change to one of them changes every key.
_MODEL_MODULES = ("base", "catalogue", "countries", "texts", "vocab", "readiness")

T = TypeVar("T")
_log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """$VETGUIDE_CACHE_DIR if set, else the platform's user cache folder, plus ``data``."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override) / "data"
    from platformdirs import user_cache_path

    return user_cache_path("vetguide", appauthor=False) / "data"


@cache
def code_key() -> str:
    """The app's and pydantic's versions and the model modules' sizes and times."""
    import pydantic

    from vetguide import __version__

    parts = [__version__, pydantic.VERSION]
    here = Path(__file__).resolve().parent
    for name in _MODEL_MODULES:
        try:
            status = (here / f"{name}.py").stat()
        except OSError:
            continue  # a bundle without sources: the versions decide
        parts.append(f"{name}:{status.st_size}:{status.st_mtime_ns}")
    return "|".join(parts)


def file_key(path: Path) -> str:
    """A key for data read from one file: the SHA-256 of its bytes."""
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def _generic_instance(origin: type, args: tuple[Any, ...], state: Any) -> Any:
    """An instance of the pydantic model ``origin[args]`` with ``state`` (not validated)."""
    cls = origin[args] if len(args) > 1 else origin[args[0]]  # type: ignore[index]
    instance = cls.__new__(cls)
    instance.__setstate__(state)
    return instance


class _Pickler(pickle.Pickler):
    """Pickles instances of parametrised pydantic generics (``Fact[SubmitTo]``), whose classes
    cannot be found by name, as their generic class, its arguments and their state."""

    def reducer_override(self, obj: Any) -> Any:
        meta = getattr(type(obj), "__pydantic_generic_metadata__", None)
        if meta and meta.get("origin") is not None and not isinstance(obj, type):
            return _generic_instance, (meta["origin"], tuple(meta["args"]), obj.__getstate__())
        return NotImplemented


def _header(name: str, source: str) -> bytes:
    key = {"name": name, "source": source, "code": code_key()}
    return json.dumps(key, sort_keys=True).encode("utf-8") + b"\n"


def _path(name: str) -> Path:
    return cache_dir() / f"{name}.bin"


def read(name: str, source: str, kind: type[T]) -> T | None:
    """The cached ``name`` made from ``source``, or None if there is no usable one."""
    try:
        data = _path(name).read_bytes()
    except OSError:
        return None
    header = _header(name, source)
    if not data.startswith(MAGIC + header):
        return None
    rest = data[len(MAGIC) + len(header) :]
    digest, _, payload = rest.partition(b"\n")
    if digest != hashlib.sha256(payload).hexdigest().encode("ascii"):
        _log.info("ignoring the damaged cache file %s", _path(name))
        return None
    try:
        found = pickle.loads(payload)
    except Exception:  # a class that changed shape: rebuilt below
        _log.info("ignoring the unreadable cache file %s", _path(name), exc_info=True)
        return None
    return found if isinstance(found, kind) else None


def write(name: str, source: str, value: object) -> None:
    """Keep ``value`` as ``name`` made from ``source``; a failure is logged, not raised."""
    path = _path(name)
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        payload = buffer.getvalue()
        digest = hashlib.sha256(payload).hexdigest().encode("ascii")
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(MAGIC + _header(name, source) + digest + b"\n" + payload)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except Exception:
        _log.info("could not write the cache file %s", path, exc_info=True)


def cached(name: str, source: str, kind: type[T], build: Callable[[], T]) -> T:
    """The cached ``name`` made from ``source`` if there is a usable one, else ``build()``
    (which validates), kept for the next time."""
    found = read(name, source, kind)
    if found is not None:
        return found
    value = build()
    write(name, source, value)
    return value
