"""`manage.py load_demo`: a site worth exploring in one step: the knowledge base in four
languages, one login per role and a members' workspace."""

import contextlib
import logging

from django.core.management.base import BaseCommand

from core.progress import Stages, format_seconds
from demo.loader import DemoContentLoader
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
        stages = Stages(self.stdout)
        with contextlib.ExitStack() as stack:
            if options["verbosity"] < 2:
                for name in CHATTY_LOGGERS:
                    stack.enter_context(quieter(logging.getLogger(name)))
            loader = DemoContentLoader(stages)
            loader.load()
            self.report_content(loader)
            with stages.stage("Logins") as stage:
                logins = ensure_demo_users()
                stage.summary = f"{len(logins)} users, one per role"
            with stages.stage("Workspace") as stage:
                workspace_loader = DemoWorkspaceLoader()
                workspace = workspace_loader.load()
                stage.summary = f"{workspace_loader.created} added, at {workspace.url}"
        self.report_logins(logins)
        self.stdout.write(self.style.SUCCESS(f"Demo ready in {format_seconds(stages.elapsed())}."))

    def report_content(self, loader):
        self.stdout.write(
            f"Images: {loader.created['images']} drawn, {loader.existing['images']} existing"
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
