from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(
        label=_("Time"), required=False, help_text=_("In the event's time zone")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role and organisation"), max_length=200, required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")
