"""One local login per role, for trying the site out; never on a server others can reach."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError

# One demo login per role; the groups come from home/migrations/0005_roles_and_workflows.py.
DEMO_USERS = {
    "editor": "Editors",
    "moderator": "Moderators",
    "translator-de": "Translators (German)",
    "translator-es": "Translators (Spanish)",
    "translator-pt-br": "Translators (Brazilian Portuguese)",
    "member": "Members",
}


def password_file(username):
    return settings.BASE_DIR / "var" / f"{username}-password.txt"


def stored_password(username):
    """The password kept in var/ for `username`, generated the first time."""
    path = password_file(username)
    if path.exists():
        return path.read_text().strip()
    password = secrets.token_urlsafe(12)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password + "\n")
    return password


def ensure_demo_users():
    """Create 'admin' and one user per role (once); return their (login, password, role)."""
    groups = {group.name: group for group in Group.objects.filter(name__in=DEMO_USERS.values())}
    missing = set(DEMO_USERS.values()) - set(groups)
    if missing:
        raise CommandError(
            f"Missing groups {', '.join(sorted(missing))}: run `manage.py migrate` first."
        )
    logins = [("admin", ensure_user("admin", superuser=True), "superuser")]
    for username, group_name in DEMO_USERS.items():
        logins.append((username, ensure_user(username, group=groups[group_name]), group_name))
    return logins


def ensure_user(username, *, superuser=False, group=None):
    password = stored_password(username)
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@localhost"}
    )
    # Only the administrator may use Django's own admin; the roles work in Wagtail's.
    user.is_staff = user.is_superuser = superuser
    user.is_active = True
    user.set_password(password)
    user.save()
    if group is not None:
        user.groups.set([group])
    return password
