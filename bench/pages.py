"""The benchmark's pages in one language, made by the content builders (demo/builders.py).

Each function renders an item (what a page says in any language, bench/text.py) with a writer in
`language`; `dataset` is the generator, which knows the locales and the pages already written.
"""

import datetime

from django.utils.text import slugify
from django_countries import countries

from bench import vocabulary as words
from demo import builders
from demo import streamfield as sf
from events.models import EventFormat

TIME_ZONES = {code: zone for code, _weight, zone in words.COUNTRIES}


def topic_page(dataset, item, writer, language, seq):
    title = writer.concept(item.concepts[0])
    related = item.concepts + writer.rng.sample(range(len(words.CONCEPTS)), 4)
    return builders.topic_page(
        **dataset.base_fields(item, language, title[:1].upper() + title[1:], seq),
        cluster=item.values["cluster"],
        introduction=writer.fill(words.TOPIC_INTRODUCTIONS[language], item.concepts),
        body=[
            sf.paragraph(writer.html(4, related, "")),
            sf.paragraph(writer.html(3, related, "")),
        ],
    )


def city_page(dataset, item, writer, language, seq):
    values = item.values
    name, region = values["name"], values["region"]
    return builders.city_page(
        **dataset.base_fields(item, language, name, seq),
        country=values["country"],
        region=region,
        population=values["population"],
        latitude=values["latitude"],
        longitude=values["longitude"],
        member_since=values["member_since"],
        introduction=writer.fill(
            words.CITY_INTRODUCTIONS[language], item.concepts, city=name, region=region
        ),
        profile=writer.html(3, item.concepts, name),
        contact_email=f"smart-city@{slugify(name)}.example.org",
        website=f"https://www.{slugify(name)}.example.org/",
    )


def case_study_page(dataset, item, writer, language, seq):
    values = item.values
    city, codename, concepts = values["city"], values["codename"], item.concepts
    city_name = city.values["name"] if city else countries.name(values["country"])
    template = writer.rng.choice(words.TITLES[language])
    if "{codename}" in template and not codename:
        template = words.TITLES[language][0]
    title = writer.fill(template, concepts[:2] * 2, city=city_name, codename=codename)
    body = [sf.paragraph(writer.html(2, concepts, city_name))]
    if codename:
        body.append(sf.paragraph(f"<p>{codename}: {writer.sentence(concepts, city_name)}</p>"))
    return builders.case_study_page(
        **dataset.base_fields(item, language, title, seq),
        introduction="",
        summary=writer.sentences(2, concepts, city_name),
        country=values["country"],
        city_id=dataset.localized_pk("cities", city, language),
        government_level=values["government_level"],
        maturity=values["maturity"],
        knowledge_format=values["knowledge_format"],
        start_year=values["start_year"],
        end_year=values["end_year"],
        challenge=writer.html(3, concepts, city_name),
        approach=writer.html(4, concepts, city_name),
        results=writer.html(3, concepts, city_name),
        lessons_learned=writer.html(2, concepts, city_name),
        partners=values["partners"],
        budget_range=values["budget_range"],
        body=body,
    )


def event_page(dataset, item, writer, language, seq):
    values = item.values
    host = values["host"]
    city_name = host.values["name"] if host else ""
    title = writer.fill(
        writer.rng.choice(words.EVENT_TITLES[language]),
        item.concepts,
        kind=words.EVENT_KIND_NAMES[values["kind"]][language],
        city=city_name or "online",
    )
    on_site = values["event_format"] != EventFormat.ONLINE
    online = values["event_format"] != EventFormat.ON_SITE
    upcoming = values["start"] > dataset.now
    return builders.event_page(
        **dataset.base_fields(item, language, title, seq),
        introduction=writer.sentence(item.concepts, city_name),
        kind=values["kind"],
        event_format=values["event_format"],
        start=values["start"],
        end=values["start"] + datetime.timedelta(hours=values["hours"]),
        time_zone=TIME_ZONES[host.values["country"]] if host else "UTC",
        venue=", ".join(filter(None, [dataset.rng.choice(words.VENUES), city_name]))
        if on_site
        else "",
        online_url=f"https://meet.example.org/{item.seed}" if online else "",
        host_city_id=dataset.localized_pk("cities", host, language),
        body=[sf.paragraph(writer.html(3, item.concepts, city_name))],
        registration_url=f"https://iscn.example.org/register/{item.seed}" if upcoming else "",
    )
