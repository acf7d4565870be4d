"""ホーム: the first tab, what needs doing now (app/services/desk reads it)."""
