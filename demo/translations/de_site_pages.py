"""German texts of the home page, the index pages, the content pages and the loader's phrases.

Keyed like their English originals in demo/site_pages.py and demo/page_texts.py.
"""

from demo import streamfield as sf
from demo.site_pages import CONTACT_EMAIL

PHRASES = {
    "topic_questions": "Fragen, an denen die Mitglieder arbeiten",
    "case_study_figures": "In Zahlen",
    "case_study_contact": "Kontakt",
    "case_study_contact_city": (
        "<p>Wenn Sie mehr erfahren möchten, wenden Sie sich über die "
        '<a linktype="page" id="{city_id}">Seite der Stadt</a> an {city} oder bitten Sie das '
        "Sekretariat des Netzwerks, den Kontakt herzustellen.</p>"
    ),
    "case_study_contact_secretariat": (
        "<p>Wenn Sie mehr erfahren möchten, schreiben Sie dem Sekretariat des Netzwerks an "
        '<a href="mailto:{email}">{email}</a>.</p>'
    ),
    "case_study_artwork": "Abstrakte Grafik aus verbundenen Punkten mit den Worten „{title}“.",
    "artwork_credit": "ISCN-Demografik",
}

SITE_PAGES = {
    "home": {
        "slug": "startseite",
        "title": "Internationales Smart-Cities-Netzwerk",
        "introduction": (
            "Städte und nationale Ministerien von fünf Kontinenten teilen ihre Erfahrungen damit, "
            "die digitale Transformation der Städte am Gemeinwohl auszurichten."
        ),
        "welcome_heading": "Städte lernen von Städten",
        "welcome": (
            "<p>Das Internationale Smart-Cities-Netzwerk bringt Städte und nationale "
            "Stadtentwicklungsministerien zusammen, die wollen, dass digitale Technik den "
            "Menschen dient – und nicht umgekehrt. Die Mitglieder treffen sich regelmäßig, wählen "
            "ihre Themen gemeinsam und teilen in dieser offenen Wissensdatenbank, was funktioniert "
            "hat und was nicht.</p>"
        ),
        "figures_title": "Das Netzwerk in Zahlen",
        "figure_labels": {
            "cities": "Mitgliedsstädte",
            "countries": "Länder",
            "case_studies": "Fallstudien",
            "topics": "Themen",
        },
        "image_alt_text": (
            "Abstrakte Illustration: farbige Punkte auf dunklem Grund, durch Linien verbunden wie "
            "Städte in einem Netzwerk."
        ),
        "image_caption": "Städte auf fünf Kontinenten tauschen im Netzwerk Erfahrungen aus.",
        "quote": (
            "Die digitale Transformation ist kein technisches Projekt. Es geht darum, in was für "
            "einer Stadt wir leben wollen.",
            "Aus der Smart City Charta",
        ),
        "explore": (
            "Die Wissensdatenbank entdecken",
            "Fallstudien nach Thema, Land, Reifegrad und Ziel für nachhaltige Entwicklung "
            "durchsuchen.",
            "Fallstudien ansehen",
        ),
        "meet": (
            "Das Netzwerk kennenlernen",
            "Nehmen Sie an einem Webinar, einem Workshop oder dem nächsten Netzwerktreffen teil.",
            "Kommende Veranstaltungen",
        ),
        "new_here": (
            '<p>Neu hier? Lesen Sie <a linktype="page" id="{about_id}">über das Netzwerk</a>.</p>'
        ),
    },
    "topics": {
        "slug": "themen",
        "title": "Themen",
        "introduction": (
            "Die Themen, die sich die Mitglieder für die gemeinsame Arbeit ausgesucht haben, "
            "geordnet nach den fünf Handlungsfeldern der Smart City Charta."
        ),
    },
    "cities": {
        "slug": "staedte",
        "title": "Städte",
        "introduction": (
            "Mitgliedsstädte und Partner des Netzwerks, von Kleinstädten bis zu Metropolregionen."
        ),
    },
    "case-studies": {
        "slug": "fallstudien",
        "title": "Fallstudien",
        "introduction": (
            "Projekte, Programme und Strategien aus Mitgliedsstädten und Ministerien: was sie "
            "sich vorgenommen haben, wie sie vorgegangen sind und was sie gelernt haben."
        ),
    },
    "events": {
        "slug": "veranstaltungen",
        "title": "Veranstaltungen",
        "introduction": (
            "Netzwerktreffen, Workshops, Webinare und Studienreisen, vor Ort und online."
        ),
    },
    "about": {
        "slug": "ueber-das-netzwerk",
        "title": "Über das Netzwerk",
        "introduction": (
            "Ein von Deutschland gefördertes Netzwerk, in dem Städte und Ministerien aus "
            "Brasilien, Mexiko, Peru, Indien, Deutschland und weiteren Ländern voneinander lernen."
        ),
        "body": [
            sf.heading("Warum es das Netzwerk gibt"),
            sf.paragraph(
                "<p>Städte überall auf der Welt stehen vor denselben Fragen: wie sie Daten nutzen, "
                "ohne die Kontrolle über sie abzugeben, wie sie Leistungen digitalisieren, ohne "
                "Menschen zurückzulassen, und wie sie Technik beschaffen, die dem Gemeinwohl "
                "dient. Im Netzwerk beantworten Städte und Ministerien diese Fragen gemeinsam "
                "statt allein.</p>"
            ),
            sf.heading("Kernpartner"),
            sf.paragraph(
                "<p>Das Netzwerk wird von der Bundesregierung gefördert. Seine Kernpartner sind "
                "die für Stadtentwicklung zuständigen nationalen Ministerien in:</p>"
                "<ul><li>Brasilien</li><li>Mexiko</li><li>Peru</li><li>Indien</li>"
                "<li>Deutschland</li></ul>"
                "<p>Mitgliedsstädte aus diesen und weiteren Ländern beteiligen sich an seinen "
                "Aktivitäten.</p>"
            ),
            sf.heading("Wie wir arbeiten"),
            sf.paragraph(
                "<ul><li><b>Netzwerktreffen</b> einmal im Jahr und regionale Treffen "
                "dazwischen</li>"
                "<li><b>Gemeinsam gewählte Themen</b>, von den Mitgliedern vorgeschlagen und "
                "abgestimmt</li>"
                "<li><b>Austauschformate</b> nach Bedarf: Webinare, Workshops, Studienreisen</li>"
                "<li><b>Gemeinsame Online-Arbeitsräume</b> für Arbeitsgruppen</li>"
                "<li><b>Diese Wissensdatenbank</b> mit Planungsprozessen und konkreten "
                "Projekten</li></ul>"
            ),
            sf.key_figures(
                [
                    ("5", "Kernpartnerländer"),
                    ("5", "Handlungsfelder"),
                    ("4", "Veranstaltungsformate"),
                ]
            ),
            sf.quote(
                "Der nützlichste Rat kommt oft von einer Stadt, die dasselbe zwei Jahre früher "
                "versucht hat.",
                "Vertreterin einer Mitgliedsstadt",
            ),
        ],
    },
    "imprint": {
        "slug": "impressum",
        "title": "Impressum",
        "introduction": "Wer für diese Website verantwortlich ist.",
        "body": [
            sf.heading("Herausgeber"),
            sf.paragraph(
                "<p>Sekretariat des Internationalen Smart-Cities-Netzwerks<br>"
                f'E-Mail: <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a></p>'
            ),
            sf.heading("Demonstrationsinhalte"),
            sf.paragraph(
                "<p>Diese Installation enthält Demonstrationsinhalte. Fallstudien, "
                "Veranstaltungen, Personen und Zahlen dienen der Veranschaulichung und dürfen "
                "nicht als Tatsachen zitiert werden. Ersetzen Sie diese Seite durch die gesetzlich "
                "vorgeschriebenen Angaben, bevor die Website online geht.</p>"
            ),
            sf.heading("Haftung für Links"),
            sf.paragraph(
                "<p>Diese Website verlinkt auf Websites anderer Organisationen. Auf deren Inhalte "
                "haben wir keinen Einfluss und übernehmen dafür keine Haftung.</p>"
            ),
        ],
    },
    "privacy": {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "introduction": (
            "Diese Website lädt nichts von Dritten und setzt keine Tracking-Cookies. Hier steht, "
            "was wir verarbeiten und warum."
        ),
        "body": [
            sf.heading("Datenschutz durch Technikgestaltung"),
            sf.paragraph(
                "<p>Jede Seite dieser Website wird von unserem eigenen Server ausgeliefert. Wir "
                "binden keine Schriften, Skripte, Karten, Videos oder Analysewerkzeuge anderer "
                "Anbieter ein; beim Besuch der Website werden Ihre Daten also an keine Dritten "
                "übermittelt. Videos und externe Medien erscheinen als Links; Ihr Browser nimmt "
                "nur dann Kontakt zu einem anderen Server auf, wenn Sie einem davon folgen.</p>"
            ),
            sf.heading("Cookies"),
            sf.paragraph(
                "<p>Wir setzen <b>keine Tracking- oder Werbe-Cookies</b>. Öffentliche Seiten "
                "funktionieren ganz ohne Cookies. Nur wenn Sie sich im Mitgliederbereich anmelden "
                "oder ein Formular absenden, setzen wir ein unbedingt erforderliches Sitzungs- und "
                "Sicherheits-Cookie (CSRF), das beim Abmelden oder Schließen des Browsers gelöscht "
                "wird.</p>"
            ),
            sf.heading("Server-Protokolle"),
            sf.paragraph(
                "<p>Um die Website sicher zu betreiben, protokolliert der Webserver Anfragen kurz "
                "(Zeitpunkt, aufgerufene Adresse, Status, Browsertyp und IP-Adresse). Die "
                "Protokolle dienen nur dazu, Störungen und Angriffe zu erkennen und zu beheben, "
                "und werden nach sieben Tagen gelöscht.</p>"
            ),
            sf.heading("Suche"),
            sf.paragraph(
                "<p>Wir zählen, welche Suchbegriffe verwendet werden – ohne jeden Bezug zu einer "
                "Person –, um Themen zu finden, die in der Wissensdatenbank fehlen.</p>"
            ),
            sf.heading("Ihre Rechte"),
            sf.paragraph(
                "<p>Nach der Datenschutz-Grundverordnung der EU haben Sie das Recht auf Auskunft, "
                "Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch sowie das "
                "Recht, sich bei einer Aufsichtsbehörde zu beschweren. Schreiben Sie uns an "
                f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>.</p>'
            ),
        ],
    },
}
