"""Notice and takedown (S-07, W-18): the public form, the handling admin, the e-mails and the
retention purge. The page type and the request model live in unitsites.models.takedown."""
