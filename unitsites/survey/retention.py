"""The retention purge of survey answers (P-06): past the page's retention period the comment
and the visitor key are erased; the rating stays for the satisfaction figures."""

from unitsites.models import StatisticsSection, SurveyResponse
from unitsites.models.privacy import PurgeKind
from unitsites.retention import Purged, RetentionRule

SURVEY_COMMENTS = RetentionRule(
    kind=PurgeKind.SURVEY_COMMENTS,
    notice_pages=StatisticsSection,
    holding=lambda: SurveyResponse.objects.exclude(comment="", visitor_key=""),
    page_field="page",
    time_field="submitted_at",
    erase=lambda expired, now: Purged(anonymised=expired.update(comment="", visitor_key="")),
)
