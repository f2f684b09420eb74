from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from workspace.models import ProposalStatus, TopicProposal

DUPLICATE_TITLE_MESSAGE = _(
    "A proposal with this title is already open for votes. Vote for it, or choose another title."
)


class ProposalForm(forms.ModelForm):
    """A member proposes a topic; a title already open for votes is refused with a clear message.

    The member's own open proposal with the same title is not an error here: the view treats it
    as the same proposal sent twice (a double click) and keeps the first.
    """

    class Meta:
        model = TopicProposal
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["title"].widget.attrs["autocomplete"] = "off"

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        taken = (
            TopicProposal.objects.open()
            .filter(title__iexact=title)
            .exclude(proposed_by=self.user)
            .exists()
        )
        if taken:
            raise forms.ValidationError(DUPLICATE_TITLE_MESSAGE, code="duplicate")
        return title

    def validate_unique(self):
        # Duplicates are checked in clean_title and, against races, by the database on save.
        pass


class EventChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.start:%Y-%m-%d})"


class ModerationForm(forms.ModelForm):
    """Moderators accept or decline a proposal and link an accepted one to an event."""

    class Meta:
        model = TopicProposal
        fields = ["status", "accepted_for_event"]
        field_classes = {"accepted_for_event": EventChoiceField}
        labels = {"accepted_for_event": _("Accepted for event")}
        help_texts = {
            "accepted_for_event": _(
                "The event where the topic will be discussed; you can add it later."
            )
        }
        widgets = {"status": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        linked = self.instance.accepted_for_event_id
        # Live events of the moderator's language, and the one linked already; the field's
        # query set comes from the model's foreign key, so this app need not import events.
        field = self.fields["accepted_for_event"]
        field.queryset = field.queryset.filter(
            Q(live=True, locale=Locale.get_active()) | Q(pk=linked)
        ).order_by("-start")

    def clean(self):
        cleaned_data = super().clean()
        event = cleaned_data.get("accepted_for_event")
        if event and cleaned_data.get("status") != ProposalStatus.ACCEPTED:
            self.add_error(
                "accepted_for_event", _("Only an accepted proposal can be linked to an event.")
            )
        return cleaned_data

    def validate_unique(self):
        # Reopening a proposal whose title is open again elsewhere fails on save; the view says so.
        pass
