"""Interface translations: complete catalogues, translated pages, localized formats, marked text.

The catalogues under locale/ must translate every string of the code and templates; the
template check below makes sure no English text reaches visitors without going through gettext.
"""

import ast
import datetime
import io
import re
import shutil
import subprocess
import tokenize
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.template import Context, Template
from django.utils import translation
from django.utils.translation.template import templatize
from django_countries import countries

from tests.cities.factories import CityPageFactory
from tests.helpers import translate

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
# Every working language except the source language has a catalogue: de, es, pt_BR.
CATALOGUE_LOCALES = [
    translation.to_locale(code) for code, _name in settings.LANGUAGES if code != "en"
]


def catalogue_path(locale):
    return LOCALE_DIR / locale / "LC_MESSAGES" / "django.po"


def load_catalogue(locale):
    return polib.pofile(str(catalogue_path(locale)))


def describe(entry):
    context = f"[{entry.msgctxt}] " if entry.msgctxt else ""
    return f"{context}{entry.msgid!r} ({', '.join(path for path, _line in entry.occurrences)})"


@pytest.mark.parametrize("locale", CATALOGUE_LOCALES)
class TestCatalogue:
    def test_header_names_the_language(self, locale):
        catalogue = load_catalogue(locale)
        assert catalogue.metadata["Language"] == locale
        assert catalogue.metadata["Plural-Forms"].startswith("nplurals=")
        assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
        assert "ISCN" in catalogue.metadata["Language-Team"]

    def test_every_entry_is_translated(self, locale):
        catalogue = load_catalogue(locale)
        untranslated = [
            describe(entry)
            for entry in catalogue
            if not entry.obsolete
            and (not all(entry.msgstr_plural.values()) if entry.msgid_plural else not entry.msgstr)
        ]
        assert not untranslated, f"Untranslated in {locale}:\n" + "\n".join(untranslated)

    def test_no_entry_is_fuzzy(self, locale):
        catalogue = load_catalogue(locale)
        assert not catalogue.metadata_is_fuzzy
        fuzzy = [describe(entry) for entry in catalogue.fuzzy_entries()]
        assert not fuzzy, f"Fuzzy in {locale}:\n" + "\n".join(fuzzy)

    def test_every_string_of_the_code_is_in_the_catalogue(self, locale):
        in_catalogue = {(entry.msgctxt, entry.msgid) for entry in load_catalogue(locale)}
        missing = sorted(
            f"{context or ''}|{msgid!r} ({path})"
            for (context, msgid), path in translatable_strings().items()
            if (context, msgid) not in in_catalogue
        )
        assert not missing, "Run `make messages` and translate:\n" + "\n".join(missing)

    @pytest.mark.skipif(not shutil.which("msgfmt"), reason="msgfmt (GNU gettext) is not installed")
    def test_msgfmt_accepts_it(self, locale):
        result = subprocess.run(  # noqa: S603 - fixed command on our own file
            ["msgfmt", "--check", "-o", "/dev/null", str(catalogue_path(locale))],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr


# The strings the code and templates pass to gettext, as `make messages` extracts them.

GETTEXT_FUNCTIONS = {
    # name: (index of the context argument or None, index of the message argument)
    "_": (None, 0),
    "gettext": (None, 0),
    "gettext_lazy": (None, 0),
    "gettext_noop": (None, 0),
    "ngettext": (None, 0),
    "ngettext_lazy": (None, 0),
    "pgettext": (0, 1),
    "pgettext_lazy": (0, 1),
    "npgettext": (0, 1),
    "npgettext_lazy": (0, 1),
}


def gettext_calls(python_source):
    """(context, message) of each gettext call with literal arguments in Python source."""
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(python_source).readline)
        if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    ]
    for index, token in enumerate(tokens[:-1]):
        if token.type != tokenize.NAME or token.string not in GETTEXT_FUNCTIONS:
            continue
        if tokens[index + 1].string != "(":
            continue
        arguments, pieces = [], []
        for argument_token in tokens[index + 2 :]:
            if argument_token.type == tokenize.STRING:
                # Adjacent literals are one string, as in Python.
                pieces.append(ast.literal_eval(argument_token.string))
            elif argument_token.string == "," and pieces:
                arguments.append("".join(pieces))
                pieces = []
            else:
                break
        if pieces:
            arguments.append("".join(pieces))
        context_index, message_index = GETTEXT_FUNCTIONS[token.string]
        if len(arguments) > message_index:
            context = arguments[context_index] if context_index is not None else None
            yield context, arguments[message_index]


def project_directories():
    """The project's own apps (not installed packages) and the site-wide template directory."""
    base = Path(settings.BASE_DIR)
    for app in apps.get_app_configs():
        path = Path(app.path)
        if path.is_relative_to(base) and not {".venv", "site-packages"} & set(path.parts):
            yield path


