"""What the detector must leave visible: the organisation's Woo policy for lakken, as data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

__all__ = ["DetectionPolicy", "policy_from_settings"]


@dataclass(frozen=True)
class DetectionPolicy:
    """Role awareness and public contact data for one organisation.

    - `office_holders`: names of burgemeester, wethouders, raadsleden, griffier,
      gemeentesecretaris, rekenkamercommissie members: always visible.
    - `public_officials`: civil servants with a public-facing role (woordvoerder, ...): visible.
    - `redact_civil_servants`: whether other civil servants' names are redacted (default yes).
    - `keep_numbers`, `keep_emails`: public numbers and addresses of the organisation.
    - `kept_values`: literal values a reviewer decided to keep.
    - `use_model`: also run deduce (the Dutch de-identification model) for names. Off by
      default in the library; `Settings.redaction.use_model` (default on) turns it on in runs.
    """

    office_holders: tuple[str, ...] = ()
    public_officials: tuple[str, ...] = ()
    redact_civil_servants: bool = True
    keep_numbers: tuple[str, ...] = ()
    keep_emails: tuple[str, ...] = ()
    kept_values: tuple[str, ...] = ()
    use_model: bool = False  # library default: rules only; settings turn deduce on

    def with_keep(
        self,
        numbers: Iterable[str] = (),
        emails: Iterable[str] = (),
        *,
        kept_values: Iterable[str] = (),
    ) -> DetectionPolicy:
        """A copy with more public numbers, addresses and reviewer-kept values."""
        return replace(
            self,
            keep_numbers=(*self.keep_numbers, *numbers),
            keep_emails=(*self.keep_emails, *emails),
            kept_values=(*self.kept_values, *kept_values),
        )


def policy_from_settings(redaction: Any) -> DetectionPolicy:
    """Build the policy from `Settings.redaction` (woo.settings.RedactionConfig)."""
    return DetectionPolicy(
        office_holders=tuple(getattr(redaction, "office_holders", ()) or ()),
        public_officials=tuple(getattr(redaction, "public_officials", ()) or ()),
        redact_civil_servants=bool(getattr(redaction, "redact_civil_servants", True)),
        keep_numbers=tuple(getattr(redaction, "keep_numbers", ()) or ()),
        keep_emails=tuple(getattr(redaction, "keep_emails", ()) or ()),
        use_model=bool(getattr(redaction, "use_model", True)),
    )
