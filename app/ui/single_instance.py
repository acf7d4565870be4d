"""One window per database: the window that holds a database listens on a local socket
named after it, and a second start on the same database asks it to come to the front.

The lock file (app/storage/lock.py) decides who has the database; this is only how the
second start reaches the first. A name is per database file and per user, so two
databases, or two users on one computer, never reach each other's windows.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
RAISED = b"raised\n"
TIMEOUT_MS = 2000


def server_name(db_path: Path) -> str:
    """The socket's name: short (a Unix socket path is limited) and the same for every
    spelling of the path."""
    key = f"{getpass.getuser()}\0{db_path.resolve()}".encode()
    return "jimukyoku-" + hashlib.sha256(key).hexdigest()[:24]


class InstanceServer(QObject):
    """Listens while this process holds the database; a request brings its window up."""

    raiseRequested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening; a socket left by a process that died is removed first (we
        hold the database's lock, so its owner cannot be alive)."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            self.raiseRequested.emit()
            socket.write(RAISED)
            socket.flush()


def bring_to_front(window: QWidget) -> None:
    """Show the window as the user left it, unminimised, in front."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def ask_to_raise(db_path: Path, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask the window holding ``db_path`` to come to the front; True once it said so.

    Blocking (it runs before this process has a window); False when nothing listens
    (a command holds the database, or the app on another computer does).
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(RAISE)
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(timeout_ms):
                return False
        return bytes(socket.readLine().data()) == RAISED
    finally:
        if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            socket.disconnectFromServer()
