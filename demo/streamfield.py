"""Builders for StreamField blocks in the raw JSON form Wagtail stores, so demo data stays short."""

import uuid


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def heading(text, level="h2"):
    return block("heading", {"text": text, "level": level})


def paragraph(html):
    return block("paragraph", html)


def quote(text, attribution=""):
    return block("quote", {"quote": text, "attribution": attribution})


def key_figures(figures, title=""):
    """figures: (value, label) pairs, at most six."""
    # List items in block form (with ids): wagtail-localize only offers those for translation.
    items = [block("item", {"value": value, "label": label}) for value, label in figures]
    return block("key_figures", {"title": title, "figures": items})


def image(image, alt_text, caption="", credit=""):
    return block(
        "image", {"image": image.pk, "alt_text": alt_text, "caption": caption, "credit": credit}
    )


def call_to_action(title, text, button_label, page=None, external_url=""):
    return block(
        "call_to_action",
        {
            "title": title,
            "text": text,
            "page": page.pk if page else None,
            "external_url": external_url,
            "button_label": button_label,
        },
    )


def link(title, url):
    return block("link", {"title": title, "url": url})


def agenda_item(time, title, description=""):
    """time: "HH:MM" in the event's time zone."""
    return block("item", {"time": f"{time}:00", "title": title, "description": description})


def speaker(name, role):
    return block("speaker", {"name": name, "role": role})
