import pytest
import wagtail_factories
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from core.blocks import AccessibleImageBlock, BaseStreamBlock, CallToActionBlock
from tests.home.factories import ContentPageFactory


@pytest.mark.django_db
class TestCallToAction:
    def test_needs_a_page_or_an_url(self):
        block = CallToActionBlock()
        value = block.to_python({"title": "Join", "button_label": "Join us"})
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        assert "Choose either a page or an external URL" in str(error.value.block_errors)

    def test_refuses_both_a_page_and_an_url(self, home):
        block = CallToActionBlock()
        value = block.to_python(
            {
                "title": "Join",
                "button_label": "Join us",
                "page": home.pk,
                "external_url": "https://example.org",
            }
        )
        with pytest.raises(StructBlockValidationError):
            block.clean(value)

    def test_links_to_the_chosen_page(self, home):
        block = CallToActionBlock()
        value = block.clean(
            block.to_python({"title": "Join", "button_label": "Join us", "page": home.pk})
        )
        assert value.url() == home.url
        assert f'href="{home.url}"' in block.render(value)


@pytest.mark.django_db
class TestImageBlock:
    def test_alt_text_is_required(self):
        image = wagtail_factories.ImageFactory()
        block = AccessibleImageBlock()
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({"image": image.pk, "alt_text": ""}))
        assert "alt_text" in error.value.block_errors

    def test_renders_alt_text_and_caption(self):
        image = wagtail_factories.ImageFactory()
        block = AccessibleImageBlock()
        value = block.to_python(
            {
                "image": image.pk,
                "alt_text": "Cyclists on a bridge",
                "caption": "Bogotá",
                "credit": "ISCN",
            }
        )
        html = block.render(value)
        assert 'alt="Cyclists on a bridge"' in html
        assert "<figcaption>Bogotá" in html


@pytest.mark.django_db
class TestStreamRendering:
    def test_external_media_is_linked_not_embedded(self, client, home):
        body = BaseStreamBlock().to_python(
            [
                {
                    "type": "media",
                    "value": {
                        "embed": "https://video.example.org/watch/42",
                        "title": "Summit talk",
                    },
                },
                {"type": "heading", "value": {"text": "Results", "level": "h2"}},
                {
                    "type": "key_figures",
                    "value": {"title": "", "figures": [{"value": "42 %", "label": "less traffic"}]},
                },
                {"type": "quote", "value": {"quote": "Data is a commons.", "attribution": "Mayor"}},
            ]
        )
        page = ContentPageFactory(body=body)
        html = client.get(page.url).content.decode()
        assert "<iframe" not in html
        assert 'href="https://video.example.org/watch/42"' in html
        assert "<h2>Results</h2>" in html
        assert "<dd>42 %</dd>" in html
        assert "Data is a commons." in html

    def test_a_required_stream_must_not_be_empty(self):
        with pytest.raises(StreamBlockValidationError):
            BaseStreamBlock(required=True).clean(BaseStreamBlock().to_python([]))