def project_template_files(pattern="*.html"):
    directories = [Path(directory) for engine in settings.TEMPLATES for directory in engine["DIRS"]]
    directories += [app / "templates" for app in project_directories()]
    return sorted({path for directory in directories for path in directory.rglob(pattern)})


def translatable_strings():
    """{(context, message): a file using it} for every string the project marks."""
    found = {}
    base = Path(settings.BASE_DIR)
    sources = [base / "cms" / "settings" / "base.py"]
    sources += [path for app in project_directories() for path in app.rglob("*.py")]
    for path in sources:
        for key in gettext_calls(path.read_text()):
            found.setdefault(key, str(path.relative_to(base)))
    # `make messages` reads text templates (e-mail subjects and bodies) too.
    for path in project_template_files() + project_template_files("*.txt"):
        # Indentation means nothing in templates but would confuse Python's tokenizer.
        converted = templatize(path.read_text(), origin=str(path))
        flat = "\n".join(line.lstrip() for line in converted.splitlines())
        for key in gettext_calls(flat):
            found.setdefault(key, str(path.relative_to(base)))
    return found


def test_gettext_calls_are_found_with_their_context():
    source = (
        'label = _("Title")\n'
        'level = pgettext_lazy("government level", "City")\n'
        'help = _(\n    "Two lines "\n    "joined."\n)\n'
        "for _code, _name in pairs: print(_code)\n"
    )
    assert list(gettext_calls(source)) == [
        (None, "Title"),
        ("government level", "City"),
        (None, "Two lines joined."),
    ]


# The catalogues as they are in locale/, compiled afresh: a stale or missing .mo file
# (they are build output, see `make compilemessages`) cannot change these results.


@pytest.fixture(scope="session")
def compiled_catalogues(tmp_path_factory):
    directory = tmp_path_factory.mktemp("locale")
    for locale in CATALOGUE_LOCALES:
        target = directory / locale / "LC_MESSAGES"
        target.mkdir(parents=True)
        load_catalogue(locale).save_as_mofile(str(target / "django.mo"))
    return directory


@pytest.fixture
def catalogues(settings, compiled_catalogues):
    settings.LOCALE_PATHS = [compiled_catalogues]


