"""scripts/make_icons.py: the .ico and .icns files hold the icon at every size they list."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ico_and_icns_hold_a_drawn_png_per_size(qapp, tmp_path: Path) -> None:
    make_icons = _script()
    assert make_icons.main([str(tmp_path)]) == 0

    ico = (tmp_path / "vetguide.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for index, size in enumerate(make_icons.ICO_SIZES):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert side == (0 if size == 256 else size)
        image = QImage.fromData(ico[offset : offset + length], "PNG")
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() == 255  # drawn, not blank

    icns = (tmp_path / "vetguide.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kind_bytes, length = (
            icns[position : position + 4],
            struct.unpack_from(">I", icns, position + 4)[0],
        )
        image = QImage.fromData(icns[position + 8 : position + length], "PNG")
        assert image.width() == dict(make_icons.ICNS_TYPES)[kind_bytes]
        kinds.append(kind_bytes)
        position += length
    assert kinds == [kind for kind, _ in make_icons.ICNS_TYPES]
