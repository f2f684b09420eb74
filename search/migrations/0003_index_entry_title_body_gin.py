"""A GIN index on `title || body` of the search index entries (PostgreSQL only).

modelsearch filters every full-text search on `(title || body) @@ query`. No index covers
that expression, so the planner guesses one matching row and, for queries of several words,
walks every entry in a nested loop: 2 to 10 s at 10,000 case studies (docs/benchmarks.md).
The model's comment mentions such an index, but no migration of Wagtail or modelsearch creates it.
"""

from django.db import migrations

INDEX_NAME = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON {table} USING gin ((title || body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_log_report_permission"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
