"""`manage.py load_demo_content`: a knowledge base worth exploring, in one step."""

import contextlib
import logging
import time

from django.core.management.base import BaseCommand

from home.demo.loader import KINDS, DemoContentLoader

# They log a line or two for every page and background task, which would bury the summary.
CHATTY_LOGGERS = ("wagtail", "django_tasks")


class Command(BaseCommand):
    help = (
        "Create demo topics, cities, case studies, events and site pages under the home page, "
        "with German, Spanish and Brazilian Portuguese translations. Safe to run again: only "
        "what is missing is added, nothing is duplicated or overwritten."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        loader = DemoContentLoader()
        with contextlib.ExitStack() as stack:
            if options["verbosity"] < 2:
                for name in CHATTY_LOGGERS:
                    stack.enter_context(quieter(logging.getLogger(name)))
            loader.load()
        for kind in KINDS:
            self.stdout.write(
                f"  {kind}: {loader.created[kind]} created, {loader.existing[kind]} existing"
            )
        self.stdout.write("Translations:")
        for line in loader.translations.summary():
            self.stdout.write(line)
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {elapsed:.1f} s."))


@contextlib.contextmanager
def quieter(logger):
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(previous)
