"""The deployments of this product, in one place: `deployments/prefect.yaml` says the same
(a test keeps them equal), and `woo worker` serves them from here on one machine."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEPLOYMENTS", "NIGHTLY_CRON", "TIMEZONE", "DeploymentSpec"]

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Europe/Amsterdam"


@dataclass(frozen=True)
class DeploymentSpec:
    name: str
    entrypoint: str  # relative to the project root
    description: str
    cron: str | None = None
    concurrency_limit: int | None = None

    @property
    def flow_name(self) -> str:
        return self.entrypoint.rsplit(":", 1)[1]


DEPLOYMENTS: tuple[DeploymentSpec, ...] = (
    DeploymentSpec(
        "nightly",
        "flows/nightly.py:nightly_disclosure",
        "Nachtelijke actieve openbaarmaking van alle bronnen.",
        cron=NIGHTLY_CRON,
        concurrency_limit=1,
    ),
    DeploymentSpec(
        "partition",
        "flows/partition.py:nightly_partition",
        "Eén partitie (bron × reeks documenten) van de nachtelijke run.",
    ),
    DeploymentSpec(
        "adhoc",
        "flows/adhoc.py:adhoc_publication",
        "Ad-hocpublicatie van gekozen documenten, of van een bron met zoekterm.",
    ),
    DeploymentSpec(
        "publish-approved",
        "flows/publish_approved.py:publish_approved",
        "Publiceer wat de contactfunctionaris heeft goedgekeurd.",
    ),
    DeploymentSpec(
        "withdraw",
        "flows/withdraw.py:withdraw",
        "Trek documenten in met een reden uit de TOOI-lijst.",
    ),
    DeploymentSpec(
        "rebuild-sitemaps",
        "flows/rebuild_sitemaps.py:rebuild_sitemaps",
        "Bouw sitemaps en robots.txt opnieuw op en controleer de publieke opslag.",
    ),
)
