"""The traffic log (REQUIREMENTS S-02 to S-04): recording (buffered, written in bulk off the
request path), sealing into a hash chain, retention with legal holds, and export for the
authorities.

The scheduler calls `seal_traffic_log()` and `purge_traffic_log()`.
"""

from .chain import ChainReport, seal_traffic_log, verify_chain
from .export import date_range, write_csv
from .recording import TrafficLogMiddleware, record_event
from .retention import HoldError, hold_traffic, purge_traffic_log, retention_days

__all__ = [
    "ChainReport",
    "HoldError",
    "TrafficLogMiddleware",
    "date_range",
    "hold_traffic",
    "purge_traffic_log",
    "record_event",
    "retention_days",
    "seal_traffic_log",
    "verify_chain",
    "write_csv",
]
