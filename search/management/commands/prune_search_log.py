import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search.models import SearchQueryStat


class Command(BaseCommand):
    help = "Delete the query log's rows that are older than --days days (default 365)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=365,
            help="Keep the rows of today and of this many days before it.",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        today = timezone.localdate()
        try:
            cutoff = today - datetime.timedelta(days=days)
        except OverflowError:
            cutoff = datetime.date.min
        deleted, _by_model = SearchQueryStat.objects.filter(date__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} query log rows from before {cutoff.isoformat()}.")
