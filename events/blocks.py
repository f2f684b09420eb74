from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role and organisation"), max_length=200, required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")
