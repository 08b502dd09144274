"""The screen-reader side of the AT-SPI test (tests/ui/test_atspi.py): walks the accessibility
tree of one application through AT-SPI (gi's Atspi, the library screen readers use), in its
own process run with the system's Python (/usr/bin/python3), where python3-gi lives.

Usage: python3 atspi_walk.py PID TIMEOUT_SECONDS WINDOWS_JSON
  WINDOWS_JSON: {object path of a window: its key}, as the application printed it.
Prints one JSON object: {window key: [{"path", "role", "name", "focusable", "showing",
"enabled"}...]} for the controls a user acts on (buttons, fields, boxes, lists, tables, tabs,
menu items...). Exits 3 when the application does not appear on the accessibility bus in time.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON,
    Atspi.Role.TOGGLE_BUTTON,
    Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON,
    Atspi.Role.COMBO_BOX,
    Atspi.Role.SPIN_BUTTON,
    Atspi.Role.SLIDER,
    Atspi.Role.ENTRY,
    Atspi.Role.PASSWORD_TEXT,
    Atspi.Role.TEXT,
    Atspi.Role.TABLE,
    Atspi.Role.TREE,
    Atspi.Role.TREE_TABLE,
    Atspi.Role.LIST,
    Atspi.Role.LIST_BOX,
    Atspi.Role.PAGE_TAB,
    Atspi.Role.MENU_ITEM,
    Atspi.Role.CHECK_MENU_ITEM,
    Atspi.Role.RADIO_MENU_ITEM,
    Atspi.Role.MENU,
    Atspi.Role.LINK,
}
# Their children are rows and cells (or the menus' items): not walked one by one.
CONTAINERS = {
    Atspi.Role.TABLE,
    Atspi.Role.TREE,
    Atspi.Role.TREE_TABLE,
    Atspi.Role.LIST,
    Atspi.Role.LIST_BOX,
    Atspi.Role.COMBO_BOX,
}
MAX_NODES = 5000


def find_application(pid: int, deadline: float) -> Atspi.Accessible | None:
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        time.sleep(0.2)
    return None


def labels(node: Atspi.Accessible) -> list[str]:
    """The names of the labels the control says it is labelled by (a label's buddy)."""
    names = []
    for relation in node.get_relation_set():
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for index in range(relation.get_n_targets()):
                names.append(relation.get_target(index).get_name() or "")
    return names


def walk(
    node: Atspi.Accessible,
    out: list[dict[str, object]],
    seen: list[int],
    parent: Atspi.Accessible | None = None,
    toolbar: bool = False,
) -> None:
    seen[0] += 1
    if seen[0] > MAX_NODES:
        return
    role = node.get_role()
    states = node.get_state_set()
    showing = states.contains(Atspi.StateType.SHOWING)
    if not showing and role not in (Atspi.Role.MENU, Atspi.Role.MENU_ITEM):
        return  # hidden part of the window (another stack page, a closed menu's box)
    editable = states.contains(Atspi.StateType.EDITABLE)
    interactive = role in INTERACTIVE and (role is not Atspi.Role.TEXT or editable)
    if role is Atspi.Role.TEXT and states.contains(Atspi.StateType.FOCUSABLE):
        interactive = True  # a read-only text a user can tab into (a page of details)
    if interactive:
        out.append(
            {
                "path": node.path,
                "role": node.get_role_name(),
                "name": node.get_name() or "",
                "description": node.get_description() or "",
                "focusable": states.contains(Atspi.StateType.FOCUSABLE),
                "enabled": states.contains(Atspi.StateType.ENABLED),
                "showing": showing,
                "labelled_by": labels(node),
                "parent": parent.path if parent is not None else "",
                "toolbar": toolbar,
            }
        )
    if role in CONTAINERS:
        return
    toolbar = toolbar or role is Atspi.Role.TOOL_BAR
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            walk(child, out, seen, node, toolbar)


def main() -> int:
    pid, timeout, keys = int(sys.argv[1]), float(sys.argv[2]), json.loads(sys.argv[3])
    deadline = time.monotonic() + timeout
    Atspi.set_timeout(int(timeout * 1000 / 4), int(timeout * 1000 / 2))
    app = find_application(pid, deadline)
    if app is None:
        print(json.dumps({"error": f"application {pid} not on the accessibility bus"}))
        return 3
    windows: dict[str, list[dict[str, object]]] = {}
    for index in range(app.get_child_count()):
        frame = app.get_child_at_index(index)
        if frame is None:
            continue
        key = keys.get(frame.path)
        if key is None:
            continue
        controls: list[dict[str, object]] = []
        walk(frame, controls, [0])
        windows[key] = controls
    print(json.dumps(windows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
