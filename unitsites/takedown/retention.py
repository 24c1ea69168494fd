"""The retention purge of notice-and-takedown requests (P-06): once the page's retention period
has passed, a decided request loses who reported it and what they wrote; its address, ground
and outcome stay for the monitoring report. A request still open keeps them until decided."""

from unitsites.models.privacy import PurgeKind
from unitsites.models.takedown import OUTCOMES, TakedownPage, TakedownRequest
from unitsites.retention import Purged, RetentionRule

TAKEDOWN_REQUESTS = RetentionRule(
    kind=PurgeKind.TAKEDOWN_REQUESTS,
    notice_pages=TakedownPage,
    holding=lambda: TakedownRequest.objects.filter(anonymised_at__isnull=True, status__in=OUTCOMES),
    page_field="page",
    time_field="received_at",
    erase=lambda expired, now: Purged(anonymised=expired.anonymise(now)),
)
