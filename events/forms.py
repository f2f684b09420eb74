from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.filters import EMPTY_CHOICE, ListingFilterForm
from events.models import EventFormat, EventKind
from topics.models import TopicPage


class EventFilterForm(ListingFilterForm):
    WHEN_CHOICES = [("", _("All")), ("upcoming", _("Upcoming")), ("past", _("Past"))]

    when = forms.ChoiceField(label=_("When"), required=False, choices=WHEN_CHOICES)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    event_format = forms.ChoiceField(label=_("Format"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def set_choices(self):
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
