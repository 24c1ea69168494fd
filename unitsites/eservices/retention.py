"""The retention purge of e-service submissions (P-06): once a form's retention period has
passed, a submission's personal data are wiped (form data, e-mail, the answer and who wrote it)
but its row stays, so the published complaint statistics keep counting it."""

from unitsites.models.eservices import ServiceFormPage
from unitsites.models.privacy import PurgeKind
from unitsites.models.submissions import ServiceSubmission
from unitsites.retention import Purged, RetentionRule

SUBMISSIONS = RetentionRule(
    kind=PurgeKind.ESERVICE_SUBMISSIONS,
    notice_pages=ServiceFormPage,
    holding=lambda: ServiceSubmission.objects.filter(anonymised_at__isnull=True),
    page_field="page",
    time_field="submit_time",
    erase=lambda expired, now: Purged(anonymised=expired.anonymise(now)),
)
