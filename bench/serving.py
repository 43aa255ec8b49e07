"""Serving and loading: gunicorn servers on loopback, plain HTTP checks, and wrk runs."""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA_SCRIPT = Path(__file__).resolve().parent / "rotate.lua"
LOOPBACK = "127.0.0.1"


def free_port():
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def get(port, path, host, timeout=30, headers=None):
    """One GET on loopback with a Host header; returns (status, headers dict, body bytes)."""
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


class Server:
    """A gunicorn master with two sync workers serving cms.wsgi, stopped by its own pid."""

    def __init__(self, name, env, log_dir, workers=2):
        self.name = name
        self.port = free_port()
        self.log = Path(log_dir) / f"gunicorn-{name}.log"
        self.command = [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            f"--workers={workers}",
            "--worker-class=sync",
            f"--bind={LOOPBACK}:{self.port}",
            f"--chdir={ROOT}",
            "--log-level=warning",
            f"--error-logfile={self.log}",
        ]
        self.env = {**os.environ, **env}
        self.process = None

    def start(self, ready_path, ready_host, timeout=60):
        self.process = subprocess.Popen(
            self.command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn ({self.name}) exited; see {self.log}")
            try:
                if get(self.port, ready_path, ready_host, timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn ({self.name}) did not answer within {timeout} s")

    def log_tail(self, characters=3000):
        return self.log.read_text()[-characters:] if self.log.exists() else ""

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@dataclass
class WrkResult:
    """What one wrk run measured."""

    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _latency(output, percentile):
    match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    return float(match.group(1)) * UNITS_MS[match.group(2)]


def run_wrk(port, hosts, path, duration, connections=4, paths=None, etags=None):
    """Load ``path`` on loopback for ``duration`` seconds, each request to the next host.

    ``paths`` (one per host) replaces ``path``; ``etags`` (one per host) are sent as
    ``If-None-Match``.
    """
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout=10s",
        "--latency",
        "-s",
        str(LUA_SCRIPT),
        f"http://{LOOPBACK}:{port}",
    ]
    env = {**os.environ, "BENCH_HOSTS": ",".join(hosts), "BENCH_PATH": path}
    if paths:
        env["BENCH_PATHS"] = "\n".join(paths)
    if etags:
        env["BENCH_ETAGS"] = "\n".join(etags)
    output = subprocess.run(
        command, env=env, capture_output=True, text=True, check=True, timeout=duration + 60
    ).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return WrkResult(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50_ms=_latency(output, 50),
        p99_ms=_latency(output, 99),
        requests=requests,
        errors=errors,
    )
