"""Traffic data as CSV for the authorities, one row per record, times in Thai time with offset.

Cells that a spreadsheet would run as a formula (a user agent or address starting with =, +, -,
@) get a leading apostrophe. The hash columns prove the records as stored in the database
(`verify_chain`), not the cells of this file.
"""

import csv
from datetime import datetime, time, timedelta

from django.utils import timezone

from network.models import TrafficRecord
from network.spreadsheets import formula_safe

COLUMNS = (
    "id",
    "time",
    "kind",
    "host",
    "client_ip",
    "client_port",
    "method",
    "path",
    "status",
    "user_id",
    "username",
    "user_agent",
    "held_until",
    "seal_seq",
    "prev_hash",
    "hash",
)


def date_range(first_day, last_day):
    """[start, end) datetimes covering both dates whole, in the portal's time zone."""
    zone = timezone.get_current_timezone()
    start = datetime.combine(first_day, time.min, tzinfo=zone)
    end = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=zone)
    return start, end


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="microseconds")
    return str(formula_safe(value))


class _Echo:
    def write(self, value):
        return value


def csv_lines(start, end):
    """The CSV text, line by line, for records with start <= time < end."""
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    records = TrafficRecord.objects.filter(time__gte=start, time__lt=end).order_by("time", "id")
    for values in records.values_list(*COLUMNS).iterator(chunk_size=2000):
        yield writer.writerow([_cell(value) for value in values])


def write_csv(start, end, stream):
    """Write the CSV to a text stream; returns the number of records written."""
    lines = csv_lines(start, end)
    stream.write(next(lines))
    count = 0
    for line in lines:
        stream.write(line)
        count += 1
    return count
