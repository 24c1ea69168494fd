"""Reading the units CSV (`code,kind,name_th,name_en,hostname,district,parent_code`)."""

import csv
import io

from django.utils.translation import gettext as _

from network.registry import RECORD_FIELDS, RecordError, RecordsInvalid

REQUIRED_COLUMNS = ("code", "kind", "name_th", "name_en", "hostname")


def read_units_csv(raw_bytes):
    """[(line number, row)] from the file's bytes; unknown columns are ignored.

    Raises RecordsInvalid for a file that cannot be read as a units CSV at all.
    """
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RecordsInvalid(
            [RecordError(1, "-", _("The file is not UTF-8 text (byte %s).") % error.start)]
        ) from error
    if "\x00" in text:
        raise RecordsInvalid([RecordError(1, "-", _("The file is not a text CSV file."))])
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise RecordsInvalid(
            [RecordError(1, name, _("The header lacks this column.")) for name in missing]
        )
    reader.fieldnames = header
    rows = []
    try:
        for row in reader:
            if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                continue
            rows.append((reader.line_num, {name: row.get(name) or "" for name in RECORD_FIELDS}))
    except csv.Error as error:
        raise RecordsInvalid([RecordError(reader.line_num, "-", str(error))]) from error
    if not rows:
        raise RecordsInvalid([RecordError(1, "-", _("The file has no units."))])
    return rows
