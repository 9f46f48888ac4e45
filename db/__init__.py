"""Database plumbing: engine, sessions, the ORM base and the Alembic migrations."""
