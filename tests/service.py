"""A real `arsip serve` process for tests: started, watched, stopped or killed as in production."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ARSIP = Path(sys.executable).with_name("arsip")
FAST_WATCH = {
    "ARSIP_WATCH__POLL_SECONDS": "0.5",
    "ARSIP_WATCH__SETTLE_SECONDS": "0.5",
    "ARSIP_WATCH__RETRY_SECONDS": "1",
    "ARSIP_WATCH__STOP_TIMEOUT": "20",
    "ARSIP_PIPELINE__WORKERS": "2",
}


class Service:
    def __init__(self, home: Path, **environment: str) -> None:
        self.home = home
        self.environment = {**os.environ, **FAST_WATCH, "ARSIP_HOME": str(home), **environment}
        self.environment.pop("ARSIP_DATABASE__URL", None)
        self.process: subprocess.Popen[bytes] | None = None
        self.log = home.parent / "serve.log"

    @property
    def inbox(self) -> Path:
        return self.home / "inbox"

    def start(self) -> Service:
        (self.home / "run" / "service.json").unlink(missing_ok=True)
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(ARSIP), "serve"], env=self.environment, stdout=log, stderr=log,
                start_new_session=True,
            )  # fmt: skip
        self.wait_for(lambda: (self.home / "run" / "service.json").exists(), timeout=60)
        return self

    def stop(self, timeout: float = 60) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def kill(self) -> None:
        """SIGKILL the service and its workers at once, as a power cut or the OOM killer would."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(ARSIP), *args], env=self.environment, capture_output=True, text=True
        )

    def status(self) -> dict[str, Any]:
        result = self.cli("status", "--json")
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    def search_ids(self, query: str) -> list[int]:
        out = self.cli("search", query, "--json").stdout
        return [json.loads(line)["document_id"] for line in out.splitlines() if line.strip()]

    def wait_for(self, condition: Callable[[], Any], timeout: float, every: float = 0.25) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            if self.process is not None and self.process.poll() is not None:
                raise AssertionError(
                    f"service exited with {self.process.returncode}:\n{self.log.read_text()}"
                )
            time.sleep(every)
        raise AssertionError(f"timed out after {timeout} s; log:\n{self.log.read_text()[-3000:]}")

    def idle(self) -> bool:
        state = self.status()
        return state["waiting"] == 0 and state["running"] == 0 and state["queued_jobs"] == 0

    def tree_rss_kib(self) -> int:
        """Resident memory of the service and its workers, each process counted once.

        A child caught between fork and exec still shows its parent's command line and shares
        its parent's pages (all of them, under vfork); it is not counted a second time.
        """
        assert self.process is not None
        pids = subprocess.run(
            ["pgrep", "-g", str(self.process.pid)], capture_output=True, text=True
        )
        total = 0
        for pid in pids.stdout.split():
            try:
                status = _status(pid)
                parent_cmdline = Path(f"/proc/{status['PPid']}/cmdline").read_bytes()
                unexeced = Path(f"/proc/{pid}/cmdline").read_bytes() == parent_cmdline
            except OSError:
                continue
            if not unexeced:
                total += int(status.get("VmRSS", "0 kB").split()[0])
        return total


def _status(pid: str) -> dict[str, str]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return dict(line.split(":\t", 1) for line in lines if ":\t" in line)
