"""Builds the demo content tree under the default site's home page.

Safe to run again: pages are identified by parent and slug, images by title, and only what is
missing is created. Existing pages are left exactly as editors left them, except for one English
page that the translation step edits once, so that its translations are outdated (translate.py).
"""

import datetime
import hashlib
import io
import zoneinfo
from collections import Counter
from decimal import Decimal

from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Site

from casestudies.models import CaseStudyIndexPage, CaseStudyPage, SDGTarget
from cities.models import CityIndexPage, CityPage
from core.deferred_indexing import indexing_deferred
from core.media_collections import public_collection
from core.progress import Stages
from demo import builders, page_texts, site_pages
from demo.case_studies import CASE_STUDIES
from demo.cities import CITIES
from demo.events import EVENTS
from demo.images import render_artwork
from demo.topics import TOPICS
from demo.translate import DemoTranslations
from events.models import EventFormat, EventIndexPage, EventPage
from home.models import ContentPage, HomePage, SiteSettings
from topics.models import TopicIndexPage, TopicPage
from translations.sync import language_sync_deferred

# Reserved for documentation (RFC 2606): demo meeting and registration links never reach anyone.
LINK_BASE = "https://iscn.example.org"
COLLECTION_NAME = "Demo content"

INDEX_PAGE_CLASSES = {
    "topics": TopicIndexPage,
    "cities": CityIndexPage,
    "case-studies": CaseStudyIndexPage,
    "events": EventIndexPage,
}


