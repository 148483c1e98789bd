"""Prefect's environment, set before `import prefect` (a wrong PREFECT_* value breaks the import).

Without a configured Prefect server (PREFECT_API_URL) flows run in Prefect's no-server mode, with
its home inside our data folder, telemetry off and a start-up timeout that survives a busy
machine. Values the operator already set are left alone.
"""

from __future__ import annotations

import os
from pathlib import Path

QUIET_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_UI_SHOW_PROMOTIONAL_CONTENT": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
}


def configure_prefect(data_dir: Path) -> None:
    """Point Prefect's home into `data_dir` (unless set) and switch telemetry off."""
    home = Path(os.environ.setdefault("PREFECT_HOME", str((data_dir / "prefect").resolve())))
    home.mkdir(parents=True, exist_ok=True)
    for name, value in QUIET_DEFAULTS.items():
        os.environ.setdefault(name, value)
