"""The satisfaction survey (P-07): the public form on the statistics page, the answers in the
admin and the retention purge. The answer model lives in unitsites.models.statistics."""