class DemoContentLoader:
    """Builds the demo knowledge base, reporting each stage to `stages` (core/progress.py)."""

    def __init__(self, stages=None):
        self.stages = stages or Stages.silent()
        self.now = timezone.now()
        self.created = Counter()
        self.existing = Counter()
        self.image_model = get_image_model()

    def load(self):
        # Each page is saved several times as it is built: index it once, at the end. And it is
        # translated right after it is built: drafts only for the languages left without one.
        with (
            indexing_deferred(self.stages),
            transaction.atomic(),
            language_sync_deferred(self.stages),
        ):
            self._load()

    def _load(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None or not isinstance(site.root_page.specific, HomePage):
            raise CommandError("No default site with a home page: run `manage.py migrate` first.")
        home = site.root_page.specific
        self.collection = self._collection()
        self.sdg_targets = {target.code: target for target in SDGTarget.objects.all()}

        legal_pages = (site_pages.ABOUT, site_pages.IMPRINT, site_pages.PRIVACY)
        with self._stage("site pages", len(INDEX_PAGE_CLASSES) + len(legal_pages)) as bar:
            self.indexes = indexes = {
                slug: self._ensure(home, page_class, slug, "site pages", self._index_page, slug)
                for slug, page_class in bar.counting(INDEX_PAGE_CLASSES.items())
            }
            self.content_pages = {
                data["slug"]: self._ensure(
                    home, ContentPage, data["slug"], "site pages", self._content_page, data
                )
                for data in bar.counting(legal_pages)
            }
        about, imprint, privacy = self.content_pages.values()

        # In this order: case studies refer to topics and cities, events to all three.
        self.topics = self._ensure_all(
            indexes["topics"], TopicPage, "topics", TOPICS, self._topic_page
        )
        self.cities = self._ensure_all(
            indexes["cities"], CityPage, "cities", CITIES, self._city_page
        )
        self.case_studies = self._ensure_all(
            indexes["case-studies"],
            CaseStudyPage,
            "case studies",
            CASE_STUDIES,
            self._case_study_page,
        )
        self.events = self._ensure_all(
            indexes["events"], EventPage, "events", EVENTS, self._event_page
        )

        self.home = self._welcome_on_home_page(home, indexes, about)
        self._site_settings(site, imprint, privacy)
        # Pictures are only looked up for pages being created, so count the rest here.
        demo_images = self.image_model.objects.filter(collection=self.collection).count()
        self.existing["images"] = demo_images - self.created["images"]
        # Last: translations need their English source pages.
        self.translations = DemoTranslations(self)
        self.translations.load(self.stages)

    # Pages

    def _ensure(self, parent, page_class, slug, kind, build, data):
        """The child of `parent` with `slug`; built, added and published only if it is missing."""
        page, created = builders.ensure_child(parent, page_class, slug, lambda: build(data))
        (self.created if created else self.existing)[kind] += 1
        return page

    def _ensure_all(self, parent, page_class, kind, items, build):
        with self._stage(kind, len(items)) as bar:
            return {
                item["slug"]: self._ensure(parent, page_class, item["slug"], kind, build, item)
                for item in bar.counting(items)
            }

    def _stage(self, kind, total):
        """A stage whose closing line says how many pages of `kind` were created."""
        return self.stages.stage(
            kind.capitalize(),
            total,
            unit="pages",
            summary=lambda: f"{self.created[kind]} created, {self.existing[kind]} existing",
        )

    def _index_page(self, slug):
        return builders.index_page(
            INDEX_PAGE_CLASSES[slug],
            show_in_menus=True,
            **page_texts.index(site_pages.INDEX_PAGES[slug]),
        )

    def _content_page(self, data):
        is_legal_notice = data["slug"] in ("imprint", "privacy")
        return builders.content_page(
            **page_texts.content(data),
            # Imprint and privacy notice live in the footer, not the main menu.
            show_in_menus=not is_legal_notice,
            last_reviewed=self.now.date() if is_legal_notice else None,
        )

    def _topic_page(self, item):
        return builders.topic_page(
            **page_texts.topic(item, page_texts.PHRASES),
            cluster=item["cluster"],
            image=self._artwork(
                f"Topic: {item['title']}",
                "circles",
                "Topic",
                f"Abstract artwork of overlapping circles with the words “{item['title']}”.",
            ),
        )

    def _city_page(self, item):
        return builders.city_page(
            **page_texts.city(item),
            country=item["country"],
            population=item["population"],
            latitude=Decimal(item["latitude"]),
            longitude=Decimal(item["longitude"]),
            member_since=item["member_since"],
            contact_email=f"{item['slug']}@cities.iscn.example.org",
            website=item["website"],
            image=self._artwork(
                f"City: {item['title']}",
                "skyline",
                "Member city",
                f"Stylised skyline at dusk with the city name “{item['title']}”.",
            ),
        )

    def _case_study_page(self, item):
        city = self.cities[item["city"]] if item.get("city") else None
        image = None
        if item.get("image"):
            image = self._artwork(
                f"Case study: {item['title']}",
                "network",
                "Case study",
                page_texts.PHRASES["case_study_artwork"].format(title=item["title"]),
            )
        return builders.case_study_page(
            **page_texts.case_study(
                item,
                page_texts.PHRASES,
                city_page=city,
                city_title=city.title if city else "",
                image=image,
            ),
            # A case study is in its city's country; national programmes name the country.
            city=city,
            country=None if city else item["country"],
            government_level=item["government_level"],
            maturity=item["maturity"],
            knowledge_format=item["knowledge_format"],
            start_year=item["start_year"],
            end_year=item["end_year"],
            budget_range=item["budget_range"],
            repository_url=item.get("repository_url", ""),
            licence=item.get("licence", ""),
            image=image,
            topics=[self.topics[slug] for slug in item["topics"]],
            sdg_targets=[self._sdg_target(code) for code in item["sdg_targets"]],
        )

    def _event_page(self, item):
        tz = zoneinfo.ZoneInfo(item["time_zone"])
        first_day = (
            self.now.astimezone(tz) + datetime.timedelta(days=item["starts_in_days"])
        ).date()
        last_day = first_day + datetime.timedelta(days=item["days"] - 1)
        start = datetime.datetime.combine(
            first_day, datetime.time.fromisoformat(item["start_time"]), tzinfo=tz
        )
        end = datetime.datetime.combine(
            last_day, datetime.time.fromisoformat(item["end_time"]), tzinfo=tz
        )
        is_online = item["event_format"] in (EventFormat.ONLINE, EventFormat.HYBRID)
        is_upcoming = end >= self.now
        host_city = self.cities[item["host_city"]]
        return builders.event_page(
            **page_texts.event(item),
            kind=item["kind"],
            event_format=item["event_format"],
            start=start,
            end=end,
            time_zone=item["time_zone"],
            online_url=f"{LINK_BASE}/meet/{item['slug']}" if is_online else "",
            host_city=host_city,
            # Events show their host city's picture in listings rather than one of their own.
            image=host_city.image,
            registration_url=f"{LINK_BASE}/register/{item['slug']}" if is_upcoming else "",
            recording_url=(
                f"{LINK_BASE}/recordings/{item['slug']}"
                if item.get("recorded") and not is_upcoming
                else ""
            ),
            participating_cities=[self.cities[slug] for slug in item["participating_cities"]],
            topics=[self.topics[slug] for slug in item["topics"]],
        )

    def _sdg_target(self, code):
        try:
            return self.sdg_targets[code]
        except KeyError:
            raise CommandError(f"SDG target {code} is missing: run `manage.py migrate`.") from None

    # Home page and settings

    def _welcome_on_home_page(self, home, indexes, about):
        """Fill the home page the migration created, unless an editor has written it already."""
        home = HomePage.objects.get(pk=home.pk)  # fresh: adding children changed its tree fields
        if home.body:
            self.existing["site pages"] += 1
            return home
        image = self._artwork(
            "Home: International Smart Cities Network",
            "network",
            "Welcome",
            "Abstract artwork of points joined by lines, like cities connected in a network.",
        )
        for name, value in self.home_texts(site_pages.HOME, indexes, about, image).items():
            setattr(home, name, value)
        home.image = image
        home.save_revision().publish()
        self.created["site pages"] += 1
        return home

    def home_texts(self, texts, indexes, about, image):
        """The home page's translatable fields from `texts` (site_pages.HOME or a translation)."""
        return page_texts.home(
            texts,
            case_study_index=indexes["case-studies"],
            event_index=indexes["events"],
            about_page=about,
            image=image,
            counts={
                "cities": len(self.cities),
                "countries": len({city.country.code for city in self.cities.values()}),
                "case_studies": len(self.case_studies),
                "topics": len(self.topics),
            },
        )

    def _site_settings(self, site, imprint, privacy):
        """Fill in only what administrators have left empty."""
        settings = SiteSettings.for_site(site)
        settings.contact_email = settings.contact_email or site_pages.CONTACT_EMAIL
        settings.imprint_page = settings.imprint_page or imprint
        settings.privacy_page = settings.privacy_page or privacy
        settings.save()

    # Images

    def _collection(self):
        # Inside "Public": editors, moderators and translators may use the demo images.
        public = public_collection()
        existing = public.get_children().filter(name=COLLECTION_NAME).first()
        return existing or public.add_child(name=COLLECTION_NAME)

    def _artwork(self, title, style, label, description):
        """The image with this title, drawn and stored only if no image has that title yet."""
        existing = self.image_model.objects.filter(title=title).order_by("pk").first()
        if existing is not None:
            return existing
        data = render_artwork(title.split(": ", 1)[-1], style, label)
        image = self.image_model(
            title=title,
            description=description,
            collection=self.collection,
            file=ImageFile(io.BytesIO(data), name=f"demo-{slugify(title)[:80]}.jpg"),
            # Set here because Wagtail only fills these in when images come through a form.
            file_size=len(data),
            file_hash=hashlib.sha1(data, usedforsecurity=False).hexdigest(),
        )
        image.save()
        self.created["images"] += 1
        return image
