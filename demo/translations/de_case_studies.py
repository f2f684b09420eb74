"""German translations of the demo case studies, keyed by English slug."""

CASE_STUDIES = {
    "conecta-recife": {
        "slug": "conecta-recife-digitaler-zugang",
        "title": "Conecta Recife: ein digitaler Zugang zu allen städtischen Leistungen",
        "introduction": (
            "Recife hat mehr als 150 kommunale Leistungen in einem Portal und einer App gebündelt "
            "und bietet Menschen ohne Smartphone betreute Servicepunkte."
        ),
        "summary": (
            "Früher mussten die Einwohnerinnen und Einwohner von Recife für Genehmigungen, "
            "Bescheinigungen, Arzttermine und Beschwerden mehrere Ämter und Websites aufsuchen. "
            "Conecta Recife schuf ein einheitliches Login, einen gemeinsamen Leistungskatalog und "
            "ein gemeinsames Backoffice – und behielt die persönliche Beratung in Stadtteilzentren "
            "bei."
        ),
        "challenge": (
            "<p>Jedes Fachressort betrieb eine eigene Website mit eigenen Formularen. Die "
            "Einwohnerinnen und Einwohner mussten wissen, welche Stelle zuständig war, und viele "
            "Leistungen erforderten weiterhin einen Behördengang. Rund ein Viertel der Haushalte "
            "hatte zu Hause keinen verlässlichen Internetzugang.</p>"
        ),
        "approach": (
            "<p>Ein kleines Produktteam erfasste gemeinsam mit Einwohnerinnen und Einwohnern sowie "
            "den Beschäftigten an den Schaltern die 40 am häufigsten nachgefragten Leistungen. "
            "Diese wurden nacheinander neu gestaltet, in einem gemeinsamen Katalog veröffentlicht "
            "und an eine gemeinsame Infrastruktur für Identifizierung und Bezahlung "
            "angebunden.</p><ul><li>ein Login für alle Leistungen, verknüpft mit dem nationalen "
            "Konto gov.br</li><li>betreute Servicepunkte in 12 Stadtteilzentren</li><li>jedes neue "
            "Formular vor dem Start mit Einwohnerinnen und Einwohnern getestet</li></ul>"
        ),
        "results": (
            "<p>Bis 2022 waren mehr als 150 Leistungen online verfügbar, und drei von vier "
            "Anträgen gingen digital ein. Die durchschnittliche Bearbeitungszeit für "
            "Gewerbegenehmigungen sank von Wochen auf Tage. Während der Pandemie wickelte die "
            "Plattform die Vergabe der Impftermine für die gesamte Stadt ab.</p>"
        ),
        "lessons_learned": (
            "<p>Die Neugestaltung der Abläufe war wichtiger als die Technik. Dass die betreuten "
            "Servicepunkte geöffnet blieben, schuf Vertrauen bei älteren Menschen, und die "
            "Veröffentlichung von Nutzungsstatistiken half dem Team, auch anfangs skeptische "
            "Fachbereiche zu gewinnen.</p>"
        ),
        "partners": [
            "Exekutivsekretariat für Innovation, Recife",
            "Porto Digital",
            "EMPREL",
        ],
        "links": [
            ("Prefeitura do Recife (Stadtverwaltung)", "https://www2.recife.pe.gov.br/"),
        ],
        "figures": [
            ("150+", "Leistungen online"),
            ("75 %", "der Anträge digital gestellt"),
            ("12", "betreute Servicepunkte"),
        ],
    },
    "recife-urban-data-lab": {
        "slug": "recife-stadtdatenlabor",
        "title": "Ein Stadtdatenlabor gemeinsam mit den Hochschulen der Stadt",
        "introduction": (
            "Forschende, Studierende und Beschäftigte der Stadtverwaltung arbeiten Seite an Seite "
            "an Fragen, die die Verwaltung allein nicht beantworten kann – mit den eigenen Daten "
            "der Stadt."
        ),
        "summary": (
            "Das Stadtdatenlabor Recife ist ein gemeinsamer Raum, in dem die Stadt ausgewählte "
            "Datensätze auf Grundlage einer Datennutzungsvereinbarung öffnet und Hochschulen "
            "Analysen beisteuern. Die ersten Projekte befassten sich mit überflutungsgefährdeten "
            "Straßen, dem Schülerverkehr und den Standorten von Gesundheitszentren."
        ),
        "challenge": (
            "<p>Die Stadt verfügte über wertvolle Daten, aber nicht über die Fachleute, um sie "
            "auszuwerten, während Forschende nur schwer Zugang erhielten. Frühere Kooperationen "
            "endeten mit Berichten, die in der Verwaltung niemand umsetzte.</p>"
        ),
        "approach": (
            "<p>Jedes Laborprojekt beginnt mit einer Fragestellung, für die ein Fachbereich "
            "verantwortlich ist, und mit einer namentlich benannten Person, die die Antwort nutzen "
            "wird. Eine Standardvereinbarung zur Datennutzung legt fest, was veröffentlicht werden "
            "darf. Studierende verbringen einen Tag pro Woche in der Verwaltung.</p>"
        ),
        "results": (
            "<p>In den ersten zwei Jahren liefen sechs Projekte. Eine Auswertung von "
            "Niederschlags- und Beschwerdedaten veränderte die Reihenfolge, in der "
            "Entwässerungsarbeiten geplant werden. Zwei ehemalige Teilnehmende des Labors arbeiten "
            "inzwischen im Datenteam der Stadt.</p>"
        ),
        "lessons_learned": (
            "<p>Fragestellungen, für die ein Fachbereich verantwortlich ist, führen zu "
            "Ergebnissen, die auch genutzt werden. Eine Standardvereinbarung erspart bei jedem "
            "neuen Projekt monatelange rechtliche Prüfungen.</p>"
        ),
        "partners": [
            "Bundesuniversität von Pernambuco (UFPE)",
            "CESAR School",
            "Exekutivsekretariat für Innovation, Recife",
        ],
        "figures": [
            ("6", "Projekte in zwei Jahren"),
            ("40", "beteiligte Studierende"),
        ],
    },
    "curitiba-real-time-bus-data": {
        "slug": "curitiba-offene-echtzeitdaten-busse",
        "title": "Offene Echtzeitdaten für das Schnellbussystem von Curitiba",
        "introduction": (
            "Curitiba hat Fahrpläne und Fahrzeugpositionen seines integrierten Busnetzes als "
            "offene Daten veröffentlicht, sodass jede App Ankunftszeiten in Echtzeit anzeigen kann."
        ),
        "summary": (
            "Die Stadt stattete ihre Flotte mit GPS-Trackern aus, bereinigte die Haltestellen- und "
            "Liniendaten und veröffentlichte sowohl Fahrpläne als auch Live-Positionen im "
            "GTFS-Standard. Reiseplaner, Start-ups und Forschende arbeiten heute mit denselben "
            "Daten wie das Verkehrsunternehmen."
        ),
        "challenge": (
            "<p>Fahrgäste warteten an den Haltestellen, ohne zu wissen, wann der nächste Bus "
            "kommen würde. Die Liniendaten lagen in mehreren unvereinbaren Fassungen vor, und "
            "private Apps lasen die Website des Verkehrsunternehmens automatisiert aus.</p>"
        ),
        "approach": (
            "<p>Das städtische Verkehrsunternehmen führte die Netzdaten in einem einzigen "
            "Stammdatensatz zusammen und veröffentlichte ihn in GTFS und GTFS Realtime unter einer "
            "offenen Lizenz. Entwicklerinnen und Entwickler wurden zu Hackathons eingeladen, um "
            "den Datenfeed zu testen, und jede neue Fassung wird vor der Veröffentlichung mit dem "
            "quelloffenen GTFS-Validator geprüft.</p>"
        ),
        "results": (
            "<p>Die Feeds werden von internationalen Reiseplanern und mehreren lokalen Apps "
            "genutzt. Die Verkehrsplanung wertet die historischen Positionsdaten aus, um zu "
            "erkennen, wo Busse Zeit verlieren und wo eigene Busspuren am meisten bewirken.</p>"
        ),
        "lessons_learned": (
            "<p>Datenqualität ist eine Daueraufgabe: Jemand muss für die Haltestellendatenbank "
            "verantwortlich sein. Dank offener Standards wurden die Daten für weltweit genutzte "
            "Apps verwendbar, ohne dass der Stadt Kosten entstanden.</p>"
        ),
        "partners": [
            "URBS – Urbanização de Curitiba",
            "IPPUC",
            "Lokale Entwickler-Community",
        ],
        "links": [
            ("GTFS-Referenz", "https://gtfs.org/"),
        ],
        "figures": [
            ("1.200+", "Busse übermitteln Live-Positionen"),
            ("5", "Apps nutzen den offenen Feed"),
        ],
    },
    "curitiba-vale-do-pinhao": {
        "slug": "curitiba-vale-do-pinhao-innovationsviertel",
        "title": "Vale do Pinhão: ein Innovationsviertel auf ehemaligen Industrieflächen",
        "introduction": (
            "Curitiba hat leer stehende Lagerhallen entlang der alten Bahnstrecke in Orte "
            "verwandelt, an denen Start-ups, Hochschulen und Verwaltung gemeinsam an städtischen "
            "Herausforderungen arbeiten."
        ),
        "summary": (
            "Vale do Pinhão verbindet ein Innovationsgesetz, einen kommunalen Fonds und physische "
            "Räume in einem ehemaligen Industriekorridor. Start-ups können Lösungen gemeinsam mit "
            "städtischen Fachbereichen erproben – nach klaren Regeln zu Daten und geistigem "
            "Eigentum."
        ),
        "challenge": (
            "<p>Junge Unternehmen taten sich schwer, mit der Verwaltung zusammenzuarbeiten, und "
            "die Beschäftigten der Stadt hatten kaum Gelegenheit, neue Ansätze auszuprobieren. "
            "Ehemalige Industriegebäude standen leer.</p>"
        ),
        "approach": (
            "<p>Ein kommunales Innovationsgesetz ermöglichte kontrollierte Erprobungen neuer "
            "Lösungen. Die Stadt eröffnete einen Coworking-Space in einer sanierten Lagerhalle und "
            "rief Start-ups dazu auf, Probleme zu lösen, die von den Fachbereichen formuliert "
            "worden waren.</p>"
        ),
        "results": (
            "<p>Mehr als 60 Pilotprojekte fanden mit städtischen Fachbereichen statt, von der "
            "Routenplanung der Abfallsammlung bis zur Logistik der Schulverpflegung. Der Korridor "
            "zog private Investitionen in weitere Gebäude an.</p>"
        ),
        "lessons_learned": (
            "<p>Klare Regeln dazu, wem die während eines Pilotprojekts erzeugten Daten gehören, "
            "verhinderten spätere Konflikte. Pilotprojekte brauchen einen Plan für den Fall, dass "
            "sie erfolgreich sind.</p>"
        ),
        "partners": [
            "Entwicklungsagentur Curitiba",
            "Technologische Bundesuniversität Paraná (UTFPR)",
        ],
        "figures": [
            ("60+", "Pilotprojekte mit städtischen Fachbereichen"),
        ],
    },
    "niteroi-landslide-early-warning": {
        "slug": "niteroi-fruehwarnung-erdrutsche",
        "title": "Frühwarnung vor Erdrutschen mit Regenmessern, Sirenen und SMS",
        "introduction": (
            "Nach den verheerenden Erdrutschen von 2010 baute Niterói eine Warnkette auf, die die "
            "Bewohnerinnen und Bewohner der Hangviertel innerhalb weniger Minuten erreicht."
        ),
        "summary": (
            "Automatische Regenmesser liefern ihre Daten an eine Überwachungszentrale, die "
            "Warnungen per Sirene, Textnachricht und über Ehrenamtliche in den Vierteln auslöst. "
            "Jedes gefährdete Viertel hat einen Evakuierungsweg und einen Schutzpunkt, dessen "
            "Erreichen die Bewohnerinnen und Bewohner regelmäßig üben."
        ),
        "challenge": (
            "<p>Starkregen kann binnen Stunden Erdrutsche auslösen. Viele Bewohnerinnen und "
            "Bewohner informeller Hangsiedlungen erhielten keine Warnungen und wussten nicht, "
            "wohin sie sich begeben sollten.</p>"
        ),
        "approach": (
            "<p>Der Zivilschutz installierte im gesamten Stadtgebiet Regenmesser und legte "
            "gemeinsam mit Fachleuten der Geologie Schwellenwerte fest. Die Bewohnerinnen und "
            "Bewohner meldeten sich für SMS-Warnungen an, und geschulte Ehrenamtliche in jedem "
            "Viertel geben Warnungen persönlich weiter.</p>"
        ),
        "results": (
            "<p>Sirenen decken heute alle Hochrisikogebiete ab. An den jährlichen Übungen nehmen "
            "Tausende Menschen teil, und Evakuierungen bei Starkregen verliefen in den Folgejahren "
            "ohne Todesopfer.</p>"
        ),
        "lessons_learned": (
            "<p>Technik ist nur das erste Glied der Kette; erst Ehrenamtliche und Übungen machen "
            "Warnungen wirksam. Textnachrichten erreichen auch Menschen, die keine Apps nutzen.</p>"
        ),
        "partners": [
            "Zivilschutz Niterói (Defesa Civil)",
            "CEMADEN",
            "Ehrenamtliche Gruppen in den Vierteln",
        ],
        "figures": [
            ("30", "Regenmesser"),
            ("24", "Sirenen"),
            ("15 Min.", "von der Warnung bis zur Sirene"),
        ],
    },
    "brazilian-charter-for-smart-cities": {
        "slug": "brasilianische-charta-fuer-smart-cities",
        "title": "Brasilianische Charta für Smart Cities",
        "introduction": (
            "Eine nationale Agenda für die digitale Transformation brasilianischer Städte, "
            "erarbeitet gemeinsam mit Städten, Wissenschaft, Wirtschaft und Zivilgesellschaft."
        ),
        "summary": (
            "Die Charta formuliert ein gemeinsames Verständnis von Smart Cities in Brasilien: am "
            "Menschen orientiert, nachhaltig und inklusiv, mit einem am Gemeinwohl ausgerichteten "
            "Umgang mit Daten. Sie benennt Ziele und Empfehlungen für alle staatlichen Ebenen."
        ),
        "challenge": (
            "<p>Den 5.570 Kommunen Brasiliens fehlte ein gemeinsamer Bezugsrahmen für "
            "Smart-City-Projekte. Viele kauften Technik ohne Strategie, und kleinen Kommunen "
            "fehlten die Kapazitäten, Angebote zu bewerten.</p>"
        ),
        "approach": (
            "<p>Das zuständige Bundesministerium führte über zwei Jahre einen offenen Prozess mit "
            "Workshops, öffentlichen Konsultationen und Arbeitsgruppen durch. Internationale "
            "Erfahrungen, darunter die deutsche Smart City Charta, flossen in den Text ein.</p>"
        ),
        "results": (
            "<p>Die Charta wurde 2020 veröffentlicht und wird in der kommunalen Planung, in "
            "Fortbildungsprogrammen und bei Förderkriterien genutzt. Eine Selbsteinschätzung des "
            "Reifegrads hilft Kommunen, ihren Ausgangspunkt zu bestimmen.</p>"
        ),
        "lessons_learned": (
            "<p>Ein breit angelegter Erarbeitungsprozess brauchte Zeit, schuf aber Identifikation "
            "weit über das Ministerium hinaus. Damit die Charta in der Praxis ankommt, braucht es "
            "Fortbildungs- und Förderprogramme.</p>"
        ),
        "partners": [
            "Ministerium für Städte (ehemals Ministerium für Regionalentwicklung)",
            "Ministerium für Wissenschaft, Technologie und Innovation",
            "GIZ",
        ],
        "links": [
            ("Ministerium für Städte, Brasilien", "https://www.gov.br/cidades/pt-br"),
        ],
        "figures": [
            ("8", "strategische Ziele"),
            ("161", "Empfehlungen"),
        ],
    },
    "merida-digital-participatory-budgeting": {
        "slug": "merida-digitaler-buergerhaushalt",
        "title": "Mérida: Der Bürgerhaushalt wird digital",
        "introduction": (
            "Die Einwohnerinnen und Einwohner von Mérida schlagen Projekte für ihre Viertel vor "
            "und stimmen online sowie an Abstimmungstischen in Parks und auf Märkten darüber ab."
        ),
        "summary": (
            "Mérida reserviert einen Teil seines Investitionshaushalts für Projekte, die aus der "
            "Bevölkerung vorgeschlagen werden. Eine Beteiligungsplattform auf Open-Source-Basis "
            "unterstützt Vorschläge, fachliche Prüfung und Abstimmung, während mobile "
            "Abstimmungstische Menschen ohne Internetzugang erreichen."
        ),
        "challenge": (
            "<p>Frühere Bürgerhaushalte stützten sich auf Papierformulare und Versammlungen, die "
            "vor allem organisierte Gruppen erreichten. Die Ergebnisse waren schwer "
            "nachzuvollziehen, und viele wussten nicht, ob ihr Vorschlag umgesetzt worden war.</p>"
        ),
        "approach": (
            "<p>Die Stadt führte eine quelloffene Beteiligungsplattform ein und passte sie an die "
            "örtlichen Bedürfnisse an. Jeder Vorschlag wird öffentlich auf Machbarkeit und Kosten "
            "geprüft, und umgesetzte Projekte werden mit Fotos auf einer Karte gezeigt.</p>"
        ),
        "results": (
            "<p>Die Beteiligung wuchs mit jedem Zyklus, besonders deutlich bei jungen Menschen. "
            "Parks, Straßenbeleuchtung und Sportanlagen waren die Kategorien mit den meisten "
            "Stimmen.</p>"
        ),
        "lessons_learned": (
            "<p>Zu zeigen, was mit früheren Abstimmungen umgesetzt wurde, ist die beste Einladung, "
            "erneut abzustimmen. Abstimmungstische auf Märkten waren für ältere Menschen "
            "unverzichtbar.</p>"
        ),
        "partners": [
            "Stadtverwaltung Mérida",
            "Autonome Universität Yucatán",
        ],
        "figures": [
            ("4", "Haushaltszyklen"),
            ("1.900", "eingereichte Vorschläge"),
        ],
    },
    "merida-urban-heat-sensors": {
        "slug": "merida-hitzeinseln-sensoren",
        "title": "Städtische Hitzeinseln mit kostengünstigen Sensoren kartieren",
        "introduction": (
            "Schulen und Nachbarschaftsgruppen beherbergen Temperatursensoren, um zu zeigen, wo "
            "die Hitze am stärksten ist und wo Schatten und Bäume am dringendsten gebraucht werden."
        ),
        "summary": (
            "Mérida prüft, ob sich mit einem Netz kostengünstiger Temperatur- und Feuchtesensoren "
            "die Hitze auf Straßenebene kartieren lässt. Die Daten sollen die Baumpflanzung und "
            "die Gestaltung öffentlicher Räume leiten."
        ),
        "challenge": (
            "<p>Im Sommer liegen die Temperaturen regelmäßig über 40 °C, und die Hitze nimmt zu. "
            "Offizielle Wetterstationen sagen wenig über die Unterschiede zwischen den "
            "Stadtvierteln aus.</p>"
        ),
        "approach": (
            "<p>Vierzig Sensoren wurden an Schulen, Märkten und Stadtteilzentren installiert und "
            "anhand einer offiziellen Messstation kalibriert. Die Daten werden alle zehn Minuten "
            "offen veröffentlicht.</p>"
        ),
        "results": (
            "<p>Erste Ergebnisse zeigen nachts Unterschiede von bis zu 5 °C zwischen baumlosen und "
            "begrünten Straßen. Die Stadt entscheidet nach dem ersten vollständigen Sommer über "
            "eine Ausweitung.</p>"
        ),
        "lessons_learned": (
            "<p>Die Einrichtungen, die Sensoren beherbergen, müssen von Anfang an eingebunden "
            "werden, damit die Sensoren dauerhaft in Betrieb bleiben. Erst die Kalibrierung machte "
            "aus eindrucksvollen Karten verwertbare Daten.</p>"
        ),
        "partners": [
            "Stadtverwaltung Mérida",
            "CINVESTAV Mérida",
            "Örtliche Schulen",
        ],
        "figures": [
            ("40", "Sensoren"),
            ("5 °C", "Unterschied zwischen Straßen bei Nacht"),
        ],
    },
    "guadalajara-metropolitan-geodata-platform": {
        "slug": "guadalajara-gemeinsame-geodatenplattform",
        "title": "Eine gemeinsame Geodatenplattform für neun Kommunen",
        "introduction": (
            "Die Metropolregion Guadalajara plant Flächennutzung und Mobilität auf Grundlage "
            "gemeinsamer Karten, die offen für Bevölkerung und Investoren veröffentlicht werden."
        ),
        "summary": (
            "Das Planungsinstitut der Metropolregion hat eine Geodatenplattform mit gemeinsamen "
            "Basiskarten, Flächenwidmung, Risikogebieten und Infrastruktur für alle "
            "Mitgliedskommunen aufgebaut. Sie bildet die Grundlage des Flächennutzungsplans der "
            "Metropolregion."
        ),
        "challenge": (
            "<p>Jede Kommune führte ihre eigenen Karten in unterschiedlichen Formaten und "
            "Maßstäben. Planungen endeten an den Gemeindegrenzen, obwohl die Stadt als Ganzes "
            "wächst.</p>"
        ),
        "approach": (
            "<p>Das Institut vereinbarte mit allen Kommunen Datenstandards, baute die Plattform "
            "auf Open-Source-Software auf und schulte kommunale Beschäftigte darin, ihre eigenen "
            "Datenebenen zu aktualisieren.</p>"
        ),
        "results": (
            "<p>Mehr als 300 Datenebenen sind verfügbar, die meisten davon offen. Der "
            "Flächennutzungsplan der Metropolregion und der Risikoatlas wurden auf der Plattform "
            "erstellt.</p>"
        ),
        "lessons_learned": (
            "<p>Die Vereinbarungen zwischen den Kommunen dauerten länger als die technische "
            "Umsetzung. Die Schulung des Personals vor Ort machte die Plattform nachhaltig.</p>"
        ),
        "partners": [
            "IMEPLAN",
            "Kommunen der Metropolregion Guadalajara",
        ],
        "figures": [
            ("9", "Kommunen"),
            ("300+", "Datenebenen"),
        ],
    },
    "puebla-online-building-permits": {
        "slug": "puebla-baugenehmigungen-online",
        "title": "Baugenehmigungen online in Puebla",
        "introduction": (
            "Puebla hat die Bearbeitungszeit für eine Standard-Baugenehmigung für Wohnhäuser von "
            "rund drei Monaten auf zwei Wochen verkürzt und den Ansatz für andere Kommunen "
            "aufbereitet."
        ),
        "summary": (
            "Antragstellende reichen Pläne und Unterlagen online ein, zahlen Gebühren digital und "
            "verfolgen den Stand ihres Verfahrens. Prüfungen, die früher nacheinander erfolgten, "
            "laufen nun parallel in den beteiligten Fachbereichen."
        ),
        "challenge": (
            "<p>Genehmigungsakten wanderten auf Papier zwischen fünf Dienststellen hin und her. "
            "Die langen Wartezeiten begünstigten das Bauen ohne Genehmigung, vor allem bei "
            "einfachen Wohnhäusern am Stadtrand.</p>"
        ),
        "approach": (
            "<p>Das Team vereinfachte zunächst das Verfahren, strich doppelte Prüfungen und "
            "entwickelte erst dann den Online-Dienst. Ein vereinfachtes Verfahren gilt für kleine "
            "Wohnhäuser bis 120 Quadratmeter.</p>"
        ),
        "results": (
            "<p>Die durchschnittliche Bearbeitungszeit für Standardgenehmigungen sank auf 14 Tage. "
            "Die Zahl der beantragten Genehmigungen für kleine Wohnhäuser stieg im ersten Jahr "
            "spürbar.</p>"
        ),
        "lessons_learned": (
            "<p>Erst vereinfachen, dann digitalisieren. Das Transferpaket enthält "
            "Prozesslandkarten, Vorlagen und Rechtstexte, die andere Kommunen als nützlicher "
            "empfanden als die Software.</p>"
        ),
        "partners": [
            "Stadtverwaltung Puebla",
            "Kammer der Bauindustrie, Puebla",
        ],
        "figures": [
            ("90 → 14", "Tage für eine Standardgenehmigung"),
        ],
    },
    "mexico-digital-urban-planning-guide": {
        "slug": "mexiko-leitfaden-digitale-stadtentwicklungsplanung",
        "title": "Leitfaden zu digitalen Werkzeugen für kommunale Stadtentwicklungspläne",
        "introduction": (
            "Ein nationaler Leitfaden unterstützt Kommunen dabei, offene Daten, Online-Beteiligung "
            "und einfache Geoinformationswerkzeuge zu nutzen, wenn sie ihre Stadtentwicklungspläne "
            "fortschreiben."
        ),
        "summary": (
            "Das mexikanische Bundesministerium für Territorial- und Stadtentwicklung hat einen "
            "Leitfaden mit Schritt-für-Schritt-Empfehlungen, Vorlagen und Beispielen erarbeitet "
            "und ihn mit Pilotkommunen unterschiedlicher Größe erprobt."
        ),
        "challenge": (
            "<p>Die meisten mexikanischen Kommunen schreiben ihre Pläne selten und auf dünner "
            "Datengrundlage fort. Kleine Kommunen sind auf externe Beratung angewiesen und haben "
            "wenig Personal mit Kenntnissen in Planung oder Geoinformation.</p>"
        ),
        "approach": (
            "<p>Der Leitfaden wurde gemeinsam mit Planungsfachleuten aus Pilotkommunen erarbeitet "
            "und an realen Planfortschreibungen erprobt. Er empfiehlt freie und quelloffene "
            "Werkzeuge sowie nationale offene Datensätze.</p>"
        ),
        "results": (
            "<p>Die Pilotkommunen erstellten ihre ersten digitalen Plankarten und führten "
            "Online-Konsultationen durch. Der Leitfaden wird auf Grundlage ihrer Rückmeldungen "
            "überarbeitet.</p>"
        ),
        "lessons_learned": (
            "<p>Vorlagen und durchgearbeitete Beispiele wurden weit häufiger genutzt als die "
            "Textkapitel. Am meisten half der Austausch zwischen den Pilotkommunen.</p>"
        ),
        "partners": [
            "SEDATU",
            "Pilotkommunen",
            "GIZ",
        ],
        "links": [
            ("SEDATU", "https://www.gob.mx/sedatu"),
        ],
    },
    "lima-public-transport-data-model": {
        "slug": "lima-datenmodell-oeffentlicher-nahverkehr",
        "title": "Ein Datenmodell für den öffentlichen Nahverkehr in Lima und Callao",
        "introduction": (
            "Die Verkehrsbehörde von Lima hat die Linien Hunderter Busunternehmen in einem offenen "
            "Datenmodell zusammengeführt – ein erster Schritt zu einem integrierten Netz."
        ),
        "summary": (
            "In Lima und Callao betreiben Hunderte private Unternehmen Buslinien. Die Behörde für "
            "den städtischen Verkehr erfasste deren Linien gemeinsam mit den Betreibern und "
            "Freiwilligen und veröffentlichte sie im GTFS-Standard."
        ),
        "challenge": (
            "<p>Es gab keine vollständige Karte des Busnetzes. Ohne zu wissen, wo die Busse "
            "tatsächlich fahren, ließen sich weder Reformen planen noch Fahrgäste informieren.</p>"
        ),
        "approach": (
            "<p>Teams vor Ort erfassten die Linien mit einer Smartphone-App, und die Betreiber "
            "bestätigten die Ergebnisse. Das Datenmodell folgt internationalen Standards, damit es "
            "in Reiseplaner einfließen kann.</p>"
        ),
        "results": (
            "<p>Mehr als 400 Linien wurden erfasst und veröffentlicht. Die Behörde nutzt die "
            "Daten, um die Neuordnung des Liniennetzes und Zubringerverkehre zu den Metrolinien zu "
            "planen.</p>"
        ),
        "lessons_learned": (
            "<p>Die Betreiber kooperierten, sobald sie einen eigenen Nutzen erkannten. Damit die "
            "Daten aktuell bleiben, braucht es mit jedem Unternehmen ein vereinbartes Verfahren "
            "zur Aktualisierung.</p>"
        ),
        "partners": [
            "Behörde für den städtischen Verkehr in Lima und Callao (ATU)",
            "Ehrenamtliche Kartiererinnen und Kartierer",
        ],
        "figures": [
            ("400+", "erfasste Linien"),
        ],
    },
    "lima-hillside-wifi-and-skills": {
        "slug": "lima-wlan-und-digitalkompetenzen-hangviertel",
        "title": "Kostenloses WLAN und Lernorte für digitale Kompetenzen in Limas Hangvierteln",
        "introduction": (
            "Stadtteilzentren an den Hängen Limas wurden zu digitalen Anlaufstellen mit "
            "kostenlosem WLAN, Computern und ehrenamtlicher Lernbegleitung."
        ),
        "summary": (
            "In den selbst errichteten Vierteln am Stadtrand von Lima teilen sich Haushalte oft "
            "ein Telefon mit Prepaid-Datenvolumen. Das Programm stattete Stadtteilzentren mit "
            "Internetanbindung aus und bot Kurse zu Online-Verwaltungsleistungen, Jobsuche und "
            "Schulplattformen an."
        ),
        "challenge": (
            "<p>Die Bewohnerinnen und Bewohner der Hangviertel waren am schlechtesten angebunden "
            "und am weitesten von den städtischen Dienststellen entfernt. Als der Schulunterricht "
            "2020 ins Internet verlagert wurde, konnten viele Kinder nicht daran teilnehmen.</p>"
        ),
        "approach": (
            "<p>Die Stadtverwaltung arbeitete mit Gemeinschaftsorganisationen zusammen, die die "
            "Zentren bereits betrieben. Ehrenamtliche Lernbegleiterinnen und Lernbegleiter von "
            "Hochschulen boten abends und am Wochenende Kurse an.</p>"
        ),
        "results": (
            "<p>Dreißig digitale Anlaufstellen wurden eröffnet und werden jeden Monat von "
            "Tausenden Menschen genutzt. Am stärksten nachgefragt waren Kurse zur Online-Nutzung "
            "öffentlicher Leistungen.</p>"
        ),
        "lessons_learned": (
            "<p>Die Zusammenarbeit mit bestehenden Gemeinschaftsorganisationen schuf Vertrauen und "
            "hielt die Kosten niedrig. Stromversorgung und Sicherheit müssen geklärt sein, bevor "
            "die Ausstattung eintrifft.</p>"
        ),
        "partners": [
            "Metropolverwaltung Lima (Municipalidad Metropolitana de Lima)",
            "Gemeinschaftsorganisationen",
            "Hochschulen",
        ],
        "figures": [
            ("30", "digitale Anlaufstellen"),
            ("12.000", "Kursteilnehmende"),
        ],
    },
    "arequipa-historic-centre-3d-model": {
        "slug": "arequipa-3d-modell-altstadt",
        "title": "Ein 3D-Modell der Altstadt von Arequipa als Grundlage für Sanierungen",
        "introduction": (
            "Arequipa plant ein 3D-Modell seines zum Welterbe gehörenden Stadtzentrums, um die "
            "Sanierung von Wohnungen in historischen Gebäuden und die Erdbebensicherheit zu planen."
        ),
        "summary": (
            "Viele Familien leben in historischen Gebäuden aus Vulkangestein, die Reparaturen und "
            "eine Ertüchtigung gegen Erdbeben benötigen. Ein 3D-Modell, das Laserscans, "
            "Gebäudeakten und Eigentumsdaten zusammenführt, würde helfen, die Unterstützung "
            "gezielt zu priorisieren."
        ),
        "challenge": (
            "<p>Die Gebäudeakten sind unvollständig und liegen nur auf Papier vor. Eigentümerinnen "
            "und Eigentümer wie auch Mietende stehen vor komplexen Denkmalschutzvorschriften, und "
            "manche Gebäude sind bei Erdbeben gefährdet.</p>"
        ),
        "approach": (
            "<p>Die Idee ist, mit einem einzelnen Häuserblock als Demonstrator zu beginnen, "
            "Drohnen-Photogrammetrie und quelloffene 3D-Werkzeuge zu nutzen und die Bewohnerinnen "
            "und Bewohner an der Erfassung des Zustands ihrer Wohnungen zu beteiligen.</p>"
        ),
        "results": (
            "<p>Ein Konzeptpapier und eine Partnerschaft mit der örtlichen Universität liegen vor. "
            "Für den Demonstrator wird derzeit eine Finanzierung gesucht.</p>"
        ),
        "lessons_learned": (
            "<p>Der Austausch im Netzwerk hat gezeigt, dass kleinere Städte mit offenen Daten und "
            "einem einzelnen Stadtviertel beginnen können, statt gleich ein Modell für die gesamte "
            "Stadt zu erstellen.</p>"
        ),
        "partners": [
            "Stadtverwaltung Arequipa",
            "Nationale Universität San Agustín",
        ],
    },
    "trujillo-telemedicine-health-posts": {
        "slug": "trujillo-telemedizin-gesundheitsposten",
        "title": "Telemedizin für die Gesundheitsposten in den Bezirken von Trujillo",
        "introduction": (
            "Pflegekräfte in abgelegenen Gesundheitsposten ziehen Fachärztinnen und Fachärzte per "
            "Video hinzu und ersparen den Patientinnen und Patienten lange Wege zu den "
            "Krankenhäusern der Stadt."
        ),
        "summary": (
            "Die städtische Gesundheitsdirektion hat fünf Gesundheitsposten mit Fachärztinnen und "
            "Fachärzten für Innere Medizin, Kinderheilkunde und Dermatologie vernetzt. Termine "
            "werden über einen gemeinsamen Kalender gebucht, und die Dokumentation folgt "
            "nationalen Vorgaben."
        ),
        "challenge": (
            "<p>Patientinnen und Patienten aus abgelegenen Bezirken waren für eine kurze "
            "fachärztliche Konsultation einen ganzen Tag unterwegs, und viele ließen "
            "Nachsorgetermine ausfallen.</p>"
        ),
        "approach": (
            "<p>Jeder Gesundheitsposten erhielt einen Laptop, eine Kamera für Hautuntersuchungen "
            "und eine zuverlässige Internetverbindung. Die Pflegekräfte wurden darin geschult, "
            "Konsultationen vorzubereiten und zu begleiten.</p>"
        ),
        "results": (
            "<p>Im Pilotprojekt fanden mehr als 2.000 Konsultationen statt. Nachsorgetermine "
            "wurden häufiger wahrgenommen, und die Patientinnen und Patienten sparten pro Termin "
            "durchschnittlich vier Stunden.</p>"
        ),
        "lessons_learned": (
            "<p>Die Pflegekraft vor Ort ist der Schlüssel zu guten Telekonsultationen. Vor allem "
            "anderen musste eine zuverlässige Internetverbindung sichergestellt werden.</p>"
        ),
        "partners": [
            "Stadtverwaltung Trujillo",
            "Regionale Gesundheitsverwaltung La Libertad",
        ],
        "figures": [
            ("5", "Gesundheitsposten"),
            ("2.000+", "Telekonsultationen"),
        ],
    },
    "peru-municipal-interoperability": {
        "slug": "peru-kommunen-interoperabilitaetsplattform",
        "title": "Kommunen an die nationale Interoperabilitätsplattform anbinden",
        "introduction": (
            "Peruanische Kommunen fragen nationale Register direkt ab, statt von den Bürgerinnen "
            "und Bürgern Bescheinigungen auf Papier zu verlangen."
        ),
        "summary": (
            "Das nationale Sekretariat für digitale Verwaltung bietet Kommunen Zugang zur "
            "staatlichen Interoperabilitätsplattform. Identitäts-, Unternehmens- und "
            "Grundstücksdaten lassen sich online prüfen, sodass niemand mehr Bescheinigungen "
            "anderer Behörden vorlegen muss."
        ),
        "challenge": (
            "<p>Die Bürgerinnen und Bürger mussten Unterlagen bei einer Behörde abholen, um sie "
            "bei einer anderen einzureichen. Kleinen Kommunen fehlte das technische Personal, um "
            "sich an nationale Systeme anzubinden.</p>"
        ),
        "approach": (
            "<p>Den Kommunen wurde ein standardisiertes Anbindungspaket mit rechtlichen "
            "Mustervorlagen, technischen Leitfäden und Fernunterstützung angeboten, beginnend mit "
            "den am häufigsten abgefragten Registern.</p>"
        ),
        "results": (
            "<p>Hunderte Kommunen sind angebunden, und jedes Jahr ersetzen Millionen Abfragen "
            "Bescheinigungen auf Papier.</p>"
        ),
        "lessons_learned": (
            "<p>Ein Standardpaket ermöglichte auch kleinen Kommunen die Anbindung. Die rechtlichen "
            "Mustervorlagen waren ebenso wichtig wie die technische Dokumentation.</p>"
        ),
        "partners": [
            "Sekretariat für Regierung und digitale Transformation, Präsidialamt des Ministerrats",
            "Ministerium für Wohnungswesen, Bauwesen und Sanitärversorgung",
        ],
        "links": [
            ("Digitale Verwaltung in Peru", "https://www.gob.pe/"),
        ],
        "figures": [
            ("500+", "angebundene Kommunen"),
        ],
    },
    "medellin-air-quality-network": {
        "slug": "medellin-luftqualitaet-fruehwarnung",
        "title": "Luftqualitätsmessung und Frühwarnung im Aburrá-Tal",
        "introduction": (
            "Offizielle Messstationen und Bürgersensoren liefern den Menschen im Aburrá-Tal "
            "Echtzeitdaten zur Luftqualität und Warnungen vor Schadstoffepisoden."
        ),
        "summary": (
            "Die Topografie des Tals hält Schadstoffe fest, vor allem beim Übergang zur Regenzeit. "
            "Das Frühwarnsystem der Metropolregion kombiniert offizielle Messstationen mit "
            "Bürgersensoren und gibt Warnungen aus, die Verkehrsbeschränkungen auslösen."
        ),
        "challenge": (
            "<p>Schadstoffepisoden führten mehrmals im Jahr zu Gesundheitswarnungen. Die "
            "Bevölkerung wusste nicht, wann und wo die Luftqualität am schlechtesten war.</p>"
        ),
        "approach": (
            "<p>Der Metropolverband und Hochschulen betreiben ein Frühwarnsystem mit offenen "
            "Daten, Prognosen und einem Programm für Bürgersensoren in Schulen und "
            "Privathaushalten.</p>"
        ),
        "results": (
            "<p>Episoden werden Tage im Voraus vorhergesagt, und Beschränkungen für Verkehr und "
            "Industrie stützen sich auf die Daten. Die Menschen informieren sich über die "
            "Luftqualität in einer App und auf öffentlichen Bildschirmen.</p>"
        ),
        "lessons_learned": (
            "<p>Offene Daten schufen Vertrauen in unpopuläre Maßnahmen. Bürgersensoren schärften "
            "das Bewusstsein, müssen aber kalibriert werden, bevor sie als Entscheidungsgrundlage "
            "dienen können.</p>"
        ),
        "partners": [
            "Área Metropolitana del Valle de Aburrá",
            "SIATA",
            "Universität EAFIT",
        ],
        "links": [
            ("SIATA", "https://siata.gov.co/"),
        ],
        "figures": [
            ("3 Tage", "Vorhersagezeitraum für Schadstoffepisoden"),
        ],
    },
    "medellin-digital-skills-library-parks": {
        "slug": "medellin-digitale-kompetenzen-bibliotheksparks",
        "title": "Digitale Kompetenzen in den Bibliotheksparks von Medellín",
        "introduction": (
            "Die Bibliotheksparks in Medellín bieten kostenlose Kurse für digitale Kompetenzen an "
            "– von den ersten Schritten im Internet bis zum Programmieren für junge Menschen."
        ),
        "summary": (
            "Die Bibliotheksparks, errichtet in Vierteln, die einst zu den am stärksten "
            "ausgegrenzten der Stadt gehörten, wurden zu Zentren des digitalen Lernens. Dieser "
            "Leitfaden beschreibt das Kursmodell, die Personalausstattung und die Partnerschaften."
        ),
        "challenge": (
            "<p>Viele Bewohnerinnen und Bewohner der Hangviertel hatten kaum Zugang zu Computern "
            "oder Schulungen. Digitale Kompetenzen wurden zunehmend zur Voraussetzung für Arbeit "
            "und den Zugang zu öffentlichen Leistungen.</p>"
        ),
        "approach": (
            "<p>Die Stadt qualifizierte Bibliotheksbeschäftigte als digitale Mentorinnen und "
            "Mentoren und bot Kurse auf drei Niveaus an. Unternehmen stellten Trainerinnen und "
            "Trainer für Fortgeschrittenenkurse.</p>"
        ),
        "results": (
            "<p>Zehntausende Menschen nahmen teil. Besonders erfolgreich waren Kurse für ältere "
            "Menschen und für Unternehmerinnen.</p>"
        ),
        "lessons_learned": (
            "<p>Öffentliche Orte, denen die Menschen bereits vertrauen, eignen sich am besten für "
            "digitales Lernen. Mentorinnen und Mentoren aus dem eigenen Viertel sorgen dafür, dass "
            "die Teilnehmenden wiederkommen.</p>"
        ),
        "partners": [
            "Kultursekretariat Medellín",
            "Netzwerk der Bibliotheksparks",
            "Ruta N",
        ],
    },
    "pune-participatory-budgeting-online": {
        "slug": "pune-buergerhaushalt-online",
        "title": "Punes Bürgerhaushalt auf Stadtbezirksebene geht online",
        "introduction": (
            "Indiens am längsten bestehender Bürgerhaushalt hat die Online-Einreichung und "
            "-Nachverfolgung eingeführt und die Zahl der Vorschläge verdoppelt."
        ),
        "summary": (
            "Seit 2006 schlagen die Einwohnerinnen und Einwohner von Pune kleinere Maßnahmen für "
            "ihren Stadtbezirk vor, etwa Gehwege, Straßenlaternen und Entwässerung. Über das "
            "Online-System können sie Vorschläge einreichen, Kostenschätzungen einsehen und die "
            "Umsetzung verfolgen."
        ),
        "challenge": (
            "<p>Papierformulare wurden in den Bezirksbüros gesammelt und gingen oft verloren. Die "
            "Einreichenden erfuhren selten, ob ihr Vorschlag angenommen oder umgesetzt worden "
            "war.</p>"
        ),
        "approach": (
            "<p>Die Stadtverwaltung führte ein Online-Formular auf Englisch und Marathi ein, "
            "behielt die Papierformulare in den Bezirksbüros bei und veröffentlichte jeden "
            "Vorschlag mit seinem Bearbeitungsstand.</p>"
        ),
        "results": (
            "<p>Die Zahl der Vorschläge verdoppelte sich innerhalb von zwei Jahren ungefähr. "
            "Angenommene Vorschläge lassen sich bis in das Verzeichnis der Baumaßnahmen "
            "nachverfolgen.</p>"
        ),
        "lessons_learned": (
            "<p>Die Veröffentlichung des Bearbeitungsstands jedes einzelnen Vorschlags schuf mehr "
            "Vertrauen als jede Kampagne. Die Möglichkeit, die örtliche Sprache zu nutzen, war "
            "unverzichtbar.</p>"
        ),
        "partners": [
            "Pune Municipal Corporation",
            "Janwani",
            "Centre for Environment Education",
        ],
        "figures": [
            ("2x", "so viele Vorschläge nach dem Online-Start"),
            ("41", "teilnehmende Stadtbezirke"),
        ],
    },
    "pune-electric-bus-charging-data": {
        "slug": "pune-datengestuetztes-laden-elektrobusse",
        "title": "Datengestütztes Laden für Punes Elektrobusflotte",
        "introduction": (
            "Das Verkehrsunternehmen von Pune nutzt Fahrt- und Batteriedaten, um das Laden seiner "
            "Elektrobusse zu planen und Lastspitzen beim Strombedarf zu senken."
        ),
        "summary": (
            "Mit Hunderten Elektrobussen im Einsatz wurde das Laden zu einer Planungsaufgabe. "
            "Telematikdaten zu Linien, Ladezustand und Depotkapazität fließen in einen Ladeplan "
            "ein, der die Verfügbarkeit der Busse sichert und teure Spitzentarife vermeidet."
        ),
        "challenge": (
            "<p>Die Busse kehrten gleichzeitig in die Depots zurück und überlasteten die "
            "Netzanschlüsse. Einige Linien waren bei heißem Wetter für eine einzige Batterieladung "
            "zu lang.</p>"
        ),
        "approach": (
            "<p>Der Betreiber wertete die Fahrt- und Batteriedaten eines Jahres aus, passte die "
            "Zuordnung der Busse zu den Linien an und führte gestaffelte Ladefenster ein, die mit "
            "dem Verteilnetzbetreiber abgestimmt wurden.</p>"
        ),
        "results": (
            "<p>Die Spitzenlast im größten Depot sank um etwa ein Drittel, und die Verfügbarkeit "
            "der Flotte verbesserte sich. Die Daten fließen inzwischen in die Auswahl der Linien "
            "für neue Elektrobusse ein.</p>"
        ),
        "lessons_learned": (
            "<p>Betriebsdaten sind ebenso wichtig wie die Fahrzeuge. Frühzeitige Gespräche mit dem "
            "Verteilnetzbetreiber verhinderten einen kostspieligen Netzausbau.</p>"
        ),
        "partners": [
            "Pune Mahanagar Parivahan Mahamandal Limited (PMPML)",
            "MSEDCL",
        ],
        "figures": [
            ("650", "Elektrobusse"),
            ("-30 %", "Spitzenlast im Hauptdepot"),
        ],
    },
    "bhubaneswar-integrated-command-centre": {
        "slug": "bhubaneswar-integrierte-leitzentrale",
        "title": (
            "Vom Kontrollraum zur Steuerung des Stadtbetriebs: die Leitzentrale von Bhubaneswar"
        ),
        "introduction": (
            "Die integrierte Leit- und Steuerungszentrale von Bhubaneswar verknüpft Verkehr, "
            "Notfallhilfe, Abfallsammlung und Bürgerbeschwerden an einem Ort."
        ),
        "summary": (
            "Die im Rahmen der Smart Cities Mission errichtete Zentrale begann als "
            "Verkehrsleitstelle und entwickelte sich zu einer Betriebsplattform für mehrere "
            "Fachbereiche. Bei Wirbelstürmen und während der Pandemie koordinierte sie die "
            "Krisenbewältigung der Stadt."
        ),
        "challenge": (
            "<p>Die Fachbereiche arbeiteten mit getrennten Systemen und tauschten selten "
            "Informationen aus. Die Reaktion auf Notfälle hing von Telefonaten zwischen den "
            "Dienststellen ab.</p>"
        ),
        "approach": (
            "<p>Die Stadt band Lichtsignalanlagen, Kameras, Fahrzeugortung und das "
            "Beschwerdesystem an eine gemeinsame Plattform an und holte Beschäftigte aller "
            "Fachbereiche in die Zentrale.</p>"
        ),
        "results": (
            "<p>Die Zentrale koordinierte 2019 die Bewältigung des Zyklons Fani und ab 2020 die "
            "der Pandemie. Die Fahrzeuge der Abfallsammlung werden geortet, und Beschwerden werden "
            "automatisch weitergeleitet.</p>"
        ),
        "lessons_learned": (
            "<p>Der Mehrwert liegt darin, dass Menschen aus unterschiedlichen Fachbereichen in "
            "einem Raum zusammenarbeiten. Klare Regeln für Kameradaten und Datenschutz sind von "
            "Anfang an notwendig.</p>"
        ),
        "partners": [
            "Bhubaneswar Smart City Limited",
            "Bhubaneswar Municipal Corporation",
        ],
        "links": [
            ("Smart Cities Mission", "https://smartcities.gov.in/"),
        ],
    },
    "surat-flood-early-warning": {
        "slug": "surat-hochwasser-fruehwarnsystem",
        "title": "Surats durchgängiges Hochwasser-Frühwarnsystem",
        "introduction": (
            "Surat modelliert den Fluss Tapi und die Wasserabgaben des Ukai-Staudamms, um "
            "Stadtviertel Tage vor einem Hochwasser zu warnen."
        ),
        "summary": (
            "Nach den verheerenden Überschwemmungen von 2006 entwickelte Surat ein Warnsystem, das "
            "Niederschlagsvorhersagen, den Betrieb des Staudamms und ein hydraulisches Modell der "
            "Stadt verbindet. Warnungen erreichen die Bevölkerung über die Bezirksverwaltungen, "
            "per SMS und über lokale Medien."
        ),
        "challenge": (
            "<p>Das Hochwasser von 2006 überflutete den größten Teil der Stadt. Wasserabgaben aus "
            "dem flussaufwärts gelegenen Staudamm wurden nicht mit der Stadt abgestimmt, und "
            "Warnungen kamen zu spät.</p>"
        ),
        "approach": (
            "<p>Die Stadt, die Staudammbehörde und Fachleute richteten ein gemeinsames Modell ein, "
            "das die Wasserstände für jede Zone der Stadt vorhersagt und in Aktionspläne "
            "übersetzt.</p>"
        ),
        "results": (
            "<p>Die Vorwarnzeit stieg von Stunden auf Tage. Das Modell unterstützt inzwischen auch "
            "Entscheidungen zur Flächennutzung in hochwassergefährdeten Gebieten.</p>"
        ),
        "lessons_learned": (
            "<p>Am wichtigsten war die Abstimmung zwischen den Institutionen flussaufwärts und "
            "flussabwärts. Ein Modell ist nur dann nützlich, wenn für jede Warnstufe Maßnahmen "
            "vereinbart sind.</p>"
        ),
        "partners": [
            "Surat Municipal Corporation",
            "Surat Climate Change Trust",
            "Wasserwirtschaftsbehörde des Bundesstaats Gujarat",
        ],
        "figures": [
            ("3 Tage", "Vorwarnzeit"),
            ("7", "modellierte Stadtzonen"),
        ],
    },
    "surat-municipal-services-open-source": {
        "slug": "surat-kommunale-leistungen-open-source",
        "title": "Grundsteuer und Gewerbelizenzen auf einer Open-Source-Plattform",
        "introduction": (
            "Surat hat zentrale kommunale Leistungen auf eine Open-Source-Plattform verlagert, die "
            "viele indische Städte gemeinsam nutzen, und die Migration für andere dokumentiert."
        ),
        "summary": (
            "Grundsteuer, Gewerbelizenzen und Beschwerden laufen über eine quelloffene Plattform "
            "für die Stadtverwaltung. Die Städte teilen Module und Verbesserungen, statt jeweils "
            "ein eigenes System in Auftrag zu geben."
        ),
        "challenge": (
            "<p>Die Altsysteme ließen sich nur mit hohem Aufwand anpassen und waren an einen "
            "einzigen Anbieter gebunden. Die Daten zu Grundstücken und Lizenzen waren zwischen den "
            "Stadtzonen uneinheitlich.</p>"
        ),
        "approach": (
            "<p>Die Stadt bereinigte ihre Grundstücksdaten, migrierte Leistung für Leistung und "
            "betrieb alte und neue Systeme für einen Abrechnungszyklus parallel. Änderungen wurden "
            "in die gemeinsame Codebasis zurückgeführt.</p>"
        ),
        "results": (
            "<p>Die meisten Grundsteuerzahlungen erfolgen heute online. Die Verlängerung einer "
            "Lizenz dauert Minuten statt Tage.</p>"
        ),
        "lessons_learned": (
            "<p>Die Datenbereinigung dauerte länger als die Softwaremigration. Indem die Stadt "
            "ihre Änderungen zurückführt, bleibt sie auf der gemeinsamen Version und senkt "
            "künftige Kosten.</p>"
        ),
        "partners": [
            "Surat Municipal Corporation",
            "eGov Foundation",
        ],
        "links": [
            ("eGov Foundation", "https://egov.org.in/"),
        ],
        "figures": [
            ("80 %", "der Grundsteuer werden online gezahlt"),
        ],
    },
    "kochi-integrated-ticketing-water-metro": {
        "slug": "kochi-ein-ticket-wassermetro-metro-busse",
        "title": "Ein Ticket für Wassermetro, Metro und Busse in Kochi",
        "introduction": (
            "Fahrgäste in Kochi nutzen eine Karte oder App für Elektrofähren, Metro und "
            "Zubringerbusse – mit barrierefreien Anlegestellen für die Inselgemeinden."
        ),
        "summary": (
            "Die Kochi Water Metro verbindet die Inseln mit Elektrobooten mit dem Festland. Ein "
            "integriertes Ticket und eine gemeinsame App machen das Umsteigen in Metro und Busse "
            "nahtlos."
        ),
        "challenge": (
            "<p>Die Bewohnerinnen und Bewohner der Inseln waren auf langsame, selten verkehrende "
            "Fähren angewiesen und zahlten für jeden Abschnitt einer Fahrt gesondert.</p>"
        ),
        "approach": (
            "<p>Das Ticketsystem wurde von Beginn an für alle Verkehrsmittel ausgelegt. Die "
            "Anlegestellen sind stufenlos zugänglich, und Tickets werden sowohl am Schalter als "
            "auch in der App verkauft.</p>"
        ),
        "results": (
            "<p>Die Fahrgastzahlen der Wassermetro stiegen nach dem Start stetig, und ein großer "
            "Teil der Fahrgäste steigt mit derselben Karte auf andere Verkehrsmittel um.</p>"
        ),
        "lessons_learned": (
            "<p>Das Ticketing von vornherein für alle Verkehrsmittel zu gestalten, war einfacher "
            "als eine spätere Integration. Der Verkauf am Schalter bleibt für "
            "Gelegenheitsfahrgäste wichtig.</p>"
        ),
        "partners": [
            "Kochi Metro Rail Limited",
            "Cochin Smart Mission Limited",
        ],
        "figures": [
            ("1", "Ticket für 3 Verkehrsmittel"),
            ("78", "geplante Elektroboote"),
        ],
    },
    "india-data-smart-cities": {
        "slug": "indien-datasmart-cities",
        "title": "DataSmart Cities: Datenverantwortliche in jeder Smart City",
        "introduction": (
            "Indiens nationale Strategie fordert jede Smart City auf, eine für Daten "
            "verantwortliche Person (City Data Officer) zu benennen und Daten auf einem "
            "Open-Data-Portal zu veröffentlichen."
        ),
        "summary": (
            "Die Strategie DataSmart Cities stärkt die Datenkultur in Stadtverwaltungen: mit "
            "Datenverantwortlichen und Datenkoordinierenden in den Fachbereichen, "
            "Datenrichtlinien, Open-Data-Portalen und einer Reifegradbewertung, die Fortschritte "
            "sichtbar macht."
        ),
        "challenge": (
            "<p>Smart-City-Investitionen erzeugten große Datenmengen, doch nur wenige Städte "
            "nutzten diese für Entscheidungen oder teilten sie offen.</p>"
        ),
        "approach": (
            "<p>Das Ministerium veröffentlichte eine Strategie und eine Musterdatenrichtlinie, "
            "qualifizierte die städtischen Datenverantwortlichen in aufeinanderfolgenden "
            "Jahrgängen und bewertete die Städte jährlich.</p>"
        ),
        "results": (
            "<p>Einhundert Smart Cities benannten Datenverantwortliche, und Tausende Datensätze "
            "wurden veröffentlicht. Der Bewertungsrahmen dient dem gegenseitigen Lernen zwischen "
            "den Städten.</p>"
        ),
        "lessons_learned": (
            "<p>Eine namentlich benannte, für Daten verantwortliche Person veränderte das "
            "Verhalten stärker als jede Plattform. Die jährlichen Bewertungen hielten das Thema "
            "auf der Agenda der Bürgermeisterinnen und Bürgermeister.</p>"
        ),
        "partners": [
            "Indisches Ministerium für Wohnungswesen und Stadtentwicklung",
            "National Institute of Urban Affairs",
        ],
        "links": [
            ("Smart Cities Mission", "https://smartcities.gov.in/"),
        ],
        "figures": [
            ("100", "Städte mit Datenverantwortlichen"),
        ],
    },
    "surabaya-e-health": {
        "slug": "surabaya-e-health-gesundheitszentren",
        "title": "Online-Anmeldung und Überweisung in den Gesundheitszentren von Surabaya",
        "introduction": (
            "Patientinnen und Patienten in Surabaya buchen Termine in öffentlichen "
            "Gesundheitszentren online, und Überweisungen an Krankenhäuser werden digital "
            "übermittelt."
        ),
        "summary": (
            "Surabaya hat seine öffentlichen Gesundheitszentren und Krankenhäuser über ein "
            "E-Health-System für Anmeldung, Warteschlangen und Überweisungen vernetzt, das per "
            "App, über eine Website und an Terminals in jedem Zentrum zugänglich ist."
        ),
        "challenge": (
            "<p>Patientinnen und Patienten standen ab dem frühen Morgen an, um eine Wartenummer zu "
            "erhalten. Überweisungen gab es nur auf Papier, und die Krankenhäuser konnten sich "
            "nicht auf ankommende Patientinnen und Patienten einstellen.</p>"
        ),
        "approach": (
            "<p>Die Stadt führte die Online-Anmeldung mit Wartenummern ein, stellte Terminals für "
            "Menschen ohne Telefon auf und schuf ein gemeinsames Überweisungssystem für "
            "Gesundheitszentren und Krankenhäuser.</p>"
        ),
        "results": (
            "<p>Die Wartezeiten in den Gesundheitszentren sanken deutlich, und Überweisungen gehen "
            "nicht mehr verloren. Die Daten helfen bei der Planung von Personal und "
            "Öffnungszeiten.</p>"
        ),
        "lessons_learned": (
            "<p>Neben der App waren Terminals und Unterstützung durch das Personal notwendig. Die "
            "Krankenhäuser schlossen sich an, sobald sie sahen, dass Überweisungen vollständig "
            "ankamen.</p>"
        ),
        "partners": [
            "Stadtverwaltung Surabaya",
            "Gesundheitsamt Surabaya",
        ],
        "figures": [
            ("63", "angebundene Gesundheitszentren"),
        ],
    },
    "da-nang-shared-data-hub": {
        "slug": "da-nang-gemeinsame-datendrehscheibe",
        "title": "Eine gemeinsame Datendrehscheibe für die Fachbereiche von Da Nang",
        "introduction": (
            "Da Nang hat die Datenbanken seiner Fachbereiche und Bezirke verknüpft, sodass die "
            "Bürgerinnen und Bürger ihre Angaben nur noch einmal machen müssen."
        ),
        "summary": (
            "Die Stadt hat eine Plattform für den Datenaustausch mit gemeinsamen Regeln zu "
            "Datenverantwortung, Datenqualität und Zugriff aufgebaut. Online-Verwaltungsleistungen "
            "greifen darauf zurück, um Anträge vorauszufüllen."
        ),
        "challenge": (
            "<p>Die Bürgerinnen und Bürger mussten in jeder Dienststelle dieselben Angaben "
            "wiederholen. Die Fachbereiche führten widersprüchliche Datensätze zu Personen, "
            "Grundstücken und Unternehmen.</p>"
        ),
        "approach": (
            "<p>Die Stadt einigte sich auf einen gemeinsamen Datenkatalog und benannte für jeden "
            "Datensatz eine verantwortliche Stelle. Die Leistungen sind über "
            "Standardschnittstellen statt über direkte Datenbankverbindungen angebunden.</p>"
        ),
        "results": (
            "<p>Die meisten Verwaltungsverfahren lassen sich online abwickeln, und Anträge werden "
            "mit Daten vorausgefüllt, die der Stadt bereits vorliegen.</p>"
        ),
        "lessons_learned": (
            "<p>Die Benennung einer verantwortlichen Stelle für jeden Datensatz löste die meisten "
            "Qualitätsprobleme. Standardschnittstellen erleichterten es, später weitere Leistungen "
            "hinzuzufügen.</p>"
        ),
        "partners": [
            "Amt für Information und Kommunikation, Da Nang",
        ],
        "figures": [
            ("90 %", "der Verfahren online verfügbar"),
        ],
    },
    "ulm-open-sensor-network": {
        "slug": "ulm-offenes-sensornetz",
        "title": "Ein LoRaWAN-Sensornetz, betrieben von Stadt und Ehrenamtlichen",
        "introduction": (
            "Die Ulmer Stadtverwaltung und ein Civic-Tech-Labor betreiben ein offenes Funknetz für "
            "Sensoren, das von Schulen, Versorgungsunternehmen sowie Bürgerinnen und Bürgern "
            "genutzt wird."
        ),
        "summary": (
            "Ein energiesparendes Funknetz deckt das Stadtgebiet ab und überträgt Daten von "
            "Sensoren für Temperatur, Bodenfeuchte, Parkplatzbelegung und Wasserstände. "
            "Ehrenamtliche und Stadt teilen sich den Betrieb, und sämtliche Software und "
            "Anleitungen sind offen verfügbar."
        ),
        "challenge": (
            "<p>Kommerzielle Sensornetze hätten die Stadt an einen einzigen Anbieter gebunden. "
            "Bürgerinnen und Bürger sowie Schulen hatten Ideen, ihre Umwelt zu vermessen, aber "
            "keine Infrastruktur dafür.</p>"
        ),
        "approach": (
            "<p>Die Stadt installierte Gateways auf öffentlichen Gebäuden, während das "
            "Civic-Tech-Labor Workshops anbot, in denen Bürgerinnen und Bürger ihre eigenen "
            "Sensoren bauten. Die Daten fließen in das Open-Data-Portal der Stadt.</p>"
        ),
        "results": (
            "<p>Das Netz deckt das gesamte Stadtgebiet ab. Die Bewässerung der Stadtbäume richtet "
            "sich heute nach Bodenfeuchtesensoren, und Schulen nutzen die Daten im Unterricht.</p>"
        ),
        "lessons_learned": (
            "<p>Die Zusammenarbeit mit Ehrenamtlichen erfordert klare Vereinbarungen über "
            "Verantwortung und Unterstützung. Offene Standards ermöglichten es Nachbarkommunen, "
            "sich anzuschließen.</p>"
        ),
        "partners": [
            "Stadt Ulm",
            "Civic-Tech-Labor Verschwörhaus",
            "Stadtwerke Ulm/Neu-Ulm",
        ],
        "links": [
            ("Smart City Dialog", "https://www.smart-city-dialog.de/"),
        ],
        "figures": [
            ("40", "Gateways"),
            ("900", "angebundene Sensoren"),
        ],
    },
    "hamburg-urban-data-platform": {
        "slug": "urban-data-platform-hamburg",
        "title": "Urban Data Platform Hamburg",
        "introduction": (
            "Hamburg führt Geodaten, Sensordaten und Statistiken aller Behörden auf einer "
            "Plattform mit offenen Schnittstellen und Open-Source-Komponenten zusammen."
        ),
        "summary": (
            "Die Urban Data Platform stellt Tausende Datensätze über Standardschnittstellen "
            "bereit. Ihre quelloffene Webkarte, das Masterportal, wird von Dutzenden deutschen "
            "Kommunen und Ländern nachgenutzt."
        ),
        "challenge": (
            "<p>Die Daten waren über viele Behörden mit jeweils eigenen Systemen verteilt. "
            "Projekte bauten immer wieder einmalige Datenanbindungen auf.</p>"
        ),
        "approach": (
            "<p>Die Stadt errichtete eine Plattform auf Grundlage offener Standards und "
            "Open-Source-Software und veröffentlichte die Komponenten. Die Behörden binden ihre "
            "Daten einmal an und nutzen sie anwendungsübergreifend.</p>"
        ),
        "results": (
            "<p>Hunderte Anwendungen greifen auf die Plattform zu, von der Planung über den "
            "Verkehr bis zur Beteiligung. Eine Gemeinschaft von Städten entwickelt das "
            "Masterportal gemeinsam weiter.</p>"
        ),
        "lessons_learned": (
            "<p>Open Source ließ eine Gemeinschaft entstehen, die sich die Entwicklungskosten "
            "teilt. Standards waren wichtiger als jedes einzelne Produkt.</p>"
        ),
        "partners": [
            "Landesbetrieb Geoinformation und Vermessung, Hamburg",
            "HafenCity Universität Hamburg",
        ],
        "links": [
            ("Urban Data Platform Hamburg", "https://www.urbandataplatform.hamburg/"),
        ],
        "figures": [
            ("5.000+", "Datensätze"),
            ("60+", "öffentliche Stellen nutzen das Masterportal"),
        ],
    },
    "hamburg-dipas-digital-participation": {
        "slug": "hamburg-dipas-digitale-beteiligung",
        "title": "DIPAS: Planen am digitalen Datentisch",
        "introduction": (
            "Hamburgs digitales Beteiligungssystem verbindet Online-Beiträge mit Workshops an "
            "Datentischen, an denen Bürgerinnen und Bürger Planungen auf interaktiven Karten "
            "erkunden."
        ),
        "summary": (
            "DIPAS bringt Pläne, 3D-Modelle und Daten auf die Datentische in Stadtteilworkshops "
            "und auf die Bildschirme der Bürgerinnen und Bürger zu Hause. Alle Beiträge werden auf "
            "der Karte verortet und gemeinsam ausgewertet."
        ),
        "challenge": (
            "<p>Online- und Präsenzbeteiligung führten zu getrennten Ergebnissen, die sich nur "
            "schwer vergleichen ließen. Planungsunterlagen waren für Bürgerinnen und Bürger schwer "
            "verständlich.</p>"
        ),
        "approach": (
            "<p>Die Stadt entwickelte ein gemeinsames System für beide Formate, das Daten der "
            "Urban Data Platform nutzt. Planerinnen und Planer wurden darin geschult, Sitzungen am "
            "Datentisch zu moderieren.</p>"
        ),
        "results": (
            "<p>DIPAS wird in den meisten formellen Planverfahren in Hamburg eingesetzt und von "
            "anderen Städten übernommen.</p>"
        ),
        "lessons_learned": (
            "<p>Karten und 3D-Modelle machen Planungen diskutierbar. Entscheidend bleibt die "
            "Kompetenz in der Moderation.</p>"
        ),
        "partners": [
            "Behörde für Stadtentwicklung und Wohnen, Hamburg",
            "CityScienceLab HCU",
        ],
    },
    "leipzig-connected-urban-twins": {
        "slug": "leipzig-digitale-zwillinge-gruene-infrastruktur",
        "title": "Digitale Zwillinge für grüne Infrastruktur in Leipzig",
        "introduction": (
            "Leipzig entwickelt seinen urbanen digitalen Zwilling gemeinsam mit Hamburg und "
            "München – beginnend mit Bäumen, Hitze und Regenwasser."
        ),
        "summary": (
            "Im Rahmen eines gemeinsamen Modellprojekts baut Leipzig Komponenten eines digitalen "
            "Zwillings auf, die Hitze und Regenwasser in den wachsenden Stadtteilen simulieren. "
            "Der Code wird gemeinsam entwickelt und geteilt."
        ),
        "challenge": (
            "<p>Leipzig wächst schnell, und Hitze und Starkregen setzen Stadtteile mit wenig Grün "
            "unter Druck.</p>"
        ),
        "approach": (
            "<p>Die Stadt verknüpft ihr Baumkataster, 3D-Gebäudemodelle und Wetterdaten in "
            "Simulationen, die von der Stadtplanung und in vereinfachter Form auch von Bürgerinnen "
            "und Bürgern genutzt werden.</p>"
        ),
        "results": (
            "<p>Im Stadtplanungsamt ist ein Szenario-Werkzeug für Baumpflanzungen im Einsatz. "
            "Weitere Module für Regenwasser sind in Entwicklung.</p>"
        ),
        "lessons_learned": (
            "<p>Die Entwicklung mit Partnerstädten verteilt die Kosten, erfordert aber eine starke "
            "Koordination. Planerinnen und Planer müssen an der Definition jedes Anwendungsfalls "
            "beteiligt werden.</p>"
        ),
        "partners": [
            "Stadt Leipzig",
            "Freie und Hansestadt Hamburg",
            "Landeshauptstadt München",
        ],
        "figures": [
            ("3", "Partnerstädte"),
            ("290.000", "Bäume im Kataster"),
        ],
    },
    "darmstadt-open-traffic-data": {
        "slug": "darmstadt-offene-verkehrsdaten",
        "title": "Offene Verkehrsdaten von jeder Ampel in Darmstadt",
        "introduction": (
            "Darmstadt veröffentlicht Echtzeitdaten seiner Lichtsignalanlagen und Sensoren, die "
            "zur Optimierung der Ampelschaltungen dienen und von Forschenden sowie Entwicklerinnen "
            "und Entwicklern genutzt werden."
        ),
        "summary": (
            "Als Digitalstadt Deutschlands stattete Darmstadt seine Ampeln mit Detektoren aus und "
            "veröffentlichte die Daten offen. Die Signalsteuerung passt sich heute dem Verkehr an "
            "und bevorrechtigt Busse und Radfahrende."
        ),
        "challenge": (
            "<p>Die Ampelschaltungen beruhten auf alten Verkehrszählungen. Es gab keinen "
            "Echtzeit-Überblick über die Verkehrsströme im gesamten Stadtgebiet.</p>"
        ),
        "approach": (
            "<p>Die Stadt schloss ihre Lichtsignalanlagen an eine zentrale Plattform an und "
            "veröffentlichte die Daten als Open Data. Forschende der örtlichen Universität "
            "entwickelten Optimierungsalgorithmen.</p>"
        ),
        "results": (
            "<p>Busse passieren wichtige Knotenpunkte schneller, und die Daten werden in "
            "Forschungsprojekten und Apps genutzt.</p>"
        ),
        "lessons_learned": (
            "<p>Offene Daten gewannen Forschungspartner, ohne dass der Stadt Kosten entstanden. "
            "Dem Datenschutz wurde Rechnung getragen, indem nur aggregierte Zählwerte "
            "veröffentlicht werden.</p>"
        ),
        "partners": [
            "Digitalstadt Darmstadt GmbH",
            "Technische Universität Darmstadt",
        ],
        "figures": [
            ("250", "angebundene Lichtsignalanlagen"),
        ],
    },
    "germany-smart-cities-model-projects": {
        "slug": "modellprojekte-smart-cities",
        "title": "Modellprojekte Smart Cities: Kommunen erproben und teilen",
        "introduction": (
            "Das Bundesprogramm fördert 73 Kommunen dabei, Smart-City-Strategien zu entwickeln und "
            "Open-Source-Lösungen zu teilen."
        ),
        "summary": (
            "Das Bundesbauministerium unterstützt Städte, Kreise und Regionen jeder Größe dabei, "
            "gemeinwohlorientierte Smart-City-Strategien zu entwickeln und umzusetzen. Die "
            "Ergebnisse müssen übertragbar sein, Software wird als Open Source veröffentlicht."
        ),
        "challenge": (
            "<p>Kommunen entwickelten ähnliche Lösungen parallel. Kleinstädten und ländlichen "
            "Kreisen fehlten die Mittel zum Experimentieren.</p>"
        ),
        "approach": (
            "<p>Das Programm fördert Strategie- und Umsetzungsphasen, eine Koordinierungs- und "
            "Transferstelle sowie den Wissensaustausch zwischen den Projekten. Die "
            "Veröffentlichung als Open Source ist Fördervoraussetzung.</p>"
        ),
        "results": (
            "<p>Dreiundsiebzig Modellprojekte entwickeln Strategien und Lösungen, von denen viele "
            "bereits von anderen Kommunen nachgenutzt werden.</p>"
        ),
        "lessons_learned": (
            "<p>Transfer muss geplant und finanziert werden, er stellt sich nicht von selbst ein. "
            "Erst die Open-Source-Vorgabe machte die Nachnutzung möglich.</p>"
        ),
        "partners": [
            "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
            "KfW",
            "Koordinierungs- und Transferstelle Modellprojekte Smart Cities",
        ],
        "links": [
            ("Smart City Dialog", "https://www.smart-city-dialog.de/"),
        ],
        "figures": [
            ("73", "Modellprojekte"),
            ("820 Mio. €", "Bundesmittel"),
        ],
    },
    "barcelona-decidim": {
        "slug": "barcelona-decidim-beteiligungsplattform",
        "title": "Decidim: eine Beteiligungsplattform als Gemeingut",
        "introduction": (
            "Barcelona hat Decidim für seinen Strategieplan entwickelt und als freie Software "
            "veröffentlicht, die heute von Städten und Organisationen weltweit genutzt wird."
        ),
        "summary": (
            "Decidim unterstützt Vorschläge, Debatten, Bürgerhaushalte, Versammlungen und "
            "Rechenschaftslegung. Die Community, deren Zusammenarbeit ein gemeinsamer „Social "
            "Contract“ regelt, entwickelt die Software gemeinsam weiter."
        ),
        "challenge": (
            "<p>Proprietäre Beteiligungswerkzeuge ließen der Stadt wenig Kontrolle über Daten und "
            "Funktionen, und jeder neue Prozess erforderte ein neues Werkzeug.</p>"
        ),
        "approach": (
            "<p>Die Stadt entwickelte offen eine modulare Plattform, gemeinsam mit Bürgerinnen und "
            "Bürgern sowie Entwicklerinnen und Entwicklern, und übertrug die Steuerung an einen "
            "unabhängigen Verein.</p>"
        ),
        "results": (
            "<p>Decidim wird von Hunderten öffentlichen Einrichtungen genutzt. In Barcelona "
            "unterstützte es den kommunalen Aktionsplan und die Bürgerhaushalte.</p>"
        ),
        "lessons_learned": (
            "<p>Die unabhängige Steuerung bewog andere Städte, die Software zu übernehmen. "
            "Funktionen zur Rechenschaftslegung sichern die Glaubwürdigkeit der Beteiligung.</p>"
        ),
        "partners": [
            "Stadtverwaltung Barcelona",
            "Verein Decidim (Associació Decidim)",
        ],
        "links": [
            ("Decidim", "https://decidim.org/"),
        ],
        "figures": [
            ("400+", "Organisationen nutzen Decidim"),
        ],
    },
    "lviv-resilient-digital-services": {
        "slug": "lwiw-digitale-dienste-in-kriegszeiten",
        "title": "Städtische Dienste in Kriegszeiten online halten",
        "introduction": (
            "Lwiw hat kritische Systeme in die Cloud verlagert, seine Register im Ausland "
            "gesichert und die Dienste auch bei Stromausfällen aufrechterhalten."
        ),
        "summary": (
            "Innerhalb weniger Wochen im Jahr 2022 sicherte Lwiw seine Daten und Systeme und "
            "passte seine Dienste für Hunderttausende Binnenvertriebene an, die in der Stadt "
            "ankamen."
        ),
        "challenge": (
            "<p>Server in städtischen Gebäuden waren anfällig für Angriffe und Stromausfälle, "
            "während die Nachfrage nach Leistungen mit der Ankunft der Binnenvertriebenen stark "
            "stieg.</p>"
        ),
        "approach": (
            "<p>Die Stadt migrierte kritische Systeme in eine Cloud-Infrastruktur, richtete eine "
            "Notstromversorgung für die Servicezentren ein und entwickelte neue digitale Dienste "
            "für Registrierung und Hilfeleistungen.</p>"
        ),
        "results": (
            "<p>Die Dienste blieben während der Stromausfälle verfügbar, und neue Dienste "
            "unterstützten die Registrierung der Binnenvertriebenen.</p>"
        ),
        "lessons_learned": (
            "<p>Wer Datensicherungen und Cloud-Verträge schon vor einer Krise vorbereitet, gewinnt "
            "entscheidende Wochen. Schnell entwickelte einfache Dienste können wichtiger sein als "
            "perfekte.</p>"
        ),
        "partners": [
            "Stadtrat Lwiw",
            "Ministerium für digitale Transformation der Ukraine",
        ],
    },
    "cape-town-informal-settlement-enumeration": {
        "slug": "kapstadt-informelle-siedlungen-erfassen",
        "title": (
            "Informelle Siedlungen gemeinsam mit ihren Bewohnerinnen und Bewohnern zählen und "
            "kartieren"
        ),
        "introduction": (
            "Bewohnerinnen und Bewohner informeller Siedlungen in Kapstadt erheben die Daten, mit "
            "denen Versorgung und Aufwertung geplant werden, und behalten eine Kopie für sich."
        ),
        "summary": (
            "Teams aus den Siedlungen, geschult von Föderationen der Bewohnerinnen und Bewohner, "
            "zählen Haushalte, kartieren Gebäude und erfassen Bedarfe mit Tablets. Die Stadt nutzt "
            "die Daten zur Planung von Wasserversorgung, Sanitäranlagen und Strom, die "
            "Gemeinschaften nutzen sie in Verhandlungen."
        ),
        "challenge": (
            "<p>Amtliche Daten zu informellen Siedlungen waren veraltet oder fehlten ganz. Die "
            "Bewohnerinnen und Bewohner misstrauten Erhebungen durch Außenstehende.</p>"
        ),
        "approach": (
            "<p>Die Stadt finanzierte Erhebungen unter der Leitung von "
            "Gemeinschaftsorganisationen. Die Datenhoheit ist geteilt, und die Ergebnisse werden "
            "vor ihrer Nutzung in Versammlungen der Gemeinschaften validiert.</p>"
        ),
        "results": (
            "<p>Dutzende Siedlungen wurden erfasst. Die Versorgungsplanung stützt sich heute auf "
            "aktuelle Daten, und die Gemeinschaften haben bei der Aufwertung mehr Mitsprache.</p>"
        ),
        "lessons_learned": (
            "<p>Eine von den Gemeinschaften selbst geleitete Datenerhebung ist langsamer, aber "
            "genauer und genießt mehr Vertrauen. Vereinbarungen über die Datenhoheit müssen vor "
            "dem ersten Interview getroffen werden.</p>"
        ),
        "partners": [
            "Stadt Kapstadt",
            "South African SDI Alliance",
            "Informal Settlement Network",
        ],
        "figures": [
            ("50+", "erfasste Siedlungen"),
            ("100 %", "der Daten von den Bewohnerinnen und Bewohnern validiert"),
        ],
    },
    "cape-town-load-shedding-open-data": {
        "slug": "kapstadt-abschaltplaene-offene-daten",
        "title": "Pläne für Stromabschaltungen und Solareinspeisung als offene Daten",
        "introduction": (
            "Kapstadt veröffentlicht seine Abschaltpläne in maschinenlesbarer Form sowie Daten zu "
            "Solaranlagen auf Dächern, damit Bürgerinnen und Bürger und Apps Stromausfälle "
            "einplanen können."
        ),
        "summary": (
            "In den Jahren der landesweiten Stromknappheit veröffentlichte die Stadt die Pläne für "
            "geplante Stromabschaltungen (Load-Shedding) und Gebietskarten als offene Daten. "
            "Verbreitete Apps übernahmen sie innerhalb weniger Tage."
        ),
        "challenge": (
            "<p>Bevölkerung und Unternehmen konnten nur schwer herausfinden, wann in ihrem Gebiet "
            "der Strom abgeschaltet würde. Die Pläne wurden als Bilder veröffentlicht und änderten "
            "sich häufig.</p>"
        ),
        "approach": (
            "<p>Das Open-Data-Team der Stadt veröffentlichte Abschaltpläne und Gebietsgrenzen in "
            "offenen Formaten und aktualisierte sie bei jedem Wechsel der Abschaltstufe.</p>"
        ),
        "results": (
            "<p>Millionen Menschen erhalten über Apps von Drittanbietern Benachrichtigungen zu "
            "Abschaltungen. Die Solardaten unterstützten das Programm der Stadt, Strom von "
            "Privathaushalten anzukaufen.</p>"
        ),
        "lessons_learned": (
            "<p>Offen veröffentlichte Daten erreichten mehr Menschen als die eigenen Kanäle der "
            "Stadt. Zeitnahe Aktualisierungen sind wichtiger als perfekte Formate.</p>"
        ),
        "partners": [
            "Energiedirektion der Stadt Kapstadt",
            "Open-Data-Community",
        ],
        "links": [
            ("Offene Daten der Stadt Kapstadt", "https://odp.capetown.gov.za/"),
        ],
    },
    "nairobi-county-e-payments": {
        "slug": "nairobi-mobile-bezahlplattform",
        "title": "Kommunale Leistungen in Nairobi über eine mobile Bezahlplattform",
        "introduction": (
            "Bürgerinnen und Bürger sowie Unternehmen in Nairobi bezahlen Parkgebühren, "
            "Genehmigungen und Grundabgaben per Mobile Money und erhalten Quittungen, die sich "
            "online prüfen lassen."
        ),
        "summary": (
            "Das County hat die Zahlungswege für seine Leistungen auf einer Plattform gebündelt, "
            "die mit Mobile Money verknüpft ist. Barzahlungen in den Dienststellen des Countys "
            "wurden schrittweise abgeschafft."
        ),
        "challenge": (
            "<p>Barzahlungen waren langsam, und zwischen der Einnahme und der Verbuchung auf den "
            "Konten des Countys gingen Einnahmen verloren.</p>"
        ),
        "approach": (
            "<p>Das County erfasste sämtliche Einnahmequellen, verknüpfte sie mit Mobile Money und "
            "führte überprüfbare elektronische Quittungen ein.</p>"
        ),
        "results": (
            "<p>Die Erhebung der Einnahmen wurde transparenter, und niemand muss mehr zum Bezahlen "
            "Schlange stehen.</p>"
        ),
        "lessons_learned": (
            "<p>Weil die Lösung auf bestehenden Zahlungsgewohnheiten der Bevölkerung aufbaute, "
            "setzte sie sich schnell durch. Überprüfbare Quittungen verringerten Streitfälle.</p>"
        ),
        "partners": [
            "Nairobi City County",
        ],
        "figures": [
            ("30+", "Leistungen per Mobile Money bezahlbar"),
        ],
    },
    "nairobi-matatu-transit-data": {
        "slug": "nairobi-matatu-offene-verkehrsdaten",
        "title": "Die Matatu-Karte aktuell halten: offene Daten für den informellen Nahverkehr",
        "introduction": (
            "Aufbauend auf der Karte „Digital Matatus“ von 2014 erprobt Nairobi, wie sich "
            "Matatu-Linien mit offenen Werkzeugen und gemeinsam mit den Betreibern selbst aktuell "
            "halten lassen."
        ),
        "summary": (
            "Matatu-Kleinbusse befördern den Großteil der Fahrgäste im öffentlichen Nahverkehr "
            "Nairobis. Die Linien ändern sich häufig. Das Pilotprojekt stattet Linienverbände mit "
            "einfachen Werkzeugen aus, um Änderungen zu melden, die anschließend im GTFS-Format "
            "veröffentlicht werden."
        ),
        "challenge": (
            "<p>Die erste Karte des Matatu-Netzes war schnell veraltet. Für die Planung neuer "
            "Schnellbuslinien wurden aktuelle Daten zu den informellen Linien benötigt.</p>"
        ),
        "approach": (
            "<p>Das County und eine Universität arbeiten mit Linienverbänden zusammen, die "
            "Änderungen per Smartphone-App melden. Die Daten werden validiert und offen "
            "veröffentlicht.</p>"
        ),
        "results": (
            "<p>Die Linien in zwei Korridoren werden von den Betreibern gepflegt, und der Ansatz "
            "ist als Transferpaket dokumentiert.</p>"
        ),
        "lessons_learned": (
            "<p>Betreiber teilen Daten, wenn es ihnen hilft, Fahrgäste zu gewinnen. Offene "
            "Standards ermöglichten es anderen afrikanischen Städten, die Werkzeuge "
            "nachzunutzen.</p>"
        ),
        "partners": [
            "Nairobi City County",
            "Universität Nairobi",
            "Matatu-Linienverbände",
        ],
        "links": [
            ("Digital Matatus", "https://www.digitalmatatus.com/"),
        ],
    },
    "accra-community-health-workers": {
        "slug": "accra-digitale-werkzeuge-gesundheitshelfer",
        "title": (
            "Digitale Werkzeuge für Gesundheitshelferinnen und -helfer in der Innenstadt von Accra"
        ),
        "introduction": (
            "Accra plant, kommunalen Gesundheitshelferinnen und -helfern eine einfache App zur "
            "Verfügung zu stellen, mit der sie Hausbesuche erfassen und Menschen an "
            "Gesundheitseinrichtungen überweisen können."
        ),
        "summary": (
            "In den dicht besiedelten Innenstadtvierteln sind kommunale Gesundheitshelferinnen und "
            "-helfer für viele Menschen die erste Anlaufstelle. Ein digitales Werkzeug würde die "
            "Papierregister ersetzen und Hausbesuche mit den Unterlagen der "
            "Gesundheitseinrichtungen verknüpfen."
        ),
        "challenge": (
            "<p>Mit Papierregistern ist es schwierig, Patientinnen und Patienten weiter zu "
            "betreuen oder Gesundheitstrends in einem Viertel zu erkennen.</p>"
        ),
        "approach": (
            "<p>Die Stadtverwaltung will auf dem Gesundheitsinformationssystem aufbauen, das der "
            "ghanaische Gesundheitsdienst bereits nutzt, und eine mobile App einsetzen, die auch "
            "offline funktioniert.</p>"
        ),
        "results": (
            "<p>Gemeinsam mit Gesundheitshelferinnen und -helfern in zwei Vierteln wurde der "
            "Bedarf ermittelt. Ein Vorschlag für ein Pilotprojekt wird derzeit mit Partnern "
            "erörtert.</p>"
        ),
        "lessons_learned": (
            "<p>Der Austausch mit Trujillo und Surabaya im Netzwerk hat die Idee geprägt: bei dem "
            "ansetzen, was Gesundheitshelferinnen und -helfer brauchen, nicht beim Gerät.</p>"
        ),
        "partners": [
            "Accra Metropolitan Assembly",
            "Ghana Health Service",
        ],
    },
}
