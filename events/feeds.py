"""The events feed: upcoming events soonest first, then recent ones, in one language."""

from django.utils.dateformat import format as format_date
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from core.feeds import PageFeed


class EventFeed(PageFeed):
    """Events as feed items, each saying when it happens in the event's own time zone."""

    def title(self):
        return _("Events – ISCN Knowledge Platform")

    def description(self):
        return _(
            "Network meetings, workshops, webinars and study tours of the International Smart "
            "Cities Network: upcoming events first, then recent ones."
        )

    def item_description(self, event):
        start = event.local_start
        when = format_html(
            "<p>{}, {} ({})</p>",
            date_format(start, "DATE_FORMAT"),
            format_date(start, "H:i"),
            event.get_time_zone_display(),
        )
        if not event.introduction:
            return when
        return when + format_html("<p>{}</p>", event.introduction)
