"""`manage.py load_demo`: a site worth exploring in one step: the knowledge base in four
languages, one login per role and a members' workspace."""

import contextlib
import logging
import time

from django.core.management.base import BaseCommand

from demo.loader import KINDS, DemoContentLoader
from demo.users import ensure_demo_users
from demo.workspace import DemoWorkspaceLoader

# They log a line or two for every page and background task, which would bury the summary.
CHATTY_LOGGERS = ("wagtail", "django_tasks")


class Command(BaseCommand):
    help = (
        "Create demo topics, cities, case studies, events and site pages with German, Spanish "
        "and Brazilian Portuguese translations, one local login per role and the members' "
        "workspace. Safe to run again: only what is missing is added, nothing is duplicated "
        "or overwritten. For local use only (the logins' passwords are printed)."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        with contextlib.ExitStack() as stack:
            if options["verbosity"] < 2:
                for name in CHATTY_LOGGERS:
                    stack.enter_context(quieter(logging.getLogger(name)))
            loader = DemoContentLoader(progress=self.progress)
            loader.load()
            self.report_content(loader)
            self.report_logins(ensure_demo_users())
            workspace_loader = DemoWorkspaceLoader()
            workspace = workspace_loader.load()
        self.stdout.write(f"Workspace at {workspace.url}: {workspace_loader.created} added.")
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"Demo ready in {elapsed:.1f} s."))

    def progress(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def report_content(self, loader):
        for kind in KINDS:
            self.stdout.write(
                f"  {kind}: {loader.created[kind]} created, {loader.existing[kind]} existing"
            )
        self.stdout.write("Translations:")
        for line in loader.translations.summary():
            self.stdout.write(line)

    def report_logins(self, logins):
        self.stdout.write(
            self.style.WARNING(
                "Demo logins — for local use only, never on a server others can reach "
                "(passwords in var/*-password.txt):"
            )
        )
        width = max(len(username) for username, *_ in logins)
        for username, password, role in logins:
            self.stdout.write(f"  {username.ljust(width)}  {password}  ({role})")


@contextlib.contextmanager
def quieter(logger):
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(previous)
