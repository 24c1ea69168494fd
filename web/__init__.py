"""Web helpers every layer uses: the client's address, rate limits, the hosts the portal
answers and unit URLs, safe spreadsheets, plain text without control characters.

This package stands below unitsites (DESIGN.md, Layout): it may read the unit registry
(network.models) and nothing else of the project.
"""
