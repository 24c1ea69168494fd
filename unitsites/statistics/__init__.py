"""Site statistics and the satisfaction survey of the unit sites (REQUIREMENTS C-24, P-11):
page views counted on the server (`pageviews`), the published figures (`figures`, `chart`) and
the survey with its retention purge (`survey`)."""
