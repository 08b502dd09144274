"""One running vetguide per user and data folder: a second start hands over and ends.

The first ``vetguide`` listens on a local socket (:class:`QLocalServer`: a Unix socket in the
temporary folder, a named pipe on Windows) whose name is made from the user and the data
folder (:func:`server_name`), so two users, or one user with two data folders
(``VETGUIDE_DATA_DIR``), each get their own. A later start connects to it, sends the files
it was given (absolute paths; none: just come to the front), waits for the answer and ends;
the first one emits :attr:`SingleInstance.received` and its window comes to the front.

A socket left by a vetguide that crashed answers nobody: the new process removes it and
starts normally. The check-then-listen step runs under a lock file (:class:`QLockFile`, which
breaks the lock of a dead process), so two vetguides started at the same moment do not both
become the first. Every wait has a timeout: a first vetguide that does not answer in time
(hung) does not stop the second from starting; it then opens its own window.

The command-line sub-commands never come here, and ``vetguide --new-instance`` skips the
check: two windows on one data folder are supported (see the README, "Your data").
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1000  # the first vetguide's socket accepts at once when it is there
ANSWER_TIMEOUT_MS = 10_000  # it answers from its event loop: time for a busy moment
# (loading the data at start-up on a slow PC); after that a window opens here anyway
LOCK_TIMEOUT_MS = 5000
MAX_MESSAGE_BYTES = 1 << 20
ANSWER = b"ok\n"

log = logging.getLogger(__name__)


class Outcome(Enum):
    FIRST = "first"  # this process listens: it is the running vetguide now
    HANDED_OVER = "handed over"  # another vetguide took the files: end this process
    ALONE = "alone"  # neither (no answer, no socket): start normally without listening


def server_name(data_folder: Path, user: str | None = None) -> str:
    """The socket's name for this user and data folder (short: Unix socket paths are)."""
    if user is None:
        user = _user()
    folder = os.path.normcase(os.path.abspath(data_folder))
    # SHA-256 by Qt (loaded already), not hashlib, which would cost start-up time here.
    data = f"{user}\0{folder}".encode()
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"vetguide-{digest.toStdString()[:20]}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or database
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def encode(files: list[Path]) -> bytes:
    return json.dumps({"open": [str(Path(f).absolute()) for f in files]}).encode("utf-8") + b"\n"


def decode(data: bytes) -> list[Path] | None:
    """The files of a message, or None if it is not one."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    files = message.get("open") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return [Path(f) for f in files]


class SingleInstance(QObject):
    """The running vetguide's end of the socket, or the messenger of a second start."""

    received = Signal(list)  # list[Path]: files another start handed over (maybe none)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None
        self._unread: dict[int, bytes] = {}  # per connection: a message's start, until its end

    def start(self, files: list[Path]) -> Outcome:
        """Hand ``files`` to a running vetguide, or become the running one."""
        lock = QLockFile(QDir(QDir.tempPath()).filePath(f"{self.name}.lock"))
        locked = lock.tryLock(LOCK_TIMEOUT_MS)
        try:
            answered = self.hand_over(files)
            if answered:
                return Outcome.HANDED_OVER
            if answered is None:  # a running vetguide that does not answer
                return Outcome.ALONE
            return Outcome.FIRST if self.listen() else Outcome.ALONE
        finally:
            if locked:
                lock.unlock()

    def hand_over(self, files: list[Path]) -> bool | None:
        """Send ``files`` to the running vetguide: True once it answered, False if none runs
        (no socket, or a stale one), None if one was reached but did not answer in time."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        try:
            socket.write(encode(files))
            socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
            answer = b""
            while ANSWER not in answer:
                if not socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
                    log.warning("the running vetguide did not answer; starting another window")
                    return None
                answer += bytes(socket.readAll().data())
            return True
        finally:
            socket.abort()

    def listen(self) -> bool:
        """Listen for later starts; a stale socket (a crashed vetguide) is removed first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, server.errorString())
                server.deleteLater()
                return False
        server.newConnection.connect(self._take_connections)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _take_connections(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is not None:
                socket.setParent(self)
                socket.readyRead.connect(lambda s=socket: self._read(s))
                socket.disconnected.connect(lambda s=socket: self._forget(s))
                self._read(socket)

    def _forget(self, socket: QLocalSocket) -> None:
        self._unread.pop(id(socket), None)
        with contextlib.suppress(RuntimeError):  # already deleted as the app ends
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._unread.pop(id(socket), b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES:
            socket.abort()
            return
        if not data.endswith(b"\n"):
            self._unread[id(socket)] = data  # the rest comes with the next read
            return
        files = decode(data)
        if files is None:
            log.warning("ignored a message on %s that is not from vetguide", self.name)
            socket.abort()
            return
        with contextlib.suppress(RuntimeError):  # the other side left already
            socket.write(ANSWER)
            socket.flush()
        self.received.emit(files)


def claim(files: list[Path]) -> SingleInstance | None:
    """Start-up: hand ``files`` to the vetguide running on this data folder and return None
    (this process should end), or return the instance (listening, or alone if it cannot)."""
    from vetguide.paths import data_dir

    instance = SingleInstance(server_name(data_dir()))
    if instance.start(files) is Outcome.HANDED_OVER:
        instance.deleteLater()
        return None
    return instance
