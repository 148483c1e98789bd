"""Remove what a killed process left half-written in a local storage folder.

`LocalStorage.put` writes `.tmp-…` next to its target and renames it; the sitemap writer stages
in `.tmp-sitemaps-…`. A SIGKILL between the two leaves those behind, inside the public folder.
`sweep_temp_files` removes them once they are older than `older_than` seconds, so a write that
is still under way in another process is left alone.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

__all__ = ["TEMP_PREFIX", "sweep_temp_files"]

TEMP_PREFIX = ".tmp-"


def sweep_temp_files(root: Path, *, older_than: float = 600.0) -> list[str]:
    """Delete stale temporary files and staging folders under `root`; return their paths."""
    if not root.is_dir():
        return []
    cutoff = time.time() - older_than
    removed: list[str] = []
    for path in sorted(root.rglob(f"{TEMP_PREFIX}*"), key=lambda p: len(p.parts), reverse=True):
        try:
            if path.is_symlink() or path.lstat().st_mtime > cutoff:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(path.relative_to(root).as_posix())
    return removed
