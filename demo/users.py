"""One local login per role, for trying the site out; never on a server others can reach."""

import secrets
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
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
    roles = [("admin", None, "superuser")] + [
        (username, groups[group_name], group_name) for username, group_name in DEMO_USERS.items()
    ]
    passwords = [stored_password(username) for username, _group, _role in roles]
    # Hashing takes about a third of a second per password on purpose; hashlib lets other
    # threads run meanwhile, so the hashes are made side by side.
    with ThreadPoolExecutor() as executor:
        hashes = list(executor.map(make_password, passwords))
    for (username, group, _role), hashed in zip(roles, hashes, strict=True):
        ensure_user(username, hashed, superuser=group is None, group=group)
    return [
        (username, password, role)
        for (username, _group, role), password in zip(roles, passwords, strict=True)
    ]


def ensure_user(username, hashed_password, *, superuser=False, group=None):
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@localhost"}
    )
    # Only the administrator may use Django's own admin; the roles work in Wagtail's.
    user.is_staff = user.is_superuser = superuser
    user.is_active = True
    user.password = hashed_password
    user.save()
    if group is not None:
        user.groups.set([group])
