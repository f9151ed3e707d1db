"""``siaga serve --port 0 --port-file FILE``: the system picks a free port and the endpoint says which, in a file.

Nothing picks a port and binds it later (another process could take it in between):
the endpoint binds port 0, writes the port it got, then prints its usual line.
"""

from __future__ import annotations

import signal
import subprocess

import pytest
import requests

from netutil import child_env, siaga_cmd


def test_serve_on_port_0_writes_the_port_it_listens_on(make_station, tmp_path):
    home = make_station("kl", country="MY").home
    port_file = tmp_path / "kl.port"
    proc = subprocess.Popen(siaga_cmd("serve", "--port", "0", "--port-file", str(port_file), "--home", str(home)),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=child_env())
    try:
        line = proc.stderr.readline()  # written once the port file is there
        port = int(port_file.read_text())
        assert line == f"Siaga endpoint listening on http://127.0.0.1:{port} (Ctrl+C to stop)\n"
        assert 0 < port < 65536 and port_file.read_text() == f"{port}\n"
        answer = requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=10)
        assert answer.status_code == 200 and answer.json()["status"] == "ok"
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == 0


@pytest.mark.parametrize("args, words", [
    (["--port", "70000"], "argument --port: expected a port number from 0 to 65535, not '70000'"),
    (["--port", "-1"], "argument --port: expected a port number from 0 to 65535, not '-1'"),
    (["--port", "http"], "argument --port: expected a port number from 0 to 65535, not 'http'"),
    (["--port", "0", "--port-file", "{tmp}/no/such/folder/port"], "--port-file: storage problem at"),
])
def test_a_bad_port_or_port_file_is_refused_in_one_line(make_station, tmp_path, args, words):
    home = make_station("kl", country="MY").home
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = subprocess.run(siaga_cmd("serve", *args, "--home", str(home)), capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL, env=child_env())
    assert result.returncode == 2, result.stderr
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
