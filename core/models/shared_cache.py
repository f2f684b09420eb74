from django.db import models


class DatabaseCacheEntry(models.Model):
    """A row of Django's database cache (django.core.cache.backends.db.DatabaseCache).

    Without Redis, each process caches in its own memory; what every process must see, the
    content generation token (core/content_generation.py), is kept in this table instead
    (the "content-generation" cache of cms/settings/environment.py). A model, so that the
    migrations create the table in every database, whatever the settings of the moment.
    """

    cache_key = models.CharField(max_length=255, primary_key=True)
    value = models.TextField()
    expires = models.DateTimeField(db_index=True)

    class Meta:
        db_table = "iscn_shared_cache"

    def __str__(self):
        return self.cache_key
