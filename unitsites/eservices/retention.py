"""The retention purge of e-service submissions (P-06): once a form's retention period has
passed, a submission's personal data are wiped (form data, e-mail, the answer and who wrote it)
but its row stays, so the published complaint statistics keep counting it."""

from django.db.models import Min

from unitsites.models.eservices import ServiceFormPage
from unitsites.models.submissions import ServiceSubmission
from unitsites.retention import log_purge

KIND = "e-service submissions"


def purge_expired_submissions(now):
    """Anonymise every submission past its form's retention period; returns how many."""
    oldest = (
        ServiceSubmission.objects.filter(anonymised_at__isnull=True)
        .values("page_id")
        .annotate(oldest=Min("submit_time"))
    )
    oldest_by_page = {row["page_id"]: row["oldest"] for row in oldest}
    pages = ServiceFormPage.objects.filter(pk__in=oldest_by_page)
    total = 0
    for page in pages.only("pk", "retention_days"):
        cutoff = page.retention_cutoff(now)
        if oldest_by_page[page.pk] >= cutoff:
            continue
        expired = ServiceSubmission.objects.filter(page_id=page.pk, submit_time__lt=cutoff)
        site = expired.select_related("unit__site").first().unit.site
        anonymised = expired.anonymise(now)
        log_purge(now, KIND, site, cutoff, anonymised=anonymised)
        total += anonymised
    return total
