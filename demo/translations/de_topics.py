"""German translations of the demo topics, keyed by English slug."""

TOPICS = {
    "data-governance": {
        "slug": "daten-governance",
        "title": "Daten-Governance",
        "introduction": (
            "Wer darf städtische Daten erheben, nutzen und teilen – und zu wessen Nutzen? Regeln, "
            "Rollen und Institutionen, die Daten in den Dienst des Gemeinwohls stellen."
        ),
        "text": (
            "<p>Städte erheben mehr Daten als je zuvor: über Sensoren, Serviceanfragen, "
            "Genehmigungsverfahren und private Plattformen. Die Daten-Governance entscheidet "
            "darüber, ob diese Daten dem öffentlichen Nutzen dienen oder private Abhängigkeiten "
            "verfestigen. Die Mitglieder des Netzwerks vergleichen Datenstrategien, die Rolle "
            "von Datenverantwortlichen in der Verwaltung, Klauseln zur Datenteilung in "
            "Vergabeverfahren und den Schutz personenbezogener Daten.</p>"
        ),
        "questions": [
            "Welche Daten sollte eine Stadt selbst besitzen, und bei welchen genügt ihr der "
            "Zugriff?",
            "Wie bewähren sich Klauseln zur Datenteilung in Verträgen mit privaten Anbietern in "
            "der Praxis?",
            "Wo ist die Rolle städtischer Datenverantwortlicher in der Verwaltung angesiedelt?",
        ],
    },
    "open-source-public-sector": {
        "slug": "open-source-oeffentlicher-sektor",
        "title": "Open Source im öffentlichen Sektor",
        "introduction": (
            "Öffentliches Geld, öffentlicher Code: wie Verwaltungen Open-Source-Software "
            "entwickeln, beschaffen und teilen, damit Lösungen von einer Stadt zur nächsten "
            "weitergegeben werden können."
        ),
        "text": (
            "<p>Software, die mit öffentlichen Mitteln entwickelt wurde, können andere Städte mit "
            "geringem Aufwand nachnutzen, wenn sie unter einer offenen Lizenz veröffentlicht ist. "
            "Die Mitglieder des Netzwerks tauschen Erfahrungen mit Open-Source-Strategien, "
            "Lizenzierung und Vergaberegeln aus – und mit den Communitys, die ein Projekt auch "
            "nach dem Ende der ersten Förderung lebendig halten.</p>"
        ),
        "questions": [
            "Wie lassen Vergaberegeln Open-Source-Lösungen zu oder fördern sie gezielt?",
            "Wer pflegt gemeinsam genutzte Software, wenn ein Projekt abgeschlossen ist?",
            "Welche Lizenz eignet sich für eine Lösung, die andere Städte nachnutzen sollen?",
        ],
    },
    "digital-participation": {
        "slug": "digitale-buergerbeteiligung",
        "title": "Digitale Bürgerbeteiligung",
        "introduction": (
            "Bürgerhaushalte, Online-Konsultationen und Ko-Kreation: digitale Werkzeuge, die den "
            "Einwohnerinnen und Einwohnern echte Mitsprache bei der Entwicklung ihrer Stadt geben."
        ),
        "text": (
            "<p>Digitale Bürgerbeteiligung wirkt, wenn sie an echte Entscheidungen geknüpft ist "
            "und mit Treffen im Quartier verbunden wird. Die Mitglieder teilen Plattformen, "
            "Methoden, um Menschen zu erreichen, die sich selten beteiligen, und Wege, "
            "nachvollziehbar darzulegen, was aus jedem einzelnen Vorschlag geworden ist.</p>"
        ),
        "questions": [
            "Wie können Online- und Präsenzbeteiligung in eine gemeinsame Entscheidung einfließen?",
            "Welche Gruppen erreichen digitale Formate nicht, und wie können Städte diese Menschen "
            "ansprechen?",
            "Wie zeigt eine Stadt ihren Einwohnerinnen und Einwohnern, was aus ihren Vorschlägen "
            "geworden ist?",
        ],
    },
    "digital-inclusion": {
        "slug": "digitale-teilhabe",
        "title": "Digitale Teilhabe",
        "introduction": (
            "Netzzugang, Endgeräte und Kompetenzen für alle, damit digitale öffentliche Leistungen "
            "ältere Menschen, Haushalte mit geringem Einkommen und ländlich geprägte Stadtgebiete "
            "nicht abhängen."
        ),
        "text": (
            "<p>Mit jedem digitalen Angebot, das eine Stadt einführt, wird es nachteiliger, "
            "offline zu sein. Die Mitglieder des Netzwerks tauschen Ansätze zu öffentlichem WLAN, "
            "zu Lernorten für digitale Kompetenzen in Bibliotheken und Stadtteilzentren, zu "
            "betreuten Servicepunkten und zu barrierefreier Gestaltung aus.</p>"
        ),
        "questions": [
            "Welche analogen oder betreuten Zugangswege sollten für jeden digitalen Dienst "
            "erhalten bleiben?",
            "Wie können Städte digitale Ausgrenzung auf Quartiersebene messen?",
            "Was trägt dazu bei, dass Angebote zur Vermittlung digitaler Kompetenzen die Menschen "
            "erreichen, die sie am dringendsten brauchen?",
        ],
    },
    "open-urban-data-platforms": {
        "slug": "offene-urbane-datenplattformen",
        "title": "Offene urbane Datenplattformen",
        "introduction": (
            "Plattformen, die Geodaten, Sensordaten und Statistiken zusammenführen, der "
            "Öffentlichkeit zugänglich machen und mit den eigenen Anwendungen der Stadt verknüpfen."
        ),
        "text": (
            "<p>Eine urbane Datenplattform führt Daten aus vielen Fachbereichen und Quellen an "
            "einem Ort zusammen – mit offenen Schnittstellen und offenen Standards. Die Mitglieder "
            "vergleichen Architekturen, Open-Source-Komponenten, Datenkataloge und die "
            "organisatorische Arbeit, die eine Plattform über die Technik hinaus erfordert.</p>"
        ),
        "questions": [
            "Welche offenen Standards sichern die Interoperabilität einer Plattform und verhindern "
            "die Abhängigkeit von einzelnen Anbietern?",
            "Wie wird aus einem Pilotprojekt ein Dienst, auf den sich die Verwaltung verlassen "
            "kann?",
            "Welche Datensätze sind bei Einwohnerinnen und Einwohnern, Wirtschaft und Forschung am "
            "stärksten gefragt?",
        ],
    },
    "e-government-services": {
        "slug": "digitale-verwaltungsleistungen",
        "title": "Digitale Verwaltungsleistungen",
        "introduction": (
            "Genehmigungen, Zahlungen, Anmeldungen und Beschwerden online: öffentliche Leistungen, "
            "die sich an den Bedürfnissen der Menschen ausrichten und im Hintergrund miteinander "
            "vernetzt sind."
        ),
        "text": (
            "<p>Ein Formular online bereitzustellen, ist der einfache Teil. Die Mitglieder "
            "tauschen Erfahrungen mit der Neugestaltung von Verwaltungsabläufen, mit digitaler "
            "Identität und mit der Interoperabilität zwischen den staatlichen Ebenen aus – und "
            "damit, wie Dienste auch auf einfachen Mobiltelefonen nutzbar bleiben.</p>"
        ),
        "questions": [
            "Welche Leistungen sollte eine Stadt zuerst digitalisieren, und wie trifft sie diese "
            "Entscheidung?",
            "Wie verbinden Städte kommunale Leistungen mit nationalen Registern?",
            "Wie bleiben Dienste bei Strom- oder Netzausfällen verfügbar?",
        ],
    },
    "digital-twins": {
        "slug": "digitale-zwillinge",
        "title": "Digitale Zwillinge",
        "introduction": (
            "Dreidimensionale, datenreiche Modelle der Stadt für Planung, Klimaanpassung und "
            "Beteiligung – von einfachen 3D-Modellen bis zu Simulationen."
        ),
        "text": (
            "<p>Digitale Zwillinge helfen Städten, Entscheidungen zu erproben, bevor gebaut wird: "
            "Hochwasserszenarien, Hitze, Verkehr oder neue Gebäude in ihrem Umfeld. Die Mitglieder "
            "teilen ihre Erfahrungen dazu, was ein digitaler Zwilling leisten muss, um nützlich zu "
            "sein, was es kostet, ihn aktuell zu halten, und wie auch die Einwohnerinnen und "
            "Einwohner ihn nutzen können.</p>"
        ),
        "questions": [
            "Welche Planungsfragen rechtfertigen den Aufbau und Betrieb eines digitalen Zwillings?",
            "Wie können kleinere Städte mit begrenzten Mitteln und offenen Daten einsteigen?",
            "Wie können digitale Zwillinge Beteiligung unterstützen, statt sie zu ersetzen?",
        ],
    },
    "capacity-building": {
        "slug": "kompetenzaufbau",
        "title": "Kompetenzaufbau",
        "introduction": (
            "Kompetenzen, Strukturen und Partnerschaften in der Verwaltung: Beschäftigte "
            "qualifizieren, mit Hochschulen zusammenarbeiten und von Partnerstädten lernen."
        ),
        "text": (
            "<p>Die digitale Transformation hängt von Menschen in der Verwaltung ab, die digitale "
            "Lösungen beauftragen, bewerten und betreiben können. Die Mitglieder tauschen "
            "Fortbildungscurricula, Wege zur Gewinnung digitaler Fachkräfte für den öffentlichen "
            "Dienst und Formate des gegenseitigen Lernens zwischen Städten und Ministerien aus.</p>"
        ),
        "questions": [
            "Welche digitalen Kompetenzen braucht jeder Fachbereich, und welche lassen sich "
            "gemeinsam nutzen?",
            "Wie können Städte mit Hochschulen und Start-ups auf Augenhöhe zusammenarbeiten?",
            "Was trägt dazu bei, dass das Lernen von anderen Städten auch zu Hause Veränderungen "
            "bewirkt?",
        ],
    },
    "smart-mobility": {
        "slug": "smarte-mobilitaet",
        "title": "Smarte Mobilität",
        "introduction": (
            "Daten des öffentlichen Verkehrs, integrierte Ticketsysteme, Elektrobusse und "
            "informelle Verkehrsangebote: digitale Werkzeuge für eine bezahlbare, sichere und "
            "emissionsarme Mobilität."
        ),
        "text": (
            "<p>Bei der Mobilität erleben die Einwohnerinnen und Einwohner Smart-City-Projekte "
            "jeden Tag. Die Mitglieder vergleichen offene Fahrplandaten, Fahrgastinformation in "
            "Echtzeit, Daten zum informellen Verkehr und das Lademanagement elektrischer "
            "Flotten.</p>"
        ),
        "questions": [
            "Wie können Städte informelle Verkehrsangebote kartieren und in ihre Planung "
            "einbeziehen?",
            "Welche Mobilitätsdaten sollten private Betreiber mit der Stadt teilen?",
            "Wie machen digitale Werkzeuge den öffentlichen Verkehr attraktiver als das Auto?",
        ],
    },
    "climate-and-energy": {
        "slug": "klima-und-energie",
        "title": "Klima und Energie",
        "introduction": (
            "Frühwarnung, Hitze- und Luftqualitätsmonitoring sowie Energiedaten: digitale "
            "Werkzeuge für Klimaanpassung und Energiewende in den Städten."
        ),
        "text": (
            "<p>Städte sind von Hochwasser, Hitzewellen und Energieengpässen als Erste betroffen. "
            "Die Mitglieder teilen Frühwarnsysteme, gemeinsam mit der Bevölkerung betriebene "
            "Sensornetze und Daten, mit denen sich Investitionen in Effizienz und erneuerbare "
            "Energien gezielt steuern lassen.</p>"
        ),
        "questions": [
            "Wie erreichen Frühwarnungen die Menschen, die am stärksten gefährdet sind?",
            "Welche kostengünstigen Sensoren liefern Daten, die als Entscheidungsgrundlage "
            "ausreichen?",
            "Wie können Energiedaten Sanierungs- und Solarprogramme lenken?",
        ],
    },
    "smart-housing": {
        "slug": "digitales-wohnungswesen",
        "title": "Digitales Wohnungswesen",
        "introduction": (
            "Daten für angemessenen und bezahlbaren Wohnraum: Kartierung informeller Siedlungen, "
            "schnellere Genehmigungen und Planungswerkzeuge für die Sanierung."
        ),
        "text": (
            "<p>Digitale Werkzeuge können Genehmigungsverfahren beschleunigen, Wohnraumbedarfe "
            "sichtbar machen und die Aufwertung informeller Siedlungen gemeinsam mit ihren "
            "Bewohnerinnen und Bewohnern unterstützen. Die Mitglieder tauschen Ansätze aus, die "
            "das Recht auf Wohnen – nicht die Technik – in den Mittelpunkt stellen.</p>"
        ),
        "questions": [
            "Wie können die Bewohnerinnen und Bewohner informeller Siedlungen selbst über die "
            "Daten verfügen, die über sie erhoben werden?",
            "Welche Schritte des Baugenehmigungsverfahrens profitieren am meisten von der "
            "Digitalisierung?",
            "Wie können Daten Sanierungen unterstützen, ohne die Menschen vor Ort zu verdrängen?",
        ],
    },
    "digital-health": {
        "slug": "digitale-gesundheit",
        "title": "Digitale Gesundheit",
        "introduction": (
            "Terminvergabe, Überweisungen, Telemedizin und Daten der gemeindenahen "
            "Gesundheitsversorgung: digitale Dienste, die die kommunale Gesundheitsversorgung "
            "näher zu den Menschen bringen."
        ),
        "text": (
            "<p>Viele Städte sind für die gesundheitliche Grundversorgung zuständig und kennen "
            "lange Warteschlangen, Papierakten und weit entfernte Fachärztinnen und Fachärzte. "
            "Die Mitglieder teilen Erfahrungen mit Systemen zur Terminvergabe, mit Telemedizin für "
            "Gesundheitsstationen in den Stadtteilen und mit Werkzeugen für "
            "Gesundheitshelferinnen und -helfer in den Quartieren.</p>"
        ),
        "questions": [
            "Wie schützen Städte Gesundheitsdaten und teilen sie zugleich zwischen Einrichtungen?",
            "Was brauchen Gesundheitshelferinnen und -helfer in den Quartieren von einem digitalen "
            "Werkzeug?",
            "Wo hilft Telemedizin, und wo verstärkt sie Ungleichheit?",
        ],
    },
}
