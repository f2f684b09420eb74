"""Member cities: real places with census-based populations and city-centre coordinates.

Contact addresses use the reserved example.org domain so the demo never mails a real office.
"""

CITIES = [
    # Brazil
    {
        "slug": "recife",
        "title": "Recife",
        "country": "BR",
        "region": "Pernambuco",
        "population": 1_488_920,
        "latitude": "-8.047600",
        "longitude": "-34.877000",
        "member_since": 2019,
        "website": "https://www2.recife.pe.gov.br/",
        "contact_name": "Executive Secretariat for Innovation",
        "introduction": (
            "Capital of Pernambuco and home of Porto Digital, one of Brazil's largest technology "
            "parks, in the restored historic port district."
        ),
        "profile": (
            "<p>Recife combines a strong technology ecosystem with the challenges of a coastal "
            "city exposed to flooding and sea-level rise. The city works on <b>digital public "
            "services</b>, open data and partnerships with its universities.</p>"
        ),
    },
    {
        "slug": "curitiba",
        "title": "Curitiba",
        "country": "BR",
        "region": "Paraná",
        "population": 1_773_718,
        "latitude": "-25.428400",
        "longitude": "-49.273300",
        "member_since": 2019,
        "website": "https://www.curitiba.pr.gov.br/",
        "contact_name": "Curitiba Urban Planning Institute (IPPUC)",
        "introduction": (
            "Known worldwide for inventing bus rapid transit, Curitiba now links its planning "
            "tradition with open data and an innovation district."
        ),
        "profile": (
            "<p>Curitiba's integrated planning made it a reference for <b>public transport</b> and "
            "green space. Today the city develops real-time mobility data, the Vale do Pinhão "
            "innovation programme and digital services for its residents.</p>"
        ),
    },
    {
        "slug": "niteroi",
        "title": "Niterói",
        "country": "BR",
        "region": "Rio de Janeiro",
        "population": 481_749,
        "latitude": "-22.883200",
        "longitude": "-43.103400",
        "member_since": 2021,
        "website": "https://www.niteroi.rj.gov.br/",
        "contact_name": "Civil Defence and Resilience Secretariat",
        "introduction": (
            "A hillside city across the bay from Rio de Janeiro that turned the lessons of the "
            "2010 landslides into an early-warning system."
        ),
        "profile": (
            "<p>Niterói focuses on <b>climate resilience</b>: rain gauges, sirens and mobile "
            "alerts protect residents of hillside neighbourhoods. The city also invests in "
            "open budget data and digital participation.</p>"
        ),
    },
    # Mexico
    {
        "slug": "merida",
        "title": "Mérida",
        "country": "MX",
        "region": "Yucatán",
        "population": 995_129,
        "latitude": "20.967400",
        "longitude": "-89.592600",
        "member_since": 2020,
        "website": "https://www.merida.gob.mx/",
        "contact_name": "Directorate for Digital Government",
        "introduction": (
            "The capital of Yucatán pairs participatory budgeting with work on heat, green space "
            "and water in a fast-growing metropolitan area."
        ),
        "profile": (
            "<p>Mérida is one of Mexico's safest and fastest-growing cities. Its administration "
            "uses <b>digital participation</b> for neighbourhood investments and is building "
            "a sensor network to understand urban heat.</p>"
        ),
    },
    {
        "slug": "guadalajara",
        "title": "Guadalajara",
        "country": "MX",
        "region": "Jalisco",
        "population": 1_385_629,
        "latitude": "20.659700",
        "longitude": "-103.349600",
        "member_since": 2019,
        "website": "https://guadalajara.gob.mx/",
        "contact_name": "Metropolitan Planning Institute (IMEPLAN)",
        "introduction": (
            "The core of Mexico's second-largest metropolitan area, where nine municipalities plan "
            "together through a metropolitan institute."
        ),
        "profile": (
            "<p>Guadalajara's technology sector has earned it the name 'Mexican Silicon Valley'. "
            "With its neighbours it shares a <b>metropolitan geodata platform</b> that underpins "
            "joint land-use and mobility planning.</p>"
        ),
    },
    {
        "slug": "puebla",
        "title": "Puebla",
        "country": "MX",
        "region": "Puebla",
        "population": 1_692_181,
        "latitude": "19.041400",
        "longitude": "-98.206300",
        "member_since": 2021,
        "website": "https://pueblacapital.gob.mx/",
        "contact_name": "Municipal Institute of Planning",
        "introduction": (
            "A UNESCO World Heritage city and industrial hub that has moved building permits and "
            "business licences online."
        ),
        "profile": (
            "<p>Puebla balances the protection of its historic centre with rapid growth at its "
            "edges. The city has digitised <b>permits and licences</b> and shares its transfer "
            "package with other Mexican municipalities.</p>"
        ),
    },
    # Peru
    {
        "slug": "lima",
        "title": "Lima",
        "country": "PE",
        "region": "Lima",
        "population": 8_574_974,
        "latitude": "-12.046400",
        "longitude": "-77.042800",
        "member_since": 2019,
        "website": "https://www.munlima.gob.pe/",
        "contact_name": "Metropolitan Municipality of Lima, Digital Government Office",
        "introduction": (
            "Peru's capital and largest metropolis, working on public transport data and digital "
            "inclusion in its hillside neighbourhoods."
        ),
        "profile": (
            "<p>Metropolitan Lima is home to almost a third of Peru's population. Its priorities "
            "in the network are <b>mobility data</b> for a fragmented transport system and "
            "connectivity for self-built neighbourhoods on the city's edge.</p>"
        ),
    },
    {
        "slug": "arequipa",
        "title": "Arequipa",
        "country": "PE",
        "region": "Arequipa",
        "population": 1_008_290,
        "latitude": "-16.409000",
        "longitude": "-71.537500",
        "member_since": 2022,
        "website": "https://www.muniarequipa.gob.pe/",
        "contact_name": "Historic Centre Management Office",
        "introduction": (
            "The 'White City' below the Misti volcano, whose historic centre of volcanic stone is "
            "a UNESCO World Heritage Site."
        ),
        "profile": (
            "<p>Arequipa explores <b>digital twins</b> to protect and renovate its historic "
            "centre, where many buildings of white sillar stone are homes in need of repair.</p>"
        ),
    },
    {
        "slug": "trujillo",
        "title": "Trujillo",
        "country": "PE",
        "region": "La Libertad",
        "population": 919_899,
        "latitude": "-8.111600",
        "longitude": "-79.028800",
        "member_since": 2023,
        "website": "https://www.munitrujillo.gob.pe/",
        "contact_name": "Municipal Health Directorate",
        "introduction": (
            "A coastal city in northern Peru that connects its district health posts with "
            "specialists through telemedicine."
        ),
        "profile": (
            "<p>Trujillo was hit hard by the coastal El Niño floods of 2017. The city invests in "
            "<b>digital health</b> services and in data for disaster risk management.</p>"
        ),
    },
    # India
    {
        "slug": "pune",
        "title": "Pune",
        "country": "IN",
        "region": "Maharashtra",
        "population": 3_124_458,
        "latitude": "18.520400",
        "longitude": "73.856700",
        "member_since": 2019,
        "website": "https://www.pmc.gov.in/",
        "contact_name": "Pune Smart City Development Corporation",
        "introduction": (
            "A university and industry city that pioneered participatory budgeting in India and "
            "runs one of the country's largest electric bus fleets."
        ),
        "profile": (
            "<p>Pune was among the first cities selected under India's Smart Cities Mission. It "
            "brings long experience with <b>participatory budgeting</b> and electric public "
            "transport to the network.</p>"
        ),
    },
    {
        "slug": "bhubaneswar",
        "title": "Bhubaneswar",
        "country": "IN",
        "region": "Odisha",
        "population": 837_737,
        "latitude": "20.296100",
        "longitude": "85.824500",
        "member_since": 2020,
        "website": "https://www.bmc.gov.in/",
        "contact_name": "Bhubaneswar Smart City Limited",
        "introduction": (
            "The 'Temple City' and capital of Odisha, which ranked first in the 2016 Smart Cities "
            "Challenge."
        ),
        "profile": (
            "<p>Bhubaneswar runs an <b>integrated command and control centre</b> that links "
            "traffic, emergency response and citizen services, and shares how it grew from a "
            "control room into a platform for city operations.</p>"
        ),
    },
    {
        "slug": "surat",
        "title": "Surat",
        "country": "IN",
        "region": "Gujarat",
        "population": 4_467_797,
        "latitude": "21.170200",
        "longitude": "72.831100",
        "member_since": 2019,
        "website": "https://www.suratmunicipal.gov.in/",
        "contact_name": "Surat Municipal Corporation, IT Department",
        "introduction": (
            "A diamond and textile centre on the Tapi river that built an end-to-end flood warning "
            "system after the floods of 2006."
        ),
        "profile": (
            "<p>Surat is one of India's fastest-growing cities. It is known for <b>climate "
            "resilience</b> work with its flood early-warning system and for moving municipal "
            "services onto an open-source platform.</p>"
        ),
    },
    {
        "slug": "kochi",
        "title": "Kochi",
        "country": "IN",
        "region": "Kerala",
        "population": 677_381,
        "latitude": "9.931200",
        "longitude": "76.267300",
        "member_since": 2022,
        "website": "https://kochicorporation.lsgkerala.gov.in/",
        "contact_name": "Cochin Smart Mission Limited",
        "introduction": (
            "A port city of islands and backwaters, where electric ferries of the Kochi Water "
            "Metro connect island communities with the mainland."
        ),
        "profile": (
            "<p>Kochi integrates <b>water, metro and bus transport</b> with one ticket and one "
            "app, and works on accessibility for island communities.</p>"
        ),
    },
    # Germany
    {
        "slug": "ulm",
        "title": "Ulm",
        "country": "DE",
        "region": "Baden-Württemberg",
        "population": 126_949,
        "latitude": "48.401100",
        "longitude": "9.987600",
        "member_since": 2019,
        "website": "https://www.ulm.de/",
        "contact_name": "Digital Agenda Unit",
        "introduction": (
            "A mid-sized city on the Danube where the administration and civic-tech volunteers "
            "run an open sensor network together."
        ),
        "profile": (
            "<p>Ulm is a Smart Cities model project. Its <b>open-source</b> approach and its "
            "cooperation with the local civic-tech community make it a frequent host for study "
            "tours.</p>"
        ),
    },
    {
        "slug": "hamburg",
        "title": "Hamburg",
        "country": "DE",
        "region": "Hamburg",
        "population": 1_892_122,
        "latitude": "53.551100",
        "longitude": "9.993700",
        "member_since": 2019,
        "website": "https://www.hamburg.de/",
        "contact_name": "Agency for Geoinformation and Surveying",
        "introduction": (
            "Germany's second-largest city and a city-state, with one of Europe's most advanced "
            "open urban data platforms."
        ),
        "profile": (
            "<p>Hamburg's <b>Urban Data Platform</b> and its open-source components are reused by "
            "many German cities. Its digital participation system brings planning to touch tables "
            "in neighbourhood workshops.</p>"
        ),
    },
    {
        "slug": "leipzig",
        "title": "Leipzig",
        "country": "DE",
        "region": "Saxony",
        "population": 619_879,
        "latitude": "51.339700",
        "longitude": "12.373100",
        "member_since": 2020,
        "website": "https://www.leipzig.de/",
        "contact_name": "Digital City Office",
        "introduction": (
            "A growing city in eastern Germany that develops urban digital twins together with "
            "Hamburg and Munich."
        ),
        "profile": (
            "<p>Leipzig is part of the Connected Urban Twins project. It uses <b>digital twins</b> "
            "for climate adaptation and green infrastructure in its growing districts.</p>"
        ),
    },
    {
        "slug": "darmstadt",
        "title": "Darmstadt",
        "country": "DE",
        "region": "Hesse",
        "population": 162_243,
        "latitude": "49.872800",
        "longitude": "8.651200",
        "member_since": 2021,
        "website": "https://www.darmstadt.de/",
        "contact_name": "Digitalstadt Darmstadt GmbH",
        "introduction": (
            "The 'City of Science', winner of Germany's Digital City competition in 2017, with a "
            "focus on mobility data."
        ),
        "profile": (
            "<p>As Digitalstadt Darmstadt the city tested <b>smart mobility</b>, open data and "
            "digital services in everyday operation, and publishes its traffic data openly.</p>"
        ),
    },
    # Colombia
    {
        "slug": "medellin",
        "title": "Medellín",
        "country": "CO",
        "region": "Antioquia",
        "population": 2_427_129,
        "latitude": "6.244200",
        "longitude": "-75.581200",
        "member_since": 2020,
        "website": "https://www.medellin.gov.co/",
        "contact_name": "Secretariat of Innovation and Digital Development",
        "introduction": (
            "A city in a narrow Andean valley known for cable cars, library parks and social "
            "urbanism."
        ),
        "profile": (
            "<p>Medellín's social urbanism brought public transport and libraries to hillside "
            "neighbourhoods. The city shares its experience with <b>air-quality monitoring</b> and "
            "digital skills centres.</p>"
        ),
    },
    # South Africa
    {
        "slug": "cape-town",
        "title": "Cape Town",
        "country": "ZA",
        "region": "Western Cape",
        "population": 4_772_846,
        "latitude": "-33.924900",
        "longitude": "18.424100",
        "member_since": 2020,
        "website": "https://www.capetown.gov.za/",
        "contact_name": "Urban Management Directorate",
        "introduction": (
            "A metropolitan municipality between mountain and ocean that publishes much of its "
            "operational data openly."
        ),
        "profile": (
            "<p>Cape Town's open data portal and its experience with drought and energy shortages "
            "inform the network's work on <b>resilience</b>. The city works with residents to "
            "map informal settlements.</p>"
        ),
    },
    # Kenya
    {
        "slug": "nairobi",
        "title": "Nairobi",
        "country": "KE",
        "region": "Nairobi County",
        "population": 4_397_073,
        "latitude": "-1.292100",
        "longitude": "36.821900",
        "member_since": 2021,
        "website": "https://nairobi.go.ke/",
        "contact_name": "County Department of Innovation and Digital Economy",
        "introduction": (
            "Kenya's capital and East Africa's technology hub, where mobile payments are part of "
            "everyday life."
        ),
        "profile": (
            "<p>Nairobi brings experience with <b>mobile payments</b> for county services and with "
            "mapping the matatu minibus network that most residents rely on.</p>"
        ),
    },
    # Indonesia
    {
        "slug": "surabaya",
        "title": "Surabaya",
        "country": "ID",
        "region": "East Java",
        "population": 2_874_314,
        "latitude": "-7.257500",
        "longitude": "112.752100",
        "member_since": 2021,
        "website": "https://www.surabaya.go.id/",
        "contact_name": "Communication and Informatics Office",
        "introduction": (
            "Indonesia's second-largest city, recognised for green public spaces and early "
            "e-government services."
        ),
        "profile": (
            "<p>Surabaya introduced online registration and referral for its public health "
            "centres early on. It shares how <b>e-health</b> services cut waiting times.</p>"
        ),
    },
    # Spain
    {
        "slug": "barcelona",
        "title": "Barcelona",
        "country": "ES",
        "region": "Catalonia",
        "population": 1_660_122,
        "latitude": "41.387400",
        "longitude": "2.168600",
        "member_since": 2022,
        "website": "https://www.barcelona.cat/",
        "contact_name": "Municipal Institute of Information Technology",
        "introduction": (
            "A Mediterranean metropolis that made technological sovereignty and open-source "
            "participation a city policy."
        ),
        "profile": (
            "<p>Barcelona created <b>Decidim</b>, the open-source participation platform now used "
            "by hundreds of institutions, and pioneered ethical digital standards for cities.</p>"
        ),
    },
    # Ghana
    {
        "slug": "accra",
        "title": "Accra",
        "country": "GH",
        "region": "Greater Accra",
        "population": 2_500_000,
        "latitude": "5.603700",
        "longitude": "-0.187000",
        "member_since": 2023,
        "website": "https://ama.gov.gh/",
        "contact_name": "Accra Metropolitan Assembly, Public Health Department",
        "introduction": (
            "Ghana's capital on the Gulf of Guinea, a fast-growing city with dense inner-city "
            "neighbourhoods."
        ),
        "profile": (
            "<p>Accra explores <b>digital health</b> tools for community health workers in "
            "inner-city neighbourhoods and works on digital addresses for service delivery.</p>"
        ),
    },
    # Ukraine
    {
        "slug": "lviv",
        "title": "Lviv",
        "country": "UA",
        "region": "Lviv Oblast",
        "population": 717_273,
        "latitude": "49.839700",
        "longitude": "24.029700",
        "member_since": 2021,
        "website": "https://city-adm.lviv.ua/",
        "contact_name": "Digital Development Department",
        "introduction": (
            "A historic city in western Ukraine whose administration keeps services running under "
            "the conditions of war."
        ),
        "profile": (
            "<p>Lviv's historic centre is a UNESCO World Heritage Site. The city shares how "
            "<b>resilient digital services</b> and data backups kept the administration working "
            "since 2022.</p>"
        ),
    },
    # Vietnam
    {
        "slug": "da-nang",
        "title": "Da Nang",
        "country": "VN",
        "region": "South Central Coast",
        "population": 1_220_190,
        "latitude": "16.054400",
        "longitude": "108.202200",
        "member_since": 2022,
        "website": "https://danang.gov.vn/",
        "contact_name": "Department of Information and Communications",
        "introduction": (
            "A coastal city in central Vietnam and an early leader in e-government among the "
            "country's cities."
        ),
        "profile": (
            "<p>Da Nang built a <b>shared data hub</b> that connects its departments and "
            "districts, and is developing an operations centre for traffic and disaster "
            "response.</p>"
        ),
    },
]
