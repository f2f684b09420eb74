"""German translations of the demo events, keyed by English slug."""

EVENTS = {
    # Vergangene Veranstaltungen
    "annual-network-meeting-hamburg": {
        "slug": "jahrestreffen-netzwerk-hamburg",
        "title": "Jahrestreffen des Netzwerks in Hamburg: Daten für das Gemeinwohl",
        "introduction": (
            "Drei Tage Austausch darüber, wie Städte urbane Daten steuern und teilen – mit "
            "Besuchen der Urban Data Platform Hamburg und des Labors für digitale "
            "Bürgerbeteiligung."
        ),
        "description": (
            "<p>Delegationen aus Mitgliedsstädten und Ministerien kamen in Hamburg zusammen, um "
            "Datenstrategien zu vergleichen und das Arbeitsprogramm des Netzwerks für das kommende "
            "Jahr zu vereinbaren.</p>"
        ),
        "venue": (
            "HafenCity Universität Hamburg\nHenning-Voscherau-Platz 1\n20457 Hamburg\nDeutschland"
        ),
        "agenda": [
            ("09:00", "Begrüßung und Vorstellung der neuen Mitglieder"),
            (
                "10:00",
                "Podiumsdiskussion: Wem gehören urbane Daten?",
                "Perspektiven aus fünf Kontinenten.",
            ),
            ("13:30", "Vor-Ort-Besuch: Urban Data Platform und CityScienceLab"),
            ("16:00", "Arbeitsgruppen: Auswahl der Themen für das kommende Jahr"),
        ],
        "speakers": [
            ("Katrin Albers", "Leiterin der Urban Data Platform, Hamburg"),
            ("Rafael Monteiro", "Exekutivsekretär für Innovation, Recife"),
            ("Anjali Deshmukh", "Städtische Datenverantwortliche, Pune"),
        ],
    },
    "webinar-open-source-urban-data-platforms": {
        "slug": "webinar-urbane-datenplattformen-open-source",
        "title": "Webinar: Urbane Datenplattformen aus Open-Source-Komponenten aufbauen",
        "introduction": (
            "Wie Ulm, Hamburg und Guadalajara Open-Source-Komponenten zu Plattformen "
            "zusammenfügen, auf die sich ihre Verwaltungen verlassen können."
        ),
        "description": (
            "<p>Drei kurze Impulsvorträge mit anschließenden Fragen der Teilnehmenden – mit "
            "Schwerpunkt auf den Betriebskosten und den Kompetenzen, die in der Verwaltung "
            "benötigt werden.</p>"
        ),
        "agenda": [
            ("15:00", "Begrüßung"),
            ("15:10", "Ulm: ein Sensornetz, gemeinsam mit Ehrenamtlichen betrieben"),
            ("15:30", "Guadalajara: eine Geodatenplattform für neun Gemeinden"),
            ("15:50", "Fragen und Diskussion"),
        ],
        "speakers": [
            ("Jonas Weber", "Geschäftsstelle Digitale Agenda, Stadt Ulm"),
            ("Mariana Ochoa", "Leiterin Geodaten, IMEPLAN Guadalajara"),
        ],
    },
    "study-tour-participatory-budgeting-merida": {
        "slug": "studienreise-buergerhaushalt-merida",
        "title": "Studienreise: Bürgerhaushalt in Mérida",
        "introduction": (
            "Die Teilnehmenden besuchten Abstimmungsstände, Projekte in den Stadtvierteln und das "
            "Team hinter dem digitalen Bürgerhaushalt von Mérida."
        ),
        "description": (
            "<p>Die Studienreise verband Besuche von Projekten, über die die Einwohnerinnen und "
            "Einwohner abgestimmt hatten, mit Arbeitssitzungen mit dem städtischen Team für "
            "Bürgerbeteiligung.</p>"
        ),
        "venue": (
            "Palacio Municipal de Mérida\nCalle 62 s/n, Centro\n97000 Mérida, Yucatán\nMexiko"
        ),
        "agenda": [
            ("09:00", "Einführung in den Bürgerhaushalt von Mérida"),
            ("11:00", "Besuch: ein Park, der durch Bürgervoten erneuert wurde"),
            ("15:00", "Arbeitssitzung: Menschen ohne Internetzugang erreichen"),
        ],
        "speakers": [
            ("Lucía Canché", "Direktorin für Bürgerbeteiligung, Mérida"),
            ("Prakash Kulkarni", "Bezirksamtsleiter, Pune Municipal Corporation"),
        ],
    },
    "workshop-municipal-data-strategy-pune": {
        "slug": "workshop-kommunale-datenstrategie-pune",
        "title": "Workshop: Eine kommunale Datenstrategie entwickeln",
        "introduction": (
            "Städtische Datenverantwortliche arbeiteten an den Bausteinen einer Datenstrategie: "
            "Rollen, Datenkataloge, Vereinbarungen zur Datenteilung und offene Daten."
        ),
        "description": (
            "<p>Ein praxisorientierter Workshop, in dem jedes Städteteam die Grundzüge seiner "
            "eigenen Datenstrategie entwarf und dazu Rückmeldungen aus den anderen Städten "
            "erhielt.</p>"
        ),
        "venue": ("Hauptgebäude der Pune Municipal Corporation\nShivajinagar\nPune 411005\nIndien"),
        "agenda": [
            ("09:30", "Wozu eine Datenstrategie dient"),
            ("11:00", "Rollen: Datenverantwortliche und Datenkoordinierende"),
            ("14:00", "Gruppenarbeit: Entwurf der Gliederung"),
            ("16:30", "Kollegiale Rückmeldungen"),
        ],
        "speakers": [
            ("Anjali Deshmukh", "Städtische Datenverantwortliche, Pune"),
            ("Nguyen Thi Lan", "Amt für Information und Kommunikation, Da Nang"),
        ],
    },
    "webinar-flood-early-warning-surat": {
        "slug": "webinar-hochwasser-fruehwarnung-surat",
        "title": "Webinar: Erfahrungen mit dem Hochwasser-Frühwarnsystem von Surat",
        "introduction": (
            "Wie Surat sich mit der Talsperrenverwaltung abstimmt und Modellprognosen in "
            "Maßnahmenpläne für jede Stadtzone übersetzt."
        ),
        "description": (
            "<p>Eine Vorstellung des Systems mit anschließendem Gespräch mit Niterói über "
            "Warnungen vor Erdrutschen.</p>"
        ),
        "agenda": [
            ("16:00", "Die Warnkette von Surat – vom Niederschlag bis zur Bevölkerung"),
            ("16:40", "Niterói: Sirenen, SMS und Ehrenamtliche"),
            ("17:05", "Fragen"),
        ],
        "speakers": [
            ("Hetal Patel", "Surat Climate Change Trust"),
            ("Carlos Amaral", "Zivilschutz, Niterói"),
        ],
    },
    "regional-meeting-latin-america-lima": {
        "slug": "regionaltreffen-lateinamerika-lima",
        "title": "Lateinamerikanisches Regionaltreffen in Lima",
        "introduction": (
            "Die lateinamerikanischen Mitglieder trafen sich in Lima zum Austausch über "
            "Verkehrsdaten, digitale Teilhabe und Leistungen für die Einwohnerinnen und Einwohner."
        ),
        "description": (
            "<p>Das Treffen fand auf Spanisch und Portugiesisch mit Verdolmetschung statt und "
            "wurde für Mitglieder, die nicht anreisen konnten, live übertragen.</p>"
        ),
        "venue": "Municipalidad Metropolitana de Lima\nJirón de la Unión 300\nLima 15001\nPeru",
        "agenda": [
            ("09:00", "Eröffnung durch die gastgebende Stadt"),
            ("10:00", "Kartierung der Buslinien in Lima und Callao"),
            ("14:00", "Digitale Teilhabe in den Hangvierteln"),
            ("16:00", "Nächste Schritte der regionalen Arbeitsgruppe"),
        ],
        "speakers": [
            ("Rosa Quispe", "Amt für Digitale Verwaltung, Lima"),
            ("Andrés Restrepo", "Sekretariat für Innovation, Medellín"),
            ("Fernanda Lopes", "URBS, Curitiba"),
        ],
    },
    "workshop-digital-twins-climate-adaptation": {
        "slug": "workshop-digitale-zwillinge-klimaanpassung",
        "title": "Workshop: Digitale Zwillinge für die Klimaanpassung",
        "introduction": (
            "Was ein digitaler Zwilling leisten muss, um die Planung von Bäumen, Verschattung und "
            "Regenwassermanagement zu unterstützen – und wie kleinere Städte einsteigen können."
        ),
        "description": (
            "<p>Leipzig stellte sein Szenario-Werkzeug für Baumpflanzungen vor; die Teilnehmenden "
            "erarbeiteten Anwendungsfälle für ihre eigenen Städte.</p>"
        ),
        "venue": "Neues Rathaus Leipzig\nMartin-Luther-Ring 4–6\n04109 Leipzig\nDeutschland",
        "agenda": [
            ("10:00", "Das Leipziger Szenario-Werkzeug für Baumpflanzungen"),
            ("11:30", "Klein anfangen: Arequipas Idee für einen Demonstrator"),
            ("13:30", "Beratungsrunde zu Anwendungsfällen"),
        ],
        "speakers": [
            ("Sabine Krüger", "Referat Digitale Stadt, Leipzig"),
            ("Miguel Zegarra", "Amt für die Verwaltung der historischen Altstadt, Arequipa"),
        ],
    },
    "webinar-digital-inclusion-beyond-connectivity": {
        "slug": "webinar-digitale-teilhabe-mehr-als-netzzugang",
        "title": "Webinar: Digitale Teilhabe – mehr als Netzzugang",
        "introduction": (
            "WLAN ist nur der Anfang: Kompetenzen, betreute Angebote und barrierefreie Gestaltung "
            "entscheiden darüber, wer von der digitalen Stadt profitiert."
        ),
        "description": (
            "<p>Kurze Impulsvorträge aus Nairobi, Lima und Medellín, anschließend Diskussion in "
            "Kleingruppen.</p>"
        ),
        "agenda": [
            ("14:00", "Begrüßung"),
            ("14:10", "Drei Städte, drei Ansätze"),
            ("14:50", "Diskussion in Kleingruppen"),
        ],
        "speakers": [
            ("Wanjiru Kamau", "Abteilung für Innovation und digitale Wirtschaft, Nairobi"),
            ("Andrés Restrepo", "Sekretariat für Innovation, Medellín"),
        ],
    },
    "study-tour-informal-transit-nairobi": {
        "slug": "studienreise-informeller-verkehr-nairobi",
        "title": "Studienreise: Daten zum informellen Verkehr in Nairobi",
        "introduction": (
            "Die Teilnehmenden fuhren mit Matatus, trafen Linienverbände und erfuhren, wie "
            "Linienänderungen gemeldet und veröffentlicht werden."
        ),
        "description": (
            "<p>Die Studienreise folgte der Arbeit des Matatu-Datenpilotprojekts in Nairobi und "
            "seinen Verbindungen zu den neuen Planungen für ein Schnellbussystem.</p>"
        ),
        "venue": "Rathaus (City Hall)\nCity Hall Way\nNairobi\nKenia",
        "agenda": [
            ("08:30", "Einführung im Rathaus"),
            ("10:00", "Exkursion: ein Matatu-Terminal"),
            ("14:00", "Treffen mit Linienverbänden"),
        ],
        "speakers": [
            ("Brian Otieno", "Universität Nairobi"),
            ("Wanjiru Kamau", "Abteilung für Innovation und digitale Wirtschaft, Nairobi"),
        ],
    },
    # Kommende Veranstaltungen
    "webinar-open-source-licences-procurement": {
        "slug": "webinar-open-source-lizenzen-vergabe",
        "title": "Webinar: Open Source in der öffentlichen Verwaltung – Lizenzen und Vergabe",
        "introduction": (
            "Welche Lizenz, welches Vergabeverfahren – und wer pflegt den Code nach dem "
            "Projektende?"
        ),
        "description": (
            "<p>Barcelona, Surat und die deutschen Modellprojekte Smart Cities geben praxisnahe "
            "Antworten auf die Fragen, die Städte am häufigsten zu Open Source stellen.</p>"
        ),
        "agenda": [
            ("14:00", "Begrüßung"),
            ("14:10", "Die Wahl der Lizenz"),
            ("14:35", "Vergabeverfahren, die Open Source ermöglichen"),
            ("15:00", "Fragen"),
        ],
        "speakers": [
            ("Laia Puig", "Kommunales Institut für Informationstechnologie, Barcelona"),
            ("Jonas Weber", "Geschäftsstelle Digitale Agenda, Stadt Ulm"),
        ],
    },
    "workshop-mobility-data-curitiba": {
        "slug": "workshop-mobilitaetsdaten-curitiba",
        "title": "Workshop: Mobilitätsdaten in Echtzeit in Curitiba",
        "introduction": (
            "Vom GPS-Tracker zum offenen Datenfeed: ein zweitägiger Workshop zur Veröffentlichung "
            "und Nutzung von Echtzeitdaten des öffentlichen Verkehrs."
        ),
        "description": (
            "<p>Die Teilnehmenden arbeiten mit den offenen Datenfeeds von Curitiba und erstellen "
            "eine einfache Verspätungsanalyse für ihre eigenen Netze.</p>"
        ),
        "venue": (
            "Prefeitura Municipal de Curitiba\nAv. Cândido de Abreu, 817\n"
            "Curitiba – PR, 80530-908\nBrasilien"
        ),
        "agenda": [
            ("09:00", "Das integrierte Netz von Curitiba und seine Daten"),
            ("10:30", "Praxisteil: einen GTFS-Feed validieren"),
            ("14:00", "Wo Busse Zeit verlieren: Auswertung historischer Positionsdaten"),
        ],
        "speakers": [
            ("Fernanda Lopes", "URBS, Curitiba"),
            ("Tobias Lehmann", "Digitalstadt Darmstadt"),
        ],
    },
    "webinar-heat-action-with-sensor-data": {
        "slug": "webinar-hitzeaktionsplaene-sensordaten",
        "title": "Webinar: Hitzeaktionspläne mit Sensordaten",
        "introduction": (
            "Mérida stellt erste Ergebnisse seines Hitzesensornetzes vor; Leipzig und Medellín "
            "ordnen sie aus ihrer Sicht ein."
        ),
        "description": (
            "<p>Wie verlässlich sind kostengünstige Sensoren, und wie fließen die Daten in "
            "Entscheidungen über Bäume, Verschattung und die Öffnungszeiten öffentlicher "
            "Kühlräume ein?</p>"
        ),
        "agenda": [
            ("10:00", "Das Hitzesensornetz von Mérida"),
            ("10:30", "Einordnungen aus Leipzig und Medellín"),
            ("11:00", "Fragen"),
        ],
        "speakers": [
            ("Lucía Canché", "Stadtverwaltung Mérida"),
            ("Sabine Krüger", "Referat Digitale Stadt, Leipzig"),
        ],
    },
    "asia-network-meeting-bhubaneswar": {
        "slug": "regionaltreffen-asien-bhubaneswar",
        "title": "Asiatisches Regionaltreffen in Bhubaneswar",
        "introduction": (
            "Die asiatischen Mitglieder treffen sich in Bhubaneswar, um zu erörtern, was nach "
            "einem Jahrzehnt nationaler Smart-City-Programme folgt."
        ),
        "description": (
            "<p>Auf dem Programm stehen ein Besuch der integrierten Leit- und Steuerungszentrale "
            "sowie Sitzungen zu Datenverantwortlichen und E-Health.</p>"
        ),
        "venue": (
            "Integrierte Leit- und Steuerungszentrale Bhubaneswar\nBhubaneswar\nOdisha 751001\n"
            "Indien"
        ),
        "agenda": [
            ("09:30", "Eröffnung"),
            ("10:30", "Besuch: die integrierte Leit- und Steuerungszentrale"),
            ("14:00", "Podiumsdiskussion: nach der Smart Cities Mission"),
            ("16:00", "E-Health in Surabaya"),
        ],
        "speakers": [
            ("Sunita Mohanty", "Bhubaneswar Smart City Limited"),
            ("Dewi Lestari", "Gesundheitsamt, Surabaya"),
            ("Nguyen Thi Lan", "Amt für Information und Kommunikation, Da Nang"),
        ],
    },
    "study-tour-urban-data-platforms-germany": {
        "slug": "studienreise-urbane-datenplattformen-deutschland",
        "title": "Studienreise: Urbane Datenplattformen in Hamburg und Ulm",
        "introduction": (
            "Fünf Tage mit den Teams hinter der Urban Data Platform Hamburg und dem offenen "
            "Sensornetz der Stadt Ulm."
        ),
        "description": (
            "<p>Die Studienreise beginnt in Hamburg und führt mit der Bahn weiter nach Ulm. Die "
            "Teilnahme ist auf zwei Personen je Mitgliedsstadt begrenzt.</p>"
        ),
        "venue": "Hamburger Rathaus\nRathausmarkt 1\n20095 Hamburg\nDeutschland",
        "agenda": [
            ("09:00", "Begrüßung im Hamburger Rathaus"),
            ("11:00", "Die Urban Data Platform und das Masterportal"),
            ("14:00", "DIPAS: Planen am digitalen Datentisch"),
        ],
        "speakers": [
            ("Katrin Albers", "Leiterin der Urban Data Platform, Hamburg"),
            ("Jonas Weber", "Geschäftsstelle Digitale Agenda, Stadt Ulm"),
        ],
    },
    "workshop-digital-health-informal-neighbourhoods": {
        "slug": "workshop-digitale-gesundheit-informelle-viertel",
        "title": "Workshop: Digitale Gesundheitsdienste für informelle Stadtviertel",
        "introduction": (
            "Accra, Trujillo und Surabaya arbeiten gemeinsam an Werkzeugen für "
            "Gesundheitshelferinnen und -helfer und an Telemedizin."
        ),
        "description": (
            "<p>Ein interaktiver Online-Workshop, in dem Accra seine Pilotidee gemeinsam mit "
            "Partnerstädten weiterentwickelt, die vergleichbare Dienste bereits eingeführt "
            "haben.</p>"
        ),
        "agenda": [
            ("13:00", "Accras Idee für Gesundheitshelferinnen und -helfer"),
            ("13:45", "Erfahrungen aus Trujillo und Surabaya"),
            ("14:45", "Arbeitsgruppen"),
        ],
        "speakers": [
            ("Ama Mensah", "Gesundheitsamt, Accra Metropolitan Assembly"),
            ("Dewi Lestari", "Gesundheitsamt, Surabaya"),
        ],
    },
    "annual-network-meeting-recife": {
        "slug": "jahrestreffen-netzwerk-recife",
        "title": "Jahrestreffen des Netzwerks in Recife",
        "introduction": (
            "Das gesamte Netzwerk trifft sich in Recife, um Bilanz über das Jahr zu ziehen, über "
            "neue Themen abzustimmen und Projekte der Stadt zu besuchen."
        ),
        "description": (
            "<p>Das Jahrestreffen steht allen Mitgliedern offen; die Plenarsitzungen werden für "
            "alle, die online teilnehmen, live übertragen.</p>"
        ),
        "venue": "Porto Digital\nRua do Apolo, 181, Bairro do Recife\nRecife – PE\nBrasilien",
        "agenda": [
            ("09:00", "Eröffnung und Begrüßung durch die gastgebende Stadt"),
            ("10:30", "Conecta Recife: ein digitaler Zugang zu allen Leistungen"),
            ("14:00", "Themenvorschläge und Abstimmung"),
            ("16:30", "Abschluss"),
        ],
        "speakers": [
            ("Rafael Monteiro", "Exekutivsekretär für Innovation, Recife"),
            ("Laia Puig", "Kommunales Institut für Informationstechnologie, Barcelona"),
            ("Katrin Albers", "Leiterin der Urban Data Platform, Hamburg"),
        ],
    },
}
