"""The folder connector: change detection, sidecars, cursor safety and link handling."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from connectors.base import Connector, build_connector
from connectors.folder import FolderConnector, media_type_for
from schemas.records import DocumentRef
from woo.errors import ConfigError, DocumentError
from woo.settings import SourceConfig


def make(root: Path, **options: object) -> FolderConnector:
    return FolderConnector(SourceConfig(name="archief", options={"path": str(root), **options}))


def write(path: Path, data: str | bytes, mtime_ns: int | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def listed(connector: FolderConnector, cursor: dict | None) -> list[DocumentRef]:
    return [ref for page in connector.list_changes(cursor) for ref in page]


def harvest_all(connector: FolderConnector, cursor: dict | None) -> dict:
    return connector.next_cursor(cursor, listed(connector, cursor))


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "bron"
    write(folder / "besluit.pdf", b"%PDF-1.7 besluit")
    write(folder / "besluit.pdf.meta.json", json.dumps({"titel": "Besluit"}))
    write(folder / "sub" / "notitie.docx", b"PK docx")
    write(folder / "zonder.txt", "platte tekst")
    return folder


def test_is_registered_and_satisfies_protocol(root: Path) -> None:
    connector = build_connector(SourceConfig(name="archief", kind="folder", options={"path": root}))
    assert isinstance(connector, FolderConnector)
    assert isinstance(connector, Connector)
    assert connector.name == "archief"


def test_missing_path_option_is_config_error_naming_source() -> None:
    with pytest.raises(ConfigError, match="archief"):
        FolderConnector(SourceConfig(name="archief", options={}))


def test_path_that_is_not_a_folder_is_config_error(tmp_path: Path) -> None:
    file = write(tmp_path / "bestand.txt", "x")
    for path in (tmp_path / "bestaat-niet", file):
        with pytest.raises(ConfigError, match="archief"):
            make(path)


def test_first_run_lists_every_document_sorted_skipping_sidecars(root: Path) -> None:
    ids = [ref.source_id for ref in listed(make(root), None)]
    assert ids == ["besluit.pdf", "sub/notitie.docx", "zonder.txt"]


def test_unchanged_folder_lists_nothing_after_cursor(root: Path) -> None:
    connector = make(root)
    cursor = harvest_all(connector, None)
    assert set(cursor["fingerprints"]) == {"besluit.pdf", "sub/notitie.docx", "zonder.txt"}
    assert listed(connector, cursor) == []


def test_new_changed_and_deleted_documents_are_listed(root: Path) -> None:
    connector = make(root)
    cursor = harvest_all(connector, None)
    write(root / "nieuw.pdf", b"nieuw")
    write(root / "zonder.txt", "gewijzigde tekst, langer dan eerst")
    (root / "sub" / "notitie.docx").unlink()

    refs = {ref.source_id: ref for ref in listed(connector, cursor)}
    assert set(refs) == {"nieuw.pdf", "zonder.txt", "sub/notitie.docx"}
    assert refs["sub/notitie.docx"].deleted and refs["sub/notitie.docx"].fingerprint == ""
    assert not refs["nieuw.pdf"].deleted and not refs["zonder.txt"].deleted

    cursor = connector.next_cursor(cursor, list(refs.values()))
    assert "sub/notitie.docx" not in cursor["fingerprints"]
    assert listed(connector, cursor) == []


def test_change_with_same_size_is_detected_by_mtime(root: Path) -> None:
    connector = make(root)
    write(root / "zonder.txt", "aaaa", mtime_ns=1_000_000_000_000_000_000)
    cursor = harvest_all(connector, None)
    write(root / "zonder.txt", "bbbb", mtime_ns=1_000_000_000_000_000_001)
    assert [ref.source_id for ref in listed(connector, cursor)] == ["zonder.txt"]


def test_changed_sidecar_counts_as_change(root: Path) -> None:
    connector = make(root)
    cursor = harvest_all(connector, None)
    write(root / "besluit.pdf.meta.json", json.dumps({"titel": "Besluit (gecorrigeerd)"}))
    assert [ref.source_id for ref in listed(connector, cursor)] == ["besluit.pdf"]


def test_added_sidecar_counts_as_change(root: Path) -> None:
    connector = make(root)
    cursor = harvest_all(connector, None)
    write(root / "zonder.txt.meta.json", json.dumps({"titel": "Tekst"}))
    assert [ref.source_id for ref in listed(connector, cursor)] == ["zonder.txt"]


def test_failed_ref_is_not_advanced_and_listed_again(root: Path) -> None:
    connector = make(root)
    refs = listed(connector, None)
    failed = next(ref for ref in refs if ref.source_id == "sub/notitie.docx")
    done = [ref for ref in refs if ref is not failed]
    cursor = connector.next_cursor(None, done)
    assert "sub/notitie.docx" not in cursor["fingerprints"]
    assert [ref.source_id for ref in listed(connector, cursor)] == ["sub/notitie.docx"]


def test_failed_deletion_stays_in_cursor_and_is_listed_again(root: Path) -> None:
    connector = make(root)
    cursor = harvest_all(connector, None)
    (root / "zonder.txt").unlink()
    cursor = connector.next_cursor(cursor, [])
    assert "zonder.txt" in cursor["fingerprints"]
    assert [(r.source_id, r.deleted) for r in listed(connector, cursor)] == [("zonder.txt", True)]


def test_next_cursor_does_not_mutate_old_cursor(root: Path) -> None:
    connector = make(root)
    old = {"fingerprints": {"weg.pdf": "1:1"}}
    new = connector.next_cursor(
        old, [DocumentRef(source_id="weg.pdf", fingerprint="", deleted=True)]
    )
    assert old == {"fingerprints": {"weg.pdf": "1:1"}}
    assert new == {"fingerprints": {}}


def test_malformed_cursor_is_refused(root: Path) -> None:
    with pytest.raises(ConfigError, match="cursor"):
        listed(make(root), {"fingerprints": ["besluit.pdf"]})


def test_pages_hold_at_most_page_size_refs(tmp_path: Path) -> None:
    for index in range(5):
        write(tmp_path / f"doc{index}.txt", "x")
    pages = list(make(tmp_path, page_size=2).list_changes(None))
    assert [len(page) for page in pages] == [2, 2, 1]
    assert len(list(make(tmp_path).list_changes(None))) == 1


def test_fetch_returns_bytes_media_type_and_sidecar(root: Path) -> None:
    connector = make(root)
    ref = next(ref for ref in listed(connector, None) if ref.source_id == "besluit.pdf")
    doc = connector.fetch(ref)
    assert doc.source == "archief"
    assert doc.source_id == "besluit.pdf"
    assert doc.file_name == "besluit.pdf"
    assert doc.media_type == "application/pdf"
    assert doc.content == b"%PDF-1.7 besluit"
    assert doc.metadata == {"titel": "Besluit"}
    assert doc.fingerprint == ref.fingerprint


def test_fetch_without_sidecar_gives_empty_metadata_and_base_name(root: Path) -> None:
    doc = make(root).fetch(DocumentRef(source_id="sub/notitie.docx", fingerprint=""))
    assert doc.metadata == {}
    assert doc.file_name == "notitie.docx"
    assert doc.media_type.endswith("wordprocessingml.document")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.PDF", "application/pdf"),
        ("b.odt", "application/vnd.oasis.opendocument.text"),
        ("c.txt", "text/plain"),
        ("d.onbekend", "application/octet-stream"),
        ("geen-extensie", "application/octet-stream"),
    ],
)
def test_media_type_from_extension(name: str, expected: str) -> None:
    assert media_type_for(name) == expected


@pytest.mark.parametrize("sidecar", ["{niet json", "[1, 2]", '"tekst"'])
def test_bad_sidecar_error_names_the_file(root: Path, sidecar: str) -> None:
    write(root / "besluit.pdf.meta.json", sidecar)
    with pytest.raises(DocumentError) as caught:
        make(root).fetch(DocumentRef(source_id="besluit.pdf", fingerprint=""))
    message = str(caught.value)
    assert "besluit.pdf.meta.json is geen geldige JSON" in message
    assert caught.value.document == "besluit.pdf"
    assert "archief" in message


def test_vanished_file_is_document_error(root: Path) -> None:
    connector = make(root)
    refs = listed(connector, None)
    (root / "zonder.txt").unlink()
    ref = next(ref for ref in refs if ref.source_id == "zonder.txt")
    with pytest.raises(DocumentError, match=r"zonder\.txt"):
        connector.fetch(ref)


def test_file_bigger_than_max_bytes_is_refused(root: Path) -> None:
    write(root / "groot.pdf", b"x" * 101)
    connector = make(root, max_bytes=100)
    with pytest.raises(DocumentError, match="te groot"):
        connector.fetch(DocumentRef(source_id="groot.pdf", fingerprint=""))
    assert connector.fetch(DocumentRef(source_id="zonder.txt", fingerprint="")).content


@pytest.mark.parametrize("bad", [0, -1, "veel", True])
def test_invalid_max_bytes_is_config_error(root: Path, bad: object) -> None:
    with pytest.raises(ConfigError, match="max_bytes"):
        make(root, max_bytes=bad)


@pytest.mark.parametrize(
    "source_id", ["../geheim.txt", "/etc/passwd", ".verborgen.pdf", "besluit.pdf.meta.json", ""]
)
def test_fetch_refuses_ids_the_listing_never_gives(root: Path, source_id: str) -> None:
    write(root.parent / "geheim.txt", "geheim")
    write(root / ".verborgen.pdf", "verborgen")
    with pytest.raises(DocumentError):
        make(root).fetch(DocumentRef(source_id=source_id, fingerprint=""))


def test_hidden_files_and_folders_are_ignored(root: Path) -> None:
    write(root / ".DS_Store", b"x")
    write(root / ".git" / "config", "x")
    write(root / "sub" / ".~lock.notitie.docx#", "x")
    ids = [ref.source_id for ref in listed(make(root), None)]
    assert ids == ["besluit.pdf", "sub/notitie.docx", "zonder.txt"]


def test_symlinks_out_of_the_folder_are_ignored(root: Path) -> None:
    outside = root.parent / "buiten"
    write(outside / "geheim.pdf", b"geheim")
    (root / "link-naar-bestand.pdf").symlink_to(outside / "geheim.pdf")
    (root / "link-naar-map").symlink_to(outside, target_is_directory=True)
    connector = make(root)
    ids = [ref.source_id for ref in listed(connector, None)]
    assert ids == ["besluit.pdf", "sub/notitie.docx", "zonder.txt"]
    for source_id in ("link-naar-bestand.pdf", "link-naar-map/geheim.pdf"):
        with pytest.raises(DocumentError):
            connector.fetch(DocumentRef(source_id=source_id, fingerprint=""))


def test_symlinks_inside_the_folder_are_followed_without_looping(root: Path) -> None:
    (root / "sub" / "terug").symlink_to(root, target_is_directory=True)
    (root / "alias.pdf").symlink_to(root / "besluit.pdf")
    ids = [ref.source_id for ref in listed(make(root), None)]
    assert ids == ["alias.pdf", "besluit.pdf", "sub/notitie.docx", "zonder.txt"]


def test_sidecar_linking_out_of_the_folder_is_refused(root: Path) -> None:
    outside = write(root.parent / "buiten.json", json.dumps({"titel": "van buiten"}))
    (root / "zonder.txt.meta.json").symlink_to(outside)
    with pytest.raises(DocumentError, match=r"zonder\.txt\.meta\.json"):
        make(root).fetch(DocumentRef(source_id="zonder.txt", fingerprint=""))


def test_check_counts_documents(root: Path) -> None:
    connector = make(root)
    assert connector.check() == f"map {root.resolve()}: 3 documenten"


def test_check_raises_when_folder_disappeared(root: Path) -> None:
    connector = make(root)
    shutil.rmtree(root)
    with pytest.raises(ConfigError, match="archief"):
        connector.check()


def test_excluded_patterns_are_neither_listed_nor_fetched(root: Path) -> None:
    write(root / "planted.json", "{}")
    write(root / "sub" / "klad.tmp", "x")
    connector = make(root, exclude=["planted.json", "*.tmp"])
    ids = [ref.source_id for ref in listed(connector, None)]
    assert ids == ["besluit.pdf", "sub/notitie.docx", "zonder.txt"]
    with pytest.raises(DocumentError):
        connector.fetch(DocumentRef(source_id="planted.json", fingerprint=""))
    assert "planted.json" in [ref.source_id for ref in listed(make(root), None)]


def test_exclude_must_be_a_list_of_patterns(root: Path) -> None:
    with pytest.raises(ConfigError, match="exclude"):
        make(root, exclude="*.tmp")
