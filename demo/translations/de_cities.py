"""German translations of the demo member cities, keyed by English slug."""

CITIES = {
    # Brasilien
    "recife": {
        "slug": "recife",
        "title": "Recife",
        "region": "Bundesstaat Pernambuco",
        "contact_name": "Exekutivsekretariat für Innovation",
        "introduction": (
            "Hauptstadt von Pernambuco und Sitz von Porto Digital, einem der größten "
            "Technologieparks Brasiliens, im sanierten historischen Hafenviertel."
        ),
        "profile": (
            "<p>Recife verbindet ein starkes Technologie-Ökosystem mit den Herausforderungen einer "
            "Küstenstadt, die von Überschwemmungen und dem Anstieg des Meeresspiegels bedroht ist. "
            "Die Stadt arbeitet an <b>digitalen öffentlichen Leistungen</b>, offenen Daten und "
            "Partnerschaften mit ihren Hochschulen.</p>"
        ),
    },
    "curitiba": {
        "slug": "curitiba",
        "title": "Curitiba",
        "region": "Bundesstaat Paraná",
        "contact_name": "Institut für Stadtplanung Curitiba (IPPUC)",
        "introduction": (
            "Weltweit bekannt als Geburtsort des Schnellbussystems, verbindet Curitiba seine "
            "Planungstradition heute mit offenen Daten und einem Innovationsviertel."
        ),
        "profile": (
            "<p>Dank seiner integrierten Planung wurde Curitiba zum Vorbild für <b>öffentlichen "
            "Verkehr</b> und Grünflächen. Heute entwickelt die Stadt Mobilitätsdaten in Echtzeit, "
            "das Innovationsprogramm Vale do Pinhão und digitale Leistungen für ihre "
            "Einwohnerinnen und Einwohner.</p>"
        ),
    },
    "niteroi": {
        "slug": "niteroi",
        "title": "Niterói",
        "region": "Bundesstaat Rio de Janeiro",
        "contact_name": "Sekretariat für Zivilschutz und Resilienz",
        "introduction": (
            "Eine Stadt in Hanglage auf der anderen Seite der Bucht von Rio de Janeiro, die aus "
            "den Erdrutschen von 2010 ihre Lehren gezogen und ein Frühwarnsystem aufgebaut hat."
        ),
        "profile": (
            "<p>Niterói setzt auf <b>Klimaresilienz</b>: Regenmesser, Sirenen und Warnmeldungen "
            "auf das Mobiltelefon schützen die Menschen in den Hangvierteln. Die Stadt investiert "
            "außerdem in offene Haushaltsdaten und digitale Bürgerbeteiligung.</p>"
        ),
    },
    # Mexiko
    "merida": {
        "slug": "merida",
        "title": "Mérida",
        "region": "Bundesstaat Yucatán",
        "contact_name": "Direktion für Digitale Verwaltung",
        "introduction": (
            "Die Hauptstadt von Yucatán verbindet einen Bürgerhaushalt mit Maßnahmen zu Hitze, "
            "Grünflächen und Wasser in einem schnell wachsenden Ballungsraum."
        ),
        "profile": (
            "<p>Mérida gehört zu den sichersten und am schnellsten wachsenden Städten Mexikos. Die "
            "Verwaltung nutzt <b>digitale Bürgerbeteiligung</b> für Investitionen in den "
            "Stadtvierteln und baut ein Sensornetz auf, um die Hitzebelastung in der Stadt besser "
            "zu verstehen.</p>"
        ),
    },
    "guadalajara": {
        "slug": "guadalajara",
        "title": "Guadalajara",
        "region": "Bundesstaat Jalisco",
        "contact_name": "Metropolitanes Planungsinstitut (IMEPLAN)",
        "introduction": (
            "Das Zentrum des zweitgrößten Ballungsraums Mexikos, in dem neun Gemeinden über ein "
            "gemeinsames Metropolinstitut zusammen planen."
        ),
        "profile": (
            "<p>Seine Technologiebranche hat Guadalajara den Beinamen „mexikanisches Silicon "
            "Valley“ eingebracht. Gemeinsam mit den Nachbargemeinden nutzt die Stadt eine "
            "<b>metropolitane Geodatenplattform</b>, auf der die gemeinsame Flächennutzungs- und "
            "Mobilitätsplanung aufbaut.</p>"
        ),
    },
    "puebla": {
        "slug": "puebla",
        "title": "Puebla",
        "region": "Bundesstaat Puebla",
        "contact_name": "Kommunales Planungsinstitut",
        "introduction": (
            "UNESCO-Welterbestadt und Industriestandort, der Baugenehmigungen und "
            "Gewerbeerlaubnisse auf Online-Verfahren umgestellt hat."
        ),
        "profile": (
            "<p>Puebla muss den Schutz seiner historischen Altstadt mit dem raschen Wachstum an "
            "den Stadträndern in Einklang bringen. Die Stadt hat <b>Genehmigungen und "
            "Erlaubnisse</b> digitalisiert und stellt ihr Transferpaket anderen mexikanischen "
            "Gemeinden zur Verfügung.</p>"
        ),
    },
    # Peru
    "lima": {
        "slug": "lima",
        "title": "Lima",
        "region": "Provinz Lima",
        "contact_name": (
            "Metropolverwaltung Lima (Municipalidad Metropolitana de Lima), Amt für Digitale "
            "Verwaltung"
        ),
        "introduction": (
            "Die Hauptstadt und größte Metropole Perus arbeitet an Daten zum öffentlichen Verkehr "
            "und an digitaler Teilhabe in ihren Hangvierteln."
        ),
        "profile": (
            "<p>Im Großraum Lima lebt fast ein Drittel der Bevölkerung Perus. Die Schwerpunkte der "
            "Stadt im Netzwerk sind <b>Mobilitätsdaten</b> für ein zersplittertes Verkehrssystem "
            "und die Netzanbindung selbst errichteter Viertel am Stadtrand.</p>"
        ),
    },
    "arequipa": {
        "slug": "arequipa",
        "title": "Arequipa",
        "region": "Region Arequipa",
        "contact_name": "Amt für die Verwaltung der historischen Altstadt",
        "introduction": (
            "Die „Weiße Stadt“ am Fuß des Vulkans Misti, deren historisches Zentrum aus "
            "Vulkangestein zum UNESCO-Welterbe gehört."
        ),
        "profile": (
            "<p>Arequipa erprobt <b>digitale Zwillinge</b>, um seine historische Altstadt zu "
            "schützen und zu sanieren. Viele der dortigen Gebäude aus weißem Sillar-Gestein sind "
            "Wohnhäuser, die instand gesetzt werden müssen.</p>"
        ),
    },
    "trujillo": {
        "slug": "trujillo",
        "title": "Trujillo",
        "region": "Region La Libertad",
        "contact_name": "Kommunale Gesundheitsdirektion",
        "introduction": (
            "Eine Küstenstadt im Norden Perus, die ihre Gesundheitsstationen in den Stadtbezirken "
            "über Telemedizin mit Fachärztinnen und Fachärzten verbindet."
        ),
        "profile": (
            "<p>Trujillo wurde 2017 von den Überschwemmungen des Küsten-El-Niño schwer getroffen. "
            "Die Stadt investiert in <b>digitale Gesundheitsdienste</b> und in Daten für das "
            "Katastrophenrisikomanagement.</p>"
        ),
    },
    # Indien
    "pune": {
        "slug": "pune",
        "title": "Pune",
        "region": "Bundesstaat Maharashtra",
        "contact_name": "Pune Smart City Development Corporation",
        "introduction": (
            "Eine Universitäts- und Industriestadt, die in Indien als Vorreiterin des "
            "Bürgerhaushalts gilt und eine der größten Elektrobusflotten des Landes betreibt."
        ),
        "profile": (
            "<p>Pune gehörte zu den ersten Städten, die im Rahmen der indischen Smart Cities "
            "Mission ausgewählt wurden. Die Stadt bringt langjährige Erfahrung mit dem "
            "<b>Bürgerhaushalt</b> und mit elektrisch betriebenem öffentlichem Verkehr in das "
            "Netzwerk ein.</p>"
        ),
    },
    "bhubaneswar": {
        "slug": "bhubaneswar",
        "title": "Bhubaneswar",
        "region": "Bundesstaat Odisha",
        "contact_name": "Bhubaneswar Smart City Limited",
        "introduction": (
            "Die „Tempelstadt“ und Hauptstadt von Odisha belegte 2016 den ersten Platz in der "
            "Smart Cities Challenge."
        ),
        "profile": (
            "<p>Bhubaneswar betreibt eine <b>integrierte Leit- und Steuerungszentrale</b>, die "
            "Verkehr, Notfallhilfe und Bürgerdienste miteinander verknüpft, und berichtet, wie aus "
            "einem Kontrollraum eine Plattform für den Betrieb der ganzen Stadt wurde.</p>"
        ),
    },
    "surat": {
        "slug": "surat",
        "title": "Surat",
        "region": "Bundesstaat Gujarat",
        "contact_name": "Surat Municipal Corporation, IT-Abteilung",
        "introduction": (
            "Ein Zentrum der Diamanten- und Textilindustrie am Fluss Tapi, das nach den "
            "Überschwemmungen von 2006 ein durchgängiges Hochwasserwarnsystem aufgebaut hat."
        ),
        "profile": (
            "<p>Surat gehört zu den am schnellsten wachsenden Städten Indiens. Bekannt ist die "
            "Stadt für ihre Arbeit zur <b>Klimaresilienz</b> mit ihrem Hochwasser-Frühwarnsystem "
            "und für die Umstellung kommunaler Dienste auf eine Open-Source-Plattform.</p>"
        ),
    },
    "kochi": {
        "slug": "kochi",
        "title": "Kochi",
        "region": "Bundesstaat Kerala",
        "contact_name": "Cochin Smart Mission Limited",
        "introduction": (
            "Eine Hafenstadt zwischen Inseln und Lagunen, in der die Elektrofähren der Kochi Water "
            "Metro die Inselgemeinden mit dem Festland verbinden."
        ),
        "profile": (
            "<p>Kochi verknüpft <b>Fähren, Metro und Busse</b> über ein gemeinsames Ticket und "
            "eine gemeinsame App und verbessert die Erreichbarkeit der Inselgemeinden.</p>"
        ),
    },
    # Deutschland
    "ulm": {
        "slug": "ulm",
        "title": "Ulm",
        "region": "Baden-Württemberg",
        "contact_name": "Geschäftsstelle Digitale Agenda",
        "introduction": (
            "Eine mittelgroße Stadt an der Donau, in der Verwaltung und ehrenamtlich Engagierte "
            "aus der Civic-Tech-Szene gemeinsam ein offenes Sensornetz betreiben."
        ),
        "profile": (
            "<p>Ulm ist Modellprojekt Smart Cities. Der <b>Open-Source</b>-Ansatz der Stadt und "
            "ihre Zusammenarbeit mit der örtlichen Civic-Tech-Community machen Ulm zu einem "
            "gefragten Ziel für Studienreisen.</p>"
        ),
    },
    "hamburg": {
        "slug": "hamburg",
        "title": "Hamburg",
        "region": "Hamburg",
        "contact_name": "Landesbetrieb Geoinformation und Vermessung",
        "introduction": (
            "Die zweitgrößte Stadt Deutschlands und ein Stadtstaat mit einer der "
            "fortschrittlichsten offenen urbanen Datenplattformen Europas."
        ),
        "profile": (
            "<p>Die <b>Urban Data Platform</b> Hamburgs und ihre Open-Source-Komponenten werden "
            "von vielen deutschen Städten nachgenutzt. Das digitale Beteiligungssystem der Stadt "
            "bringt die Planung in Stadtteilworkshops auf interaktive Datentische.</p>"
        ),
    },
    "leipzig": {
        "slug": "leipzig",
        "title": "Leipzig",
        "region": "Sachsen",
        "contact_name": "Referat Digitale Stadt",
        "introduction": (
            "Eine wachsende Stadt in Ostdeutschland, die gemeinsam mit Hamburg und München urbane "
            "digitale Zwillinge entwickelt."
        ),
        "profile": (
            "<p>Leipzig ist Teil des Projekts Connected Urban Twins. Die Stadt nutzt <b>digitale "
            "Zwillinge</b> für Klimaanpassung und grüne Infrastruktur in ihren wachsenden "
            "Stadtteilen.</p>"
        ),
    },
    "darmstadt": {
        "slug": "darmstadt",
        "title": "Darmstadt",
        "region": "Hessen",
        "contact_name": "Digitalstadt Darmstadt GmbH",
        "introduction": (
            "Die „Wissenschaftsstadt“, 2017 Siegerin im bundesweiten Wettbewerb „Digitale Stadt“, "
            "mit einem Schwerpunkt auf Mobilitätsdaten."
        ),
        "profile": (
            "<p>Als Digitalstadt Darmstadt hat die Stadt <b>smarte Mobilität</b>, offene Daten "
            "und digitale Dienste im Alltagsbetrieb erprobt; ihre Verkehrsdaten veröffentlicht "
            "sie frei zugänglich.</p>"
        ),
    },
    # Kolumbien
    "medellin": {
        "slug": "medellin",
        "title": "Medellín",
        "region": "Departamento Antioquia",
        "contact_name": "Sekretariat für Innovation und digitale Entwicklung",
        "introduction": (
            "Eine Stadt in einem engen Andental, bekannt für ihre Seilbahnen, Bibliotheksparks und "
            "ihren sozialen Urbanismus."
        ),
        "profile": (
            "<p>Der soziale Urbanismus Medellíns hat öffentlichen Verkehr und Bibliotheken in die "
            "Hangviertel gebracht. Die Stadt teilt ihre Erfahrungen mit dem "
            "<b>Luftqualitätsmonitoring</b> und mit Lernorten für digitale Kompetenzen.</p>"
        ),
    },
    # Südafrika
    "cape-town": {
        "slug": "kapstadt",
        "title": "Kapstadt",
        "region": "Westkap",
        "contact_name": "Direktion Stadtmanagement",
        "introduction": (
            "Eine Metropolgemeinde zwischen Bergen und Ozean, die einen Großteil ihrer "
            "Betriebsdaten als offene Daten veröffentlicht."
        ),
        "profile": (
            "<p>Das Open-Data-Portal Kapstadts und die Erfahrungen der Stadt mit Dürre und "
            "Energieknappheit fließen in die Arbeit des Netzwerks zur <b>Resilienz</b> ein. "
            "Gemeinsam mit den Bewohnerinnen und Bewohnern kartiert die Stadt informelle "
            "Siedlungen.</p>"
        ),
    },
    # Kenia
    "nairobi": {
        "slug": "nairobi",
        "title": "Nairobi",
        "region": "Nairobi County",
        "contact_name": "Abteilung für Innovation und digitale Wirtschaft des County",
        "introduction": (
            "Die Hauptstadt Kenias und das Technologiezentrum Ostafrikas, in dem mobiles Bezahlen "
            "zum Alltag gehört."
        ),
        "profile": (
            "<p>Nairobi bringt Erfahrungen mit <b>mobilem Bezahlen</b> für Leistungen des County "
            "ein sowie mit der Kartierung des Matatu-Kleinbusnetzes, auf das die meisten "
            "Einwohnerinnen und Einwohner angewiesen sind.</p>"
        ),
    },
    # Indonesien
    "surabaya": {
        "slug": "surabaya",
        "title": "Surabaya",
        "region": "Ostjava",
        "contact_name": "Amt für Kommunikation und Informatik",
        "introduction": (
            "Die zweitgrößte Stadt Indonesiens, ausgezeichnet für ihre grünen öffentlichen Räume "
            "und frühe E-Government-Angebote."
        ),
        "profile": (
            "<p>Surabaya hat früh die Online-Anmeldung und -Überweisung für seine öffentlichen "
            "Gesundheitszentren eingeführt. Die Stadt berichtet, wie <b>E-Health</b>-Dienste die "
            "Wartezeiten verkürzt haben.</p>"
        ),
    },
    # Spanien
    "barcelona": {
        "slug": "barcelona",
        "title": "Barcelona",
        "region": "Katalonien",
        "contact_name": "Kommunales Institut für Informationstechnologie",
        "introduction": (
            "Eine Mittelmeermetropole, die technologische Souveränität und Open-Source-Beteiligung "
            "zum Leitbild ihrer Stadtpolitik gemacht hat."
        ),
        "profile": (
            "<p>Barcelona hat <b>Decidim</b> entwickelt, die Open-Source-Beteiligungsplattform, "
            "die heute von Hunderten Institutionen genutzt wird, und war Vorreiterin bei ethischen "
            "Digitalstandards für Städte.</p>"
        ),
    },
    # Ghana
    "accra": {
        "slug": "accra",
        "title": "Accra",
        "region": "Greater Accra",
        "contact_name": "Accra Metropolitan Assembly, Gesundheitsamt",
        "introduction": (
            "Die Hauptstadt Ghanas am Golf von Guinea, eine schnell wachsende Stadt mit dicht "
            "besiedelten innerstädtischen Vierteln."
        ),
        "profile": (
            "<p>Accra erprobt <b>digitale Gesundheitswerkzeuge</b> für Gesundheitshelferinnen und "
            "-helfer in innerstädtischen Vierteln und arbeitet an digitalen Adressen, damit "
            "öffentliche Leistungen die Menschen zuverlässig erreichen.</p>"
        ),
    },
    # Ukraine
    "lviv": {
        "slug": "lwiw",
        "title": "Lwiw",
        "region": "Oblast Lwiw",
        "contact_name": "Abteilung für digitale Entwicklung",
        "introduction": (
            "Eine historische Stadt im Westen der Ukraine, deren Verwaltung ihre Leistungen unter "
            "Kriegsbedingungen aufrechterhält."
        ),
        "profile": (
            "<p>Die historische Altstadt von Lwiw gehört zum UNESCO-Welterbe. Die Stadt berichtet, "
            "wie <b>resiliente digitale Dienste</b> und Datensicherungen die Verwaltung seit 2022 "
            "arbeitsfähig gehalten haben.</p>"
        ),
    },
    # Vietnam
    "da-nang": {
        "slug": "da-nang",
        "title": "Da Nang",
        "region": "Südliche Zentralküste",
        "contact_name": "Amt für Information und Kommunikation",
        "introduction": (
            "Eine Küstenstadt in Zentralvietnam, die unter den Städten des Landes früh eine "
            "Vorreiterrolle beim E-Government übernommen hat."
        ),
        "profile": (
            "<p>Da Nang hat einen <b>gemeinsamen Datenknoten</b> aufgebaut, der seine Fachämter "
            "und Bezirke verbindet, und entwickelt ein Lagezentrum für Verkehrssteuerung und "
            "Katastrophenschutz.</p>"
        ),
    },
}
