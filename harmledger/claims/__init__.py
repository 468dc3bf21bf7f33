"""Claims as reviewers left them, their independent origins, and queries over stored claims.

The read model every stage after extraction uses: linking, assessment, tallies and publishing
read claims through here, never through one another.
"""
