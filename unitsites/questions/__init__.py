"""The questions-and-answers board (C-16 c, P-06): the public form, the moderation admin and
the retention purge. The page type and the question model live in unitsites.models.questions."""
