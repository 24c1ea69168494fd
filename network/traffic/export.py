"""Traffic data as CSV for the authorities, one row per record, times in Thai time with offset.

Cells go through the portal's spreadsheet rules (web.spreadsheets: a user agent starting
with = or @ cannot run as a formula). The hash columns prove the records as stored in the database
(`verify_chain`), not the cells of this file.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from network.models import TrafficRecord
from web import spreadsheets

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
    return value


def rows(start, end):
    """The cells of each record with start <= time < end, oldest first."""
    records = TrafficRecord.objects.filter(time__gte=start, time__lt=end).order_by("time", "id")
    for values in records.values_list(*COLUMNS).iterator(chunk_size=2000):
        yield [_cell(value) for value in values]


def csv_download(first_day, last_day):
    """The records of both days and those between as a streamed CSV download."""
    filename = f"traffic-{first_day:%Y%m%d}-{last_day:%Y%m%d}.csv"
    return spreadsheets.csv_streaming_response(
        filename, COLUMNS, rows(*date_range(first_day, last_day))
    )


def write_csv(start, end, stream):
    """Write the CSV to a text stream; returns the number of records written."""
    return spreadsheets.write_csv(stream, COLUMNS, rows(start, end))
