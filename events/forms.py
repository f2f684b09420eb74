import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.admin_forms import LocalizedRelationsPageForm
from home.forms import EMPTY_CHOICE, ListingFilterForm


class EventPageForm(LocalizedRelationsPageForm):
    """Editors enter start and end in the event's own time zone, not their browser's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tz = self._event_zone(self.instance.time_zone)
        for name in ("start", "end"):
            value = getattr(self.instance, name)
            if value and tz:
                self.initial[name] = timezone.localtime(value, tz).replace(tzinfo=None)

    @staticmethod
    def _event_zone(name):
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
            return None

    def clean(self):
        cleaned_data = super().clean()
        tz = self._event_zone(cleaned_data.get("time_zone"))
        if tz:
            for name in ("start", "end"):
                value = cleaned_data.get(name)
                if value:
                    # Django read the wall-clock time in the editor's zone; use the event's.
                    wall_clock = timezone.localtime(value).replace(tzinfo=None)
                    cleaned_data[name] = timezone.make_aware(wall_clock, tz)
        return cleaned_data


class EventFilterForm(ListingFilterForm):
    WHEN_CHOICES = [("", _("All")), ("upcoming", _("Upcoming")), ("past", _("Past"))]

    when = forms.ChoiceField(label=_("When"), required=False, choices=WHEN_CHOICES)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    event_format = forms.ChoiceField(label=_("Format"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def set_choices(self):
        from events.models import EventFormat, EventKind
        from topics.models import TopicPage

        self.fields["topic"].choices = [
            EMPTY_CHOICE,
            *TopicPage.objects.live()
            .filter(locale=self.page.locale)
            .order_by("title")
            .values_list("slug", "title"),
        ]
        self.fields["event_format"].choices = [EMPTY_CHOICE, *EventFormat.choices]
        self.fields["kind"].choices = [EMPTY_CHOICE, *EventKind.choices]

    def filter(self, items):
        # Unfiltered too, the listing shows upcoming events first, then past ones newest first.
        return super().filter(items) if self.is_bound else self.apply(items, {})

    def apply(self, items, values):
        now = timezone.now()
        if "topic" in values:
            items = items.filter(topics__slug=values["topic"])
        if "event_format" in values:
            items = items.filter(event_format=values["event_format"])
        if "kind" in values:
            items = items.filter(kind=values["kind"])
        if values.get("when") == "upcoming":
            return items.upcoming(now)
        if values.get("when") == "past":
            return items.past(now)
        return items.upcoming_first(now)
