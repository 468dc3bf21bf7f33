"""Published read models: what the CLI prints, the web API declares and the exports write.

Each is a pydantic model (:mod:`harmledger.publish.base`), so a field renamed in one place is a
type error everywhere else; :mod:`harmledger.publish.csv_writer` is the one CSV dialect.
"""
