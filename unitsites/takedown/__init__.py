"""Notice and takedown (S-07, W-18): the public form with its evidence, the handling admin with
the way to the reported page, the e-mails and the retention purge. The page type and the request
model live in unitsites.models.takedown."""
