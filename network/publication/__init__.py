"""The publication workflow of the network: request, approve, publish, take down, and the
records assessors ask for (seed §2.2 and §3.2, REQUIREMENTS W-01 to W-09)."""
