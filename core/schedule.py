"""Start, end and time zone of events and meetings: entered and shown where they happen.

`ScheduleMixin` owns the fields, their panels, the local times and the end-after-start rule;
`ZonedTimesPageForm` is its admin form; templates/includes/time_range.html shows the range.
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

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


class ScheduleMixin(models.Model):
    """When a page's event or meeting happens: start and end as instants, shown in its own zone.

    Page types put `schedule_panels` where they want them, may make `end` optional by
    redeclaring it, and set their own `end_before_start_message`. Several-field checks of a
    page type go in `validation_errors()`, so that editors see all of them at once.
    """

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Berlin",
        help_text=_("Start and end are entered and shown in this time zone."),
    )

    schedule_panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("time_zone"),
    ]
    # Start and end are read in the page's time zone, not the editor's.
    base_form_class = ZonedTimesPageForm
    # Each page type says it in its own words, e.g. "The meeting must end after it starts."
    end_before_start_message: str

    class Meta:
        abstract = True

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.tzinfo)

    @property
    def local_end(self):
        """The end in the page's time zone; None when the page has no end."""
        return timezone.localtime(self.end, self.tzinfo) if self.end else None

    @property
    def is_past(self):
        """Whether it is over: ended, or, without an end, started."""
        return (self.end or self.start) < timezone.now()

    def clean(self):
        super().clean()
        errors = self.validation_errors()
        if errors:
            raise ValidationError(errors)

    def validation_errors(self):
        """{field name: message} for what is wrong across fields; page types add their own."""
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = self.end_before_start_message
        return errors
