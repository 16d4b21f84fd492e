"""A throw-away CUPS print server standing in for the office's printers (Debian's cups-daemon,
installed by ./bootstrap test). It listens on a Unix socket in a folder of its own; the tests
reach it through ``CUPS_SERVER`` (set in conftest.py before Qt loads), and Qt lists its printers
as it lists a Windows PC's. Jobs stay in the spool, so a test reads back what was printed: the
job's name and the document Qt sent (a PDF).

Printers are queues on the ``file:`` device: a printer that is paused (cupsdisable) reports an
error state, one that is removed is gone, exactly what an office sees when the printer is off or
unplugged."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

CUPSD = shutil.which("cupsd") or "/usr/sbin/cupsd"


def available() -> str | None:
    """Why no server can run here, or None."""
    if not Path(CUPSD).exists() or not shutil.which("lpadmin"):
        return "needs CUPS (Debian packages cups-daemon and cups-client) to stand in for the office printer"
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root to start a private CUPS server (cupsd)"
    try:
        pwd.getpwnam("lp")
    except KeyError:
        return "needs the 'lp' user that CUPS runs its filters as"
    return None


class CupsServer:
    def __init__(self, folder: Path):
        self.folder = folder
        self.socket = folder / "cups.sock"
        for sub in ("spool", "cache", "state", "tmp", "log", "out"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
            shutil.chown(folder / sub, "lp", "lp")
        os.chmod(folder, 0o755)
        (folder / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel warn\nWebInterface No\nDefaultAuthType None\n"
            "PreserveJobFiles Yes\nPreserveJobHistory Yes\nMaxJobs 0\nDirtyCleanInterval 0\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n", encoding="utf-8")
        (folder / "cups-files.conf").write_text(
            f"ServerRoot {folder}\nRequestRoot {folder}/spool\nCacheDir {folder}/cache\nStateDir {folder}/state\n"
            f"TempDir {folder}/tmp\nErrorLog {folder}/log/error_log\nAccessLog {folder}/log/access_log\n"
            f"PageLog {folder}/log/page_log\nFileDevice Yes\nDataDir /usr/share/cups\nServerBin /usr/lib/cups\n"
            "User lp\nGroup lp\n", encoding="utf-8")
        self.process = subprocess.Popen([CUPSD, "-f", "-c", str(folder / "cupsd.conf"), "-s",
                                         str(folder / "cups-files.conf")], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        for _ in range(200):
            if "scheduler is running" in self._ctl("lpstat", "-r").stdout:
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"cupsd did not start: {(folder / 'log' / 'error_log').read_text(errors='replace')}")

    def _ctl(self, *command: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "CUPS_SERVER": str(self.socket)})

    def add(self, name: str) -> None:
        done = self._ctl("lpadmin", "-p", name, "-E", "-v", f"file://{self.folder}/out/{name}.prn")
        assert done.returncode == 0, done.stderr

    def remove(self, name: str) -> None:
        self._ctl("lpadmin", "-x", name)

    def pause(self, name: str) -> None:
        assert self._ctl("cupsdisable", name).returncode == 0

    def resume(self, name: str) -> None:
        assert self._ctl("cupsenable", name).returncode == 0

    def jobs(self, name: str) -> list[tuple[str, bytes]]:
        """(job name, document) of every job sent to ``name``, oldest first."""
        ids = [int(m.group(1)) for m in re.finditer(rf"^{re.escape(name)}-(\d+)\s", self._ctl(
            "lpstat", "-W", "all", "-o", name).stdout, re.M)]
        found = []
        for job in sorted(ids):
            control_file = self.folder / "spool" / f"c{job:05d}"
            for _ in range(100):  # the scheduler writes a job's control file just after accepting it
                if control_file.exists():
                    break
                time.sleep(0.05)
            control = control_file.read_bytes()
            title = re.search(rb"job-name(..)", control, re.S)  # IPP: name, then a 2-byte length and the value
            length, start = int.from_bytes(title.group(1), "big"), title.end()
            documents = sorted((self.folder / "spool").glob(f"d{job:05d}-*"))
            found.append((control[start:start + length].decode("utf-8"), documents[0].read_bytes() if documents else b""))
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
