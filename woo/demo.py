"""`woo demo`: the nightly flow on the bundled sample corpus (or any folder), embedded defaults."""

from __future__ import annotations

from pathlib import Path

from woo.errors import ConfigError
from woo.settings import CategoryMappingRule, Settings, SourceConfig

# The sample municipality's mapping of ZGW informatieobjecttypen to information categories.
# In production this lives in woo.toml ([[category_mapping]]); the demo carries its own.
DEMO_MAPPING: tuple[tuple[str, str], ...] = (
    ("Verordening", "infocat001"),
    ("Beleidsregel", "infocat002"),
    ("Adviesaanvraag", "infocat003"),
    ("Organogram", "infocat004"),
    ("Contactgegevens", "infocat005"),
    ("Ingekomen stuk raad", "infocat006"),
    ("Raadsvoorstel", "infocat008"),
    ("Besluitenlijst raad", "infocat008"),
    ("Besluitenlijst B&W", "infocat009"),
    ("Advies", "infocat010"),
    ("Convenant", "infocat011"),
    ("Jaarverslag", "infocat012"),
    ("Subsidieovereenkomst", "infocat013"),
    ("Woo-besluit", "infocat014"),
    ("Onderzoeksrapport", "infocat015"),
    ("Omgevingsvergunning", "infocat016"),
    ("Evenementenvergunning", "infocat016"),
    ("Klachtafhandeling", "infocat017"),
)


def demo_settings(settings: Settings, *, source: Path | None = None) -> Settings:
    """The settings with one folder source (the sample corpus unless `source` is given)."""
    from sample_corpus import CORPUS_DIR, CORPUS_EXCLUDE

    folder = (source or CORPUS_DIR).resolve()
    if not folder.is_dir():
        raise ConfigError(f"bronmap {folder} bestaat niet of is geen map")
    name = "voorbeeldcorpus" if source is None else "map"
    options: dict[str, object] = {"path": str(folder)}
    if source is None:
        options["exclude"] = list(CORPUS_EXCLUDE)  # the answer key, not a document
    mapping = settings.category_mapping or [
        CategoryMappingRule(field="informatieobjecttype", value=value, category=code)
        for value, code in DEMO_MAPPING
    ]
    return settings.model_copy(
        update={
            "sources": [SourceConfig(name=name, kind="folder", options=options)],
            "category_mapping": mapping,
        }
    )
