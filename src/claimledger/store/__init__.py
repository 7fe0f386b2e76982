"""Storage: SQLAlchemy Core tables, Alembic migrations, SQLite by default and PostgreSQL by URL."""
