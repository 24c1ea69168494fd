"""e-Services of a unit site (category 9, REQUIREMENTS C-16, C-23, P-01 to P-07): builder forms
with ready templates, reference numbers and secrets for tracking, staff answers in the admin,
complaint statistics and the retention purge. The page types live in unitsites.models.eservices.
"""
