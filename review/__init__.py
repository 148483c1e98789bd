"""De beoordelingswachtrij: the review web application for the contactfunctionaris.

`create_app(settings)` builds the FastAPI application (server-rendered pages, Dutch, accessible);
`review.accounts` manages local accounts and roles; `review.actions` holds the decisions as
plain functions that call the same library functions as the flows.
"""

from review.accounts import ROLES, Principal, add_user, authenticate
from review.app import create_app

__all__ = ["ROLES", "Principal", "add_user", "authenticate", "create_app"]
