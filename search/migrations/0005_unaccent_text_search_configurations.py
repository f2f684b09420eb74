"""Accent-folding text search configurations for PostgreSQL (the editors' search in the admin).

The site search folds accents itself (search/analysis.py); Wagtail's database backend, which
answers the admin's search, stems each language with PostgreSQL's own configurations. These
copies put `unaccent` before the stemmer, so "participacion" finds "participación" in the admin
too. Nothing happens on other databases.
"""

from django.db import migrations

# Our configuration → the built-in one it copies, and the dictionary that ends its chain.
CONFIGURATIONS = {
    f"iscn_{name}": (name, f"{name}_stem" if name != "simple" else "simple")
    for name in ["english", "german", "spanish", "portuguese", "simple"]
}
TOKEN_TYPES = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for ours, (builtin, dictionary) in CONFIGURATIONS.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {ours}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {ours} (COPY = {builtin})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {ours} "
            f"ALTER MAPPING FOR {TOKEN_TYPES} WITH unaccent, {dictionary}"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for ours in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {ours}")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_document")]

    operations = [migrations.RunPython(create, drop)]
