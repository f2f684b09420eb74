"""The site's own image model (core/models/images.py) takes over Wagtail's images.

The images keep their ids (pages and StreamField blocks refer to them by id), files, tags,
search index entries and references. Their renditions are not copied: they are made again on
first use, where the new model keeps them, and the old files are deleted. Permissions stay on
Wagtail's image model, where Wagtail's image permission policy looks for them.
"""

import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.db import migrations, models


IMAGE_COLUMNS = (
    "id, title, file, description, width, height, created_at, focal_point_x, focal_point_y, "
    "focal_point_width, focal_point_height, file_size, file_hash, collection_id, "
    "uploaded_by_user_id"
)


def take_over_wagtail_images(apps, schema_editor):
    connection = schema_editor.connection
    ContentType = apps.get_model("contenttypes", "ContentType")
    CustomImage = apps.get_model("core", "CustomImage")
    WagtailRendition = apps.get_model("wagtailimages", "Rendition")
    # Raw SQL keeps each image's created_at (the model field would set it to now).
    schema_editor.execute(
        f"INSERT INTO core_customimage ({IMAGE_COLUMNS}) "
        f"SELECT {IMAGE_COLUMNS} FROM wagtailimages_image"
    )
    for statement in connection.ops.sequence_reset_sql(no_style(), [CustomImage]):
        schema_editor.execute(statement)

    old_type = ContentType.objects.filter(app_label="wagtailimages", model="image").first()
    if old_type is None:
        return  # a new database: Wagtail's images were never used
    new_type, _ = ContentType.objects.get_or_create(app_label="core", model="customimage")
    apps.get_model("taggit", "TaggedItem").objects.filter(content_type=old_type).update(
        content_type=new_type
    )
    apps.get_model("wagtailsearch", "IndexEntry").objects.filter(content_type=old_type).update(
        content_type=new_type
    )
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    for field in ("content_type", "base_content_type", "to_content_type"):
        ReferenceIndex.objects.filter(**{field: old_type}).update(**{field: new_type})

    for name in WagtailRendition.objects.values_list("file", flat=True).iterator():
        default_storage.delete(name)
    WagtailRendition.objects.all().delete()


class Migration(migrations.Migration):
    # After the migrations that moved Wagtail's images between collections, so that the images
    # are taken over where those put them.
    dependencies = [
        ('core', '0001_shared_cache'),
        ('home', '0006_public_collection'),
        ('workspace', '0005_remove_untouched_copies'),
        ('wagtailimages', '0027_image_description'),
        ('wagtailsearch', '0010_add_text_fields'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='CustomImage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('file', wagtail.images.models.WagtailImageField(height_field='height', upload_to=wagtail.images.models.get_upload_to, verbose_name='file', width_field='width')),
                ('description', models.CharField(blank=True, default='', max_length=255, verbose_name='description')),
                ('width', models.IntegerField(editable=False, verbose_name='width')),
                ('height', models.IntegerField(editable=False, verbose_name='height')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created at')),
                ('focal_point_x', models.PositiveIntegerField(blank=True, null=True)),
                ('focal_point_y', models.PositiveIntegerField(blank=True, null=True)),
                ('focal_point_width', models.PositiveIntegerField(blank=True, null=True)),
                ('focal_point_height', models.PositiveIntegerField(blank=True, null=True)),
                ('file_size', models.PositiveIntegerField(editable=False, null=True)),
                ('file_hash', models.CharField(blank=True, db_index=True, editable=False, max_length=40)),
                ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
            ],
            options={
                'verbose_name': 'image',
                'verbose_name_plural': 'images',
                'abstract': False,
            },
            bases=(wagtail.images.models.ImageFileMixin, modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='CustomRendition',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('filter_spec', models.CharField(db_index=True, max_length=255)),
                ('file', wagtail.images.models.WagtailImageField(height_field='height', storage=wagtail.images.models.get_rendition_storage, upload_to=wagtail.images.models.get_rendition_upload_to, width_field='width')),
                ('width', models.IntegerField(editable=False)),
                ('height', models.IntegerField(editable=False)),
                ('focal_point_key', models.CharField(blank=True, default='', editable=False, max_length=16)),
                ('image', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='renditions', to='core.customimage')),
            ],
            bases=(wagtail.images.models.ImageFileMixin, models.Model),
        ),
        migrations.AddIndex(
            model_name='customimage',
            index=models.Index(fields=['file'], name='core_customimage_file_idx'),
        ),
        migrations.AddIndex(
            model_name='customrendition',
            index=models.Index(fields=['file'], name='core_customrendition_file_idx'),
        ),
        migrations.AlterUniqueTogether(
            name='customrendition',
            unique_together={('image', 'filter_spec', 'focal_point_key')},
        ),
        migrations.RunPython(take_over_wagtail_images, elidable=False),
    ]
