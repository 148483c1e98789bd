"""Local accounts and roles. Passwords are stored only as argon2 hashes.

The pages only ever see a `Principal` (name and role). A future OIDC login only has to produce
the same `Principal` and put it in the session (`review.session.login`); no page changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger.models import User
from review.session import end_all_sessions

__all__ = [
    "CAN_ADMINISTER",
    "CAN_DECIDE",
    "ROLES",
    "AccountError",
    "Principal",
    "add_user",
    "authenticate",
    "disable_user",
]

CONTACTFUNCTIONARIS = "contactfunctionaris"
INFORMATIEBEHEERDER = "informatiebeheerder"
LEZER = "lezer"
ROLES: dict[str, str] = {
    CONTACTFUNCTIONARIS: "beoordelen en besluiten",
    INFORMATIEBEHEERDER: "beoordelen, besluiten, ad-hoc publiceren, intrekken en instellingen",
    LEZER: "alleen lezen",
}
CAN_DECIDE = frozenset({CONTACTFUNCTIONARIS, INFORMATIEBEHEERDER})
CAN_ADMINISTER = frozenset({INFORMATIEBEHEERDER})
MIN_PASSWORD = 12

_hasher = PasswordHasher()
# Verifying against this keeps the time of a login for an unknown name like that of a known one.
_DUMMY_HASH = _hasher.hash("geen-echt-wachtwoord")


class AccountError(ValueError):
    """An account could not be created; the message is Dutch and meant for the user."""


@dataclass(frozen=True)
class Principal:
    """Who is logged in: all that pages and decisions need to know."""

    name: str
    role: str

    @property
    def can_decide(self) -> bool:
        return self.role in CAN_DECIDE

    @property
    def can_administer(self) -> bool:
        return self.role in CAN_ADMINISTER


def add_user(session: Session, name: str, password: str, role: str) -> User:
    """Create a local account (or reset the password and role of an existing one)."""
    name = name.strip()
    if role not in ROLES:
        raise AccountError(f"onbekende rol '{role}': kies uit {', '.join(ROLES)}")
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise AccountError("de naam moet 1 tot 100 tekens zijn, zonder spaties")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"het wachtwoord moet minstens {MIN_PASSWORD} tekens hebben")
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        user = User(name=name, password_hash="", role=role, active=True)
        session.add(user)
    else:
        # A new password (or role) ends the sessions that the old one opened.
        end_all_sessions(session, user.name)
    user.password_hash = _hasher.hash(password)
    user.role = role
    user.active = True
    session.flush()
    return user


def disable_user(session: Session, name: str) -> int:
    """Disable an account and end its sessions; returns how many sessions were ended."""
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        raise AccountError(f"er is geen account '{name}'")
    user.active = False
    return end_all_sessions(session, user.name)


def authenticate(session: Session, name: str, password: str) -> Principal | None:
    """The principal for a correct name and password of an active account, else None."""
    user = session.scalar(select(User).where(User.name == name.strip()))
    stored = user.password_hash if user is not None and user.active else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    return Principal(name=user.name, role=user.role)


def load_principal(session: Session, name: str) -> Principal | None:
    """The principal of an active account by name (sessions are checked against it)."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None or not user.active:
        return None
    return Principal(name=user.name, role=user.role)