LANGUAGES = {
    # language code: (the search page's heading, Germany, 1234567, 1234.5, 1 March 2025)
    "de": ("Wissensdatenbank durchsuchen", "Deutschland", "1.234.567", "1234,50", "1. März 2025"),
    "es": (
        "Buscar en la base de conocimientos",
        "Alemania",
        "1\xa0234\xa0567",
        "1234,50",
        "1 de marzo de 2025",
    ),
    "pt-br": (
        "Pesquisar na base de conhecimento",
        "Alemanha",
        "1.234.567",
        "1234,50",
        "1 de Março de 2025",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
class TestLocalizedPages:
    def test_interface_strings_are_translated(self, client, home, catalogues, language):
        heading = LANGUAGES[language][0]
        html = client.get(f"/{language}/search/").content.decode()
        assert f'<html lang="{language}"' in html
        assert f"<h1>{heading}</h1>" in html
        assert "Search the knowledge base" not in html

    def test_country_names_are_localized(self, catalogues, language):
        with translation.override(language):
            assert countries.name("DE") == LANGUAGES[language][1]

    def test_numbers_and_dates_follow_the_language(self, catalogues, language):
        template = Template(
            "{% load humanize %}{{ population|intcomma }}|{{ share|floatformat:2 }}"
            '|{{ day|date:"DATE_FORMAT" }}'
        )
        context = Context(
            {"population": 1234567, "share": Decimal("1234.5"), "day": datetime.date(2025, 3, 1)}
        )
        with translation.override(language):
            assert template.render(context).split("|") == list(LANGUAGES[language][2:])


@pytest.mark.django_db
def test_city_facts_are_localized_on_a_german_page(client, home, catalogues):
    translate(home, "de", title="Internationales Smart-Cities-Netzwerk")
    city = CityPageFactory(
        title="Berlin",
        country="DE",
        population=3_755_251,
        latitude=Decimal("52.520008"),
        longitude=Decimal("13.404954"),
    )
    german = translate(city, "de")
    html = client.get(german.url).content.decode()
    assert "<dt>Einwohnerzahl</dt>" in html
    assert "<dd>3.755.251</dd>" in html
    assert "<dd>Deutschland</dd>" in html
    assert "Breite 52,5200, Länge 13,4050" in html
    assert "<dd>Mehr als 1 Million Einwohnerinnen und Einwohner</dd>" in html


# Unmarked text: what a template shows people must go through {% translate %} or
# {% blocktranslate %}; everything else in it comes from variables (content, data).

DJANGO_COMMENTS = re.compile(r"\{#.*?#\}|\{%\s*comment\b.*?%\}.*?\{%\s*endcomment\s*%\}", re.S)
BLOCK_TRANSLATIONS = re.compile(
    r"\{%\s*blocktrans(?:late)?\b.*?%\}.*?\{%\s*endblocktrans(?:late)?\s*%\}", re.S
)
# Blocks that base.html puts into an attribute, not on the page: {% block body_class %}.
ATTRIBUTE_BLOCKS = re.compile(r"\{%\s*block\s+body_class\s*%\}.*?\{%\s*endblock\b.*?%\}", re.S)
TEMPLATE_CONSTRUCTS = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
# Literal text that tags and filters would put on the page: default:"…", {% image … alt="…" %}.
LITERALS_IN_CONSTRUCTS = re.compile(
    r"""(?:\|default(?:_if_none)?:|\b(?:alt|title)=)(?:"([^"]*)"|'([^']*)')"""
)
WORD = re.compile(r"[^\W\d_]{2,}")
# Names that are the same in every language.
ALLOWED_WORDS = {"ISCN"}
TEXT_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "label"}
TEXT_METADATA = {"description", "keywords", "og:title", "og:description", "twitter:title"}
BUTTON_INPUTS = {"submit", "button", "reset"}


class VisibleTextParser(HTMLParser):
    """Collects text nodes and the attributes that people see or hear."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.raw_text_element = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.texts += [value for name, value in attrs if name in TEXT_ATTRIBUTES and value]
        metadata = attributes.get("name") or attributes.get("property")
        if tag == "meta" and metadata in TEXT_METADATA:
            self.texts.append(attributes.get("content") or "")
        if tag == "input" and attributes.get("type") in BUTTON_INPUTS:
            self.texts.append(attributes.get("value") or "")
        if tag in ("script", "style"):
            self.raw_text_element = tag

    def handle_endtag(self, tag):
        if tag == self.raw_text_element:
            self.raw_text_element = None

    def handle_data(self, data):
        if not self.raw_text_element:
            self.texts.append(data)


def unmarked_text(template_source):
    """The pieces of visible text in a template that are not marked for translation."""
    source = DJANGO_COMMENTS.sub(" ", template_source)
    source = BLOCK_TRANSLATIONS.sub(" ", source)
    source = ATTRIBUTE_BLOCKS.sub(" ", source)
    texts = []
    for construct in TEMPLATE_CONSTRUCTS.findall(source):
        if not re.match(r"\{%\s*trans(late)?\b", construct):
            texts += ["".join(quoted) for quoted in LITERALS_IN_CONSTRUCTS.findall(construct)]
    parser = VisibleTextParser()
    parser.feed(TEMPLATE_CONSTRUCTS.sub(" ", source))
    parser.close()
    texts += parser.texts
    return [
        " ".join(text.split())
        for text in texts
        if any(word not in ALLOWED_WORDS for word in WORD.findall(text))
    ]


def test_templates_have_no_unmarked_text():
    templates = project_template_files()
    assert len(templates) > 30, "the project's templates were not found"
    findings = [
        f"{path.relative_to(settings.BASE_DIR)}: {text!r}"
        for path in templates
        for text in unmarked_text(path.read_text())
    ]
    assert not findings, "Text not marked for translation:\n" + "\n".join(findings)


class TestUnmarkedTextDetector:
    def test_reports_raw_text(self):
        assert unmarked_text("<p>{% if x %}Read more{% endif %}</p>") == ["Read more"]

    def test_reports_text_attributes(self):
        source = (
            '<img src="a.png" alt="Map of the city">'
            '<nav aria-label="Main menu"></nav>'
            '<input type="search" placeholder="Search here">'
            '<input type="submit" value="Send">'
            '<meta name="description" content="About the network">'
        )
        assert unmarked_text(source) == [
            "Map of the city",
            "Main menu",
            "Search here",
            "Send",
            "About the network",
        ]

    def test_reports_text_in_content_blocks(self):
        source = "{% block title %}About us{% endblock %}{% block body_class %}about{% endblock %}"
        assert unmarked_text(source) == ["About us"]

    def test_reports_literal_text_in_tags_and_filters(self):
        source = '{% image page.image width-800 alt="A photo" %}{{ title|default:"Untitled" }}'
        assert unmarked_text(source) == ["A photo", "Untitled"]

    def test_accepts_marked_text_variables_and_comments(self):
        source = """{% load i18n %}
            {# A note for developers #}
            {% comment %}More notes{% endcomment %}
            <h1>{{ page.title }}</h1>
            <p>{% translate "Read more" %} ({{ count }}) &nbsp;&mdash; ISCN</p>
            <nav aria-label="{% translate 'Main menu' %}"></nav>
            <p>{% blocktranslate trimmed with name=page.title %}
                About {{ name }}
            {% endblocktranslate %}</p>
            <a href="/" hreflang="de" lang="de" class="button link">{{ name|default:_("Home") }}</a>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <script type="application/json">{"key": "value"}</script>
            <style>.card { color: red; }</style>
        """
        assert unmarked_text(source) == []
