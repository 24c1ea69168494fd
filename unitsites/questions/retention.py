"""The retention purge of questions (P-06): past a board's retention period, questions never
published are deleted and published ones lose the asker's name and e-mail."""

from unitsites.models.privacy import PurgeKind
from unitsites.models.questions import Question, QuestionBoardPage, QuestionStatus
from unitsites.retention import Purged, RetentionRule


def _erase(expired, now):
    deleted, _by_model = expired.exclude(status=QuestionStatus.PUBLISHED).delete()
    anonymised = expired.filter(status=QuestionStatus.PUBLISHED).update(
        asker_name="", asker_email=""
    )
    return Purged(deleted=deleted, anonymised=anonymised)


QUESTIONS = RetentionRule(
    kind=PurgeKind.QUESTIONS,
    notice_pages=QuestionBoardPage,
    holding=lambda: Question.objects.exclude(
        status=QuestionStatus.PUBLISHED, asker_name="", asker_email=""
    ),
    page_field="board",
    time_field="asked_at",
    erase=_erase,
)
