"""Renumbering home/0004_roles_and_workflows as 0005 loses nothing in existing databases.

A database set up before the renumbering has the same tables and data; only its record of
applied migrations names the old 0004. The new migration `replaces` that name, so Django
counts it as applied: migrating forward runs nothing again and only records the new name.
"""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from home.models import ContentPage

OLD = ("home", "0004_roles_and_workflows")
NEW = ("home", "0005_roles_and_workflows")

pytestmark = pytest.mark.django_db


def applied():
    return set(MigrationRecorder(connection).applied_migrations())


def as_before_the_renumbering():
    """The record of applied migrations of a database migrated before the renumbering."""
    recorder = MigrationRecorder(connection)
    recorder.record_unapplied(*NEW)
    recorder.record_applied(*OLD)


def latest():
    executor = MigrationExecutor(connection)
    return executor, executor.loader.graph.leaf_nodes()


def unapplied_in_showmigrations():
    out = io.StringIO()
    call_command("showmigrations", stdout=out, no_color=True)
    return [line for line in out.getvalue().splitlines() if "[ ]" in line or "[-]" in line]


def test_the_old_name_is_gone_and_replaced():
    migrations = settings.BASE_DIR / "home" / "migrations"
    assert not (migrations / f"{OLD[1]}.py").exists()
    executor, _leaves = latest()
    assert executor.loader.disk_migrations[NEW].replaces == [OLD]


def test_no_migration_depends_on_a_replaced_name():
    executor, _leaves = latest()
    # The project's own migrations (Wagtail's squashed ones are Wagtail's business).
    migrations = [
        migration
        for (app_label, _name), migration in executor.loader.disk_migrations.items()
        if Path(apps.get_app_config(app_label).path).parent == settings.BASE_DIR
    ]
    assert NEW in {(migration.app_label, migration.name) for migration in migrations}
    replaced = {name for migration in migrations for name in migration.replaces}
    dependents = [
        f"{migration.app_label}/{migration.name}"
        for migration in migrations
        if replaced & set(migration.dependencies)
    ]
    assert not dependents


def test_an_existing_database_migrates_without_loss(home):
    as_before_the_renumbering()
    assert OLD in applied()
    assert NEW not in applied()
    # Content and changes made since the roles migration ran: a second run would undo the last.
    group = Group.objects.create(name="Working group: mobility")
    page = home.add_child(instance=ContentPage(title="About the network", slug="about-network"))
    editors = Group.objects.get(name="Editors")
    editors.permissions.remove(Permission.objects.get(codename="access_admin"))

    executor, leaves = latest()
    assert NEW in executor.loader.applied_migrations
    executor.loader.check_consistent_history(connection)
    assert executor.migration_plan(leaves) == []
    executor.migrate(leaves)

    assert {OLD, NEW} <= applied()
    executor, leaves = latest()
    assert executor.migration_plan(leaves) == []
    assert unapplied_in_showmigrations() == []
    assert Group.objects.filter(pk=group.pk, name="Working group: mobility").exists()
    assert ContentPage.objects.get(pk=page.pk).title == "About the network"
    assert not editors.permissions.filter(codename="access_admin").exists()


def test_a_new_database_records_both_names():
    # The test database was made by migrating from nothing, as a new installation is.
    assert {OLD, NEW} <= applied()
    assert unapplied_in_showmigrations() == []
