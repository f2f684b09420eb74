from django.db import migrations

# The network's working languages besides English, the source. Kept here rather
# than read from settings so the migration stays reproducible.
WORKING_LANGUAGES = ["de", "es", "pt-br"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    for language_code in WORKING_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)


def remove_locales(apps, schema_editor):
    apps.get_model("wagtailcore.Locale").objects.filter(
        language_code__in=WORKING_LANGUAGES
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]

    operations = [migrations.RunPython(create_locales, remove_locales)]
