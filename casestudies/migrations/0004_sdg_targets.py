from django.db import migrations

from casestudies.sdg import SDG_TARGETS


def create_targets(apps, schema_editor):
    SDGTarget = apps.get_model("casestudies.SDGTarget")
    for position, (code, _label) in enumerate(SDG_TARGETS):
        SDGTarget.objects.update_or_create(code=code, defaults={"sort_order": position})


class Migration(migrations.Migration):
    dependencies = [("casestudies", "0003_initial")]

    operations = [migrations.RunPython(create_targets, migrations.RunPython.noop)]
