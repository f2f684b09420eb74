"""Texts of the home page and the network's content pages (about, imprint, privacy notice)."""

from demo import streamfield as sf

CONTACT_EMAIL = "secretariat@iscn.example.org"

# The home page's texts; translations give the same keys (demo/translations/).
HOME = {
    "title": "International Smart Cities Network",
    "introduction": (
        "Cities and national ministries from five continents share how they shape the digital "
        "transformation of cities for the common good."
    ),
    "welcome_heading": "Cities learning from cities",
    "welcome": (
        "<p>The International Smart Cities Network brings together cities and national "
        "urban-development ministries that want digital technology to serve people, not the "
        "other way round. Members meet regularly, choose their topics together and share "
        "what worked, and what did not, in this open knowledge base.</p>"
    ),
    "figures_title": "The network in figures",
    "figure_labels": {
        "cities": "member cities",
        "countries": "countries",
        "case_studies": "case studies",
        "topics": "topics",
    },
    "image_alt_text": (
        "Abstract illustration: coloured points on a dark background joined by lines, like "
        "cities connected in a network."
    ),
    "image_caption": "Cities on five continents exchange experience in the network.",
    "quote": (
        "Digital transformation is not a technical project. It is about the kind of city we "
        "want to live in.",
        "From the Smart City Charter",
    ),
    "explore": (
        "Explore the knowledge base",
        "Browse case studies by topic, country, maturity and Sustainable Development Goal.",
        "Browse case studies",
    ),
    "meet": (
        "Meet the network",
        "Join a webinar, a workshop or the next network meeting.",
        "See upcoming events",
    ),
    # Rich text stores internal links by page id, so they survive moves and renames.
    "new_here": '<p>New here? Read <a linktype="page" id="{about_id}">about the network</a>.</p>',
}

INDEX_PAGES = {
    "topics": {
        "title": "Topics",
        "introduction": (
            "The themes members chose to work on together, grouped by the five fields of action "
            "of the Smart City Charter."
        ),
    },
    "cities": {
        "title": "Cities",
        "introduction": (
            "Member cities and partners of the network, from small towns to metropolitan regions."
        ),
    },
    "case-studies": {
        "title": "Case studies",
        "introduction": (
            "Projects, programmes and policies from member cities and ministries: what they set "
            "out to do, how they did it and what they learned."
        ),
    },
    "events": {
        "title": "Events",
        "introduction": (
            "Network meetings, workshops, webinars and study tours, on site and online."
        ),
    },
}


def home_body(texts, *, case_study_index, event_index, about_page, image, counts):
    """The welcome: what the network is, in figures, and where to start (`texts`: HOME's keys)."""
    labels = texts["figure_labels"]
    figures = [(str(counts[name]), labels[name]) for name in HOME["figure_labels"]]
    return [
        sf.heading(texts["welcome_heading"]),
        sf.paragraph(texts["welcome"]),
        sf.key_figures(figures, title=texts["figures_title"]),
        sf.image(image, alt_text=texts["image_alt_text"], caption=texts["image_caption"]),
        sf.quote(*texts["quote"]),
        sf.call_to_action(*texts["explore"], page=case_study_index),
        sf.call_to_action(*texts["meet"], page=event_index),
        sf.paragraph(texts["new_here"].format(about_id=about_page.pk)),
    ]


ABOUT = {
    "slug": "about",
    "title": "About the network",
    "introduction": (
        "A German-funded network in which cities and ministries from Brazil, Mexico, Peru, India, "
        "Germany and further countries learn from each other."
    ),
    "body": [
        sf.heading("Why the network exists"),
        sf.paragraph(
            "<p>Cities everywhere face the same questions: how to use data without giving up "
            "control of it, how to digitise services without leaving people behind, and how to "
            "buy technology that serves the public interest. The network lets cities and "
            "ministries answer these questions together rather than alone.</p>"
        ),
        sf.heading("Core partners"),
        sf.paragraph(
            "<p>The network is funded by the German Federal Government. Its core partners are "
            "the national ministries responsible for urban development in:</p>"
            "<ul><li>Brazil</li><li>Mexico</li><li>Peru</li><li>India</li><li>Germany</li></ul>"
            "<p>Member cities from these and further countries take part in its activities.</p>"
        ),
        sf.heading("How we work"),
        sf.paragraph(
            "<ul><li><b>Network meetings</b> once a year and regional meetings in between</li>"
            "<li><b>Jointly chosen topics</b>, proposed and voted on by members</li>"
            "<li><b>Exchange formats</b> tailored to needs: webinars, workshops, study tours</li>"
            "<li><b>Shared online workspaces</b> for working groups</li>"
            "<li><b>This knowledge base</b> of planning processes and concrete projects</li></ul>"
        ),
        sf.key_figures(
            [("5", "core partner countries"), ("5", "fields of action"), ("4", "event formats")]
        ),
        sf.quote(
            "The most useful advice often comes from a city that tried the same thing two years "
            "earlier.",
            "Member city representative",
        ),
    ],
}

IMPRINT = {
    "slug": "imprint",
    "title": "Imprint",
    "introduction": "Who is responsible for this website.",
    "body": [
        sf.heading("Publisher"),
        sf.paragraph(
            "<p>Secretariat of the International Smart Cities Network<br>"
            f'Email: <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a></p>'
        ),
        sf.heading("Demonstration content"),
        sf.paragraph(
            "<p>This installation contains demonstration content. Case studies, events, people "
            "and figures are illustrative and must not be quoted as facts. Replace this page "
            "with the legally required details before the site goes live.</p>"
        ),
        sf.heading("Liability for links"),
        sf.paragraph(
            "<p>This website links to websites of other organisations. We have no influence on "
            "their content and accept no liability for it.</p>"
        ),
    ],
}

PRIVACY = {
    "slug": "privacy",
    "title": "Privacy notice",
    "introduction": (
        "This website loads nothing from third parties and sets no tracking cookies. Here is "
        "what we process, and why."
    ),
    "body": [
        sf.heading("Privacy by design"),
        sf.paragraph(
            "<p>Every page of this website is delivered from our own server. We do not embed "
            "fonts, scripts, maps, videos or analytics from other providers, so visiting the "
            "site does not transmit your data to any third party. Videos and external media "
            "are shown as links; your browser contacts another host only if you follow one.</p>"
        ),
        sf.heading("Cookies"),
        sf.paragraph(
            "<p>We set <b>no tracking or advertising cookies</b>. Public pages work without any "
            "cookie. Only when you sign in to the members' workspace, or send a form, do we set "
            "a strictly necessary session and security (CSRF) cookie, which is deleted when you "
            "sign out or close the browser.</p>"
        ),
        sf.heading("Server logs"),
        sf.paragraph(
            "<p>To operate the site securely, the web server briefly records requests (time, "
            "requested address, status, browser type and IP address). Logs are used only to "
            "detect and fix faults and attacks, and are deleted after seven days.</p>"
        ),
        sf.heading("Search"),
        sf.paragraph(
            "<p>We count which search terms are used, without any link to a person, to find "
            "topics the knowledge base is missing.</p>"
        ),
        sf.heading("Your rights"),
        sf.paragraph(
            "<p>Under the EU General Data Protection Regulation you have the right to access, "
            "rectification, erasure, restriction of processing and objection, and the right to "
            "lodge a complaint with a supervisory authority. Contact us at "
            f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>.</p>'
        ),
    ],
}
