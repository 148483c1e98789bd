"""Detection improvements made in the sixty-seventh round, after the blind sets toets127 and
toets128 (publicatie/evaluation/realistic_toets127 and _toets128) were measured: the owner of a
file in a listing of `ls -l` or `tar -tv`, the login of who acted in an activity log (date,
login, action), a login after "aangeleverd door" or "review door", the initials without dots
after a surname written normally ("Hoogendijk P", as a phone book writes it), a foreign plate
after "busje", a table aligned with spaces under its own title after another table or with a
footer line under its rows, a workstation named after a redacted person in capitals
("MF-LT-IVERBOOM"), and a system's built-in account after a log's key ("uid=www-data")
is no person any more: one list of system accounts for the shell prompt and the log keys. Two
guards pass on the code before the round too (a word where a login would stand, a department
after a name). New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, redacted_of_type  # noqa: F401


def test_the_owner_in_a_tar_listing_is_a_login(model) -> None:  # noqa: F811
    text = (
        "$ tar -tvzf overdracht_registers.tgz\n"
        "drwxr-x--- hbrinkhorst/archief         0 2025-06-02 10:11 registers/\n"
        "-rw-r----- hbrinkhorst/archief   810224 2025-06-02 10:12 registers/deel_1.pdf\n"
        "Het archief is door hbrinkhorst ingepakt.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("hbrinkhorst") == 3


def test_the_owner_in_an_ls_listing_is_a_login_not_a_system_account(model) -> None:  # noqa: F811
    text = (
        "$ ls -l /data/export\n"
        "-rw-r----- 1 pwaterreus burgerzaken  48211 Apr 14 23:10 adreswijzigingen.csv\n"
        "-rw-r----- 1 belapp belapp  1893 Apr 15 06:00 import.err\n"
        "-rw-r--r-- 1 www-data www-data  100 Apr 15 06:00 index.html\n"
        "-rw-r----- 1 svc_import burgerzaken  5120 Apr 15 06:01 batch.log\n"
        "-rw-r----- 1 teamgis gis  9120 Apr 15 06:02 kaart.geojson\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["pwaterreus"]


def test_the_login_of_who_acted_in_an_activity_log(model) -> None:  # noqa: F811
    text = (
        "Acties\n"
        "  03-02-2025  jslob       controle ter plaatse, drie bewoners\n"
        "  10-02-2025  jslob       vooraankondiging verzonden\n"
        "2025-02-11 09:40 rkranendonk  vier-ogen akkoord\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["jslob", "jslob", "rkranendonk"]


def test_a_word_where_the_login_would_stand_is_kept(model) -> None:  # noqa: F811
    text = "2025-02-11 09:40 verzonden   brief 2 aan de eigenaar\n"
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_login_after_who_delivered_or_reviewed_a_file(model) -> None:  # noqa: F811
    text = (
        "De bestanden kwamen binnen (aangeleverd door mwolters). Ik heb de import aangepast "
        "(review door tdijkhuizen) en opnieuw gedraaid.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["mwolters", "tdijkhuizen"]


def test_a_surname_takes_its_initials_without_dots_as_a_phone_book_writes_them(
    model,  # noqa: F811
) -> None:
    text = (
        "Mevrouw Petra Hoogendijk belde twee keer over het graf.\n"
        "09:12  0612345678  Hoogendijk P      beantwoord\n"
        "09:40  0612345679  Koster-van Dam H  voicemail\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "Hoogendijk P" in names and "Koster-van Dam H" in names


def test_a_department_after_a_name_is_no_initials(model) -> None:  # noqa: F811
    text = "Mevrouw Ilse Hoogendijk belde. Doorverbonden met Hoogendijk IT  (toestel 214).\n"
    names = redacted_of_type(text, "name", use_model=True)
    assert "Hoogendijk IT" not in names


def test_a_system_account_after_a_log_key_is_no_person(model) -> None:  # noqa: F811
    text = (
        "type=USER_LOGIN msg=audit(1700000000.123:77): auid=www-data uid=postgres res=success\n"
        "type=USER_LOGIN msg=audit(1700000001.456:78): auid=hvanbeek uid=hvanbeek res=success\n"
        "-rw-r----- owner=jenkins group=ci 2041 rapport.pdf\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["hvanbeek", "hvanbeek"]


def test_a_foreign_plate_after_a_van() -> None:
    text = (
        "Op de oprit stond een Pools busje (WGM 48H21) van een onbekende bewoner. "
        "Busje BXR-417-K staat weer op de dijk.\n"
    )
    plates = redacted_of_type(text, "kenteken")
    assert plates == ["WGM 48H21", "BXR-417-K"]


# A table aligned with spaces of who lives where: its "Geb.datum" column holds dates of birth
_OCCUPANCY = (
    "Unit  Naam                    Geb.datum    Uitzendbureau        Opm.\n"
    "B2    KOVACS ZOLTAN           14-05-1987   Flexwerk Merwede     -\n"
    "B2    NAGY ISTVAN             02-11-1990   Flexwerk Merwede     -\n"
    "B3    TOTH GABOR              27-03-1979   Flexwerk Merwede     -\n"
    "B3    SZABO ERIKA             09-08-1995   Flexwerk Merwede     -\n"
)
_DATES_OF_BIRTH = ["14-05-1987", "02-11-1990", "27-03-1979", "09-08-1995"]


def test_a_table_under_the_title_of_its_own_after_another_table() -> None:
    text = (
        "Unit  Contactpersoon          Telefoon       Opm.\n"
        "B1    Short Stay Merwede      14 0184        beheerder\n"
        "Bijlage B - bezetting (steekproef)\n" + _OCCUPANCY
    )
    assert redacted_of_type(text, "dob") == _DATES_OF_BIRTH


def test_a_footer_line_under_the_rows_leaves_the_table_a_table() -> None:
    text = _OCCUPANCY + "Ingevoerd door: inspecteur | versie 2\n"
    assert redacted_of_type(text, "dob") == _DATES_OF_BIRTH


def test_a_workstation_named_after_a_redacted_person_in_capitals(model) -> None:  # noqa: F811
    text = (
        "De tekenaar Joost van Wijngaarden werkte op LAPTOP-JVWIJNGAARDEN; Ilse Verboom "
        "printte vanaf MF-LT-IVERBOOM. De server MF-APP-VERBOOM2 en LAPTOP-XVERBOOM niet.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "LAPTOP-JVWIJNGAARDEN" in names and "MF-LT-IVERBOOM" in names
    assert not any("XVERBOOM" in n or "VERBOOM2" in n for n in names)
