import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = settings.BASE_DIR / "var" / "admin-password.txt"


class Command(BaseCommand):
    help = "Create the local administrator 'admin' (once) and print its login. For local use only."

    def handle(self, *args, **options):
        User = get_user_model()
        if PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
        else:
            password = secrets.token_urlsafe(12)
            PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
            PASSWORD_FILE.write_text(password + "\n")
        user, _created = User.objects.get_or_create(
            username="admin", defaults={"email": "admin@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(self.style.SUCCESS(f"Admin login (local use only): admin / {password}"))
