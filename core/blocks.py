"""The shared StreamField block library used by every page body.

Blocks render without third-party requests: embeds are shown as a link card
rather than an iframe, so no public page contacts another host by itself.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image with the text alternative that screen-reader users depend on."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.localized.url if page else self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("External URL"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose either a page or an external URL, not both."))
                }
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        value_class = LinkStructValue


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=160,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link_block.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Figure"),
        max_length=30,
        # The per cent sign is literal text. xgettext:no-python-format
        help_text=_("For example 42 % or 1.2 M"),
    )
    label = blocks.CharBlock(label=_("What it measures"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("Figures"))

    class Meta:
        icon = "table"
        label = _("Key figures")
        template = "blocks/key_figures_block.html"


class ExternalMediaBlock(blocks.StructBlock):
    """A video or other external media, linked instead of embedded (privacy by design)."""

    embed = EmbedBlock(label=_("Media URL"), help_text=_("For example a video on a video platform"))
    title = blocks.CharBlock(label=_("Title"), max_length=160)

    class Meta:
        icon = "media"
        label = _("External media")
        template = "blocks/external_media_block.html"


class AgendaItemBlock(blocks.StructBlock):
    """One item of an event's or a meeting's agenda, at a time in the page's own time zone."""

    time = blocks.TimeBlock(
        label=_("Time"), required=False, help_text=_("In the event's time zone")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class BaseStreamBlock(blocks.StreamBlock):
    """The block library every page body shares."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = AccessibleImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    table = TableBlock(label=_("Table"), icon="table")
    key_figures = KeyFiguresBlock()
    media = ExternalMediaBlock()


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=160)
    url = blocks.URLBlock(label=_("URL"))

    class Meta:
        icon = "link"
        label = _("Link")
