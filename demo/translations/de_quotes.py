"""German quotes of the demo case studies that have one: (quote, attribution) by English slug."""

QUOTES = {
    "conecta-recife": (
        "Wir haben keine Formulare digitalisiert, sondern die Menschen gefragt, was sie "
        "erledigen wollten.",
        "Leiter des Teams für Servicedesign, Recife",
    ),
    "niteroi-landslide-early-warning": (
        "Die Sirene rettet nur dann Leben, wenn die Menschen wissen, wohin sie gehen sollen, "
        "sobald sie sie hören.",
        "Koordinatorin des Zivilschutzes, Niterói",
    ),
    "pune-participatory-budgeting-online": (
        "Die Menschen wollen wissen, was aus ihrer Idee geworden ist, auch wenn die Antwort Nein "
        "lautet.",
        "Bezirksbeamter, Stadtverwaltung Pune",
    ),
    "india-data-smart-cities": (
        "Daten sind ein öffentliches Gut; eine Stadt muss sie wie Infrastruktur behandeln.",
        "Missionsdirektion, Ministerium für Wohnungswesen und städtische Angelegenheiten",
    ),
    "hamburg-urban-data-platform": (
        "Die Plattform ist Infrastruktur wie Straßen und Leitungen: einmal gebaut, von vielen "
        "genutzt.",
        "Landesbetrieb Geoinformation und Vermessung, Hamburg",
    ),
    "cape-town-informal-settlement-enumeration": (
        "Wenn wir uns selbst zählen, gehören die Zahlen uns, und niemand kann behaupten, dass es "
        "uns nicht gibt.",
        "Zählerin aus der Gemeinschaft, Kapstadt",
    ),
}
