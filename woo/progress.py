"""Progress reporting that the flow calls and the terminal (or a web page) shows.

The flow only says "stage X advanced by n of total"; whoever started the run decides how to
show it by installing a reporter. Without one, progress is silent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class ProgressReporter(Protocol):
    def start(self, stage: str, total: int) -> None: ...
    def advance(self, stage: str, amount: int = 1) -> None: ...
    def finish(self, stage: str) -> None: ...


class _Silent:
    def start(self, stage: str, total: int) -> None:
        pass

    def advance(self, stage: str, amount: int = 1) -> None:
        pass

    def finish(self, stage: str) -> None:
        pass


_current: ProgressReporter = _Silent()


def reporter() -> ProgressReporter:
    return _current


@contextmanager
def reporting(new: ProgressReporter) -> Iterator[ProgressReporter]:
    global _current
    previous, _current = _current, new
    try:
        yield new
    finally:
        _current = previous


class RichProgress:
    """A progress bar per stage in the terminal (rich)."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self._progress = Progress(
            "[bold]{task.description:<14}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=False,
        )
        self._tasks: dict[str, int] = {}

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def start(self, stage: str, total: int) -> None:
        self._tasks[stage] = self._progress.add_task(stage, total=max(total, 0))

    def advance(self, stage: str, amount: int = 1) -> None:
        if stage in self._tasks:
            self._progress.advance(self._tasks[stage], amount)

    def finish(self, stage: str) -> None:
        if stage in self._tasks:
            task = self._tasks[stage]
            total = self._progress.tasks[task].total or 0
            self._progress.update(task, completed=total)
