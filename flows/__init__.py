"""Prefect flows and tasks: orchestration only. Business logic lives in the stage libraries."""

__all__ = ["nightly_disclosure"]


def __getattr__(name: str):  # lazy: importing prefect is slow, and its settings must come first
    if name == "nightly_disclosure":
        from flows.nightly import nightly_disclosure

        return nightly_disclosure
    raise AttributeError(name)
