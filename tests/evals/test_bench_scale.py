"""evals.bench_scale at ~300 passages with the hashing embedder: one JSON line with every
field, and the kept index answers `assistant ask --index DIR` in another process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from evals import bench_scale

ROOT = Path(__file__).resolve().parents[2]
FIELDS = [
    "passages", "build_s", "open_s", "cold_first_answer_s", "p50_ms", "p95_ms",
    "filtered_p50_ms", "filtered_p95_ms", "rss_mb",
]  # fmt: skip


def test_bench_scale_prints_its_line_and_keeps_a_usable_index(tmp_path, capsys):
    keep = tmp_path / "scale"
    bench_scale.main(["--passages", "300", "--keep", str(keep), "--questions", "12"])
    result = json.loads(capsys.readouterr().out.strip())
    assert all(isinstance(result[f], int | float) for f in FIELDS), result
    assert 200 <= result["passages"] <= 450 and result["files"] >= 2
    assert result["filtered_p50_ms"] > 0 and result["rss_mb"] > 50
    # The synthetic passages are real French sentences with their figures redrawn.
    cmd = [sys.executable, "-m", "assistant.cli", "ask", "--json", "Quelle part des associations ?"]
    cmd += ["--index", str(keep), "--embedding", "hashing"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr  # 1: a refusal, still an answer
    answer = json.loads(done.stdout)
    assert answer["citations"] or answer["refused"]
    assert all(c["source"].endswith(".pdf") for c in answer["citations"])


def test_bench_stages_times_each_stage_of_the_questions(tmp_path, capsys):
    """evals.bench_stages on a kept index: the stages it wraps exist in the package (a renamed
    function fails here, not silently) and are parts of the answer's time."""
    from evals import bench_stages

    keep = tmp_path / "scale"
    bench_scale.main(["--passages", "200", "--keep", str(keep), "--questions", "2"])
    capsys.readouterr()
    bench_stages.main(["--index", str(keep), "--embedding", "hashing", "--questions", "12"])
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    ask = result["ask:ask"][0]
    assert 0 < result["ask:retrieve"][0] < ask and 0 < result["ask:answer scoring"][0] < ask
    for stage in ("lexical", "embed query", "read question", "spelling", "checks"):
        assert 0 <= result[f"ask:{stage}"][0] <= ask, (stage, result)
    assert 0 <= result["search:embed query"][0] <= result["search:search"][0]
    assert len(result["first_ask_ms"]) == 5


def test_the_serving_process_reports_its_own_memory_not_its_parents():
    """Linux keeps `ru_maxrss` across fork and exec: a process started by a parent that holds
    400 MB reported 400 MB whatever it used itself."""
    held = bytearray(400 << 20)
    held[:: 1 << 12] = b"\x01" * len(held[:: 1 << 12])  # touched: resident
    code = "from evals.bench_scale import peak_rss_mb; print(peak_rss_mb())"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert 5 < float(done.stdout) < 200, done.stderr
    del held
