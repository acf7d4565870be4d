"""Alembic environment and revisions; located from the package so they run from a build."""
