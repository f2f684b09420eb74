"""Start, end and time zone of events and meetings: entered and shown where they happen."""

import zoneinfo

from django.utils import timezone

from core.admin_forms import LocalizedRelationsPageForm

TIME_ZONE_CHOICES = [
    (name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())
]


class ZonedTimesPageForm(LocalizedRelationsPageForm):
    """Editors enter start and end in the page's own time zone, not their browser's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tz = self._zone(self.instance.time_zone)
        for name in ("start", "end"):
            value = getattr(self.instance, name)
            if value and tz:
                self.initial[name] = timezone.localtime(value, tz).replace(tzinfo=None)

    @staticmethod
    def _zone(name):
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
            return None

    def clean(self):
        cleaned_data = super().clean()
        tz = self._zone(cleaned_data.get("time_zone"))
        if tz:
            for name in ("start", "end"):
                value = cleaned_data.get(name)
                if value:
                    # Django read the wall-clock time in the editor's zone; use the page's.
                    wall_clock = timezone.localtime(value).replace(tzinfo=None)
                    cleaned_data[name] = timezone.make_aware(wall_clock, tz)
        return cleaned_data
