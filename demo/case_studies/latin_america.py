"""Case studies from Brazil, Mexico, Peru and Colombia."""

CASE_STUDIES = [
    {
        "slug": "conecta-recife",
        "title": "Conecta Recife: one digital front door for city services",
        "city": "recife",
        "government_level": "city",
        "topics": ["e-government-services", "digital-inclusion"],
        "sdg_targets": ["16.6", "9.c"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2019,
        "end_year": 2022,
        "budget_range": "1m_10m",
        "introduction": (
            "Recife brought more than 150 municipal services into one portal and app, with "
            "assisted service points for residents without a smartphone."
        ),
        "summary": (
            "Residents of Recife used to visit several offices and websites for permits, "
            "certificates, health appointments and complaints. Conecta Recife created a single "
            "login, one catalogue of services and a shared back office, and kept face-to-face "
            "help in community centres."
        ),
        "challenge": (
            "<p>Each secretariat ran its own website and forms. Residents had to know which "
            "department was responsible, and many services still required a visit in person. "
            "About a quarter of households had no reliable internet access at home.</p>"
        ),
        "approach": (
            "<p>A small product team mapped the 40 most requested services with residents and "
            "front-desk staff. The services were redesigned one by one, published in a common "
            "catalogue and connected to a shared identity and payment layer.</p>"
            "<ul><li>one login for all services, linked to the national gov.br account</li>"
            "<li>assisted service points in 12 community centres</li>"
            "<li>every new form tested with residents before launch</li></ul>"
        ),
        "results": (
            "<p>By 2022 more than 150 services were available online, and three in four requests "
            "arrived digitally. Average processing time for business licences fell from weeks to "
            "days. During the pandemic the platform handled the vaccination booking for the "
            "whole city.</p>"
        ),
        "lessons_learned": (
            "<p>Redesigning the process mattered more than the technology. Keeping assisted "
            "service points open built trust among older residents, and publishing usage "
            "statistics helped the team win support in departments that were sceptical at "
            "first.</p>"
        ),
        "partners": ["Executive Secretariat for Innovation, Recife", "Porto Digital", "EMPREL"],
        "links": [("Prefeitura do Recife", "https://www2.recife.pe.gov.br/")],
        "figures": [
            ("150+", "services online"),
            ("75 %", "of requests made digitally"),
            ("12", "assisted service points"),
        ],
        "quote": (
            "We did not digitise forms, we asked residents what they were trying to get done.",
            "Head of the service design team, Recife",
        ),
        "image": True,
    },
    {
        "slug": "recife-urban-data-lab",
        "title": "An urban data lab with the city's universities",
        "city": "recife",
        "government_level": "city",
        "topics": ["open-urban-data-platforms", "capacity-building"],
        "sdg_targets": ["17.17", "17.6"],
        "maturity": "pilot",
        "knowledge_format": "case_study",
        "start_year": 2023,
        "end_year": None,
        "budget_range": "100k_1m",
        "introduction": (
            "Researchers, students and city staff work side by side on questions the "
            "administration cannot answer alone, using the city's own data."
        ),
        "summary": (
            "The Recife urban data lab is a shared space where the city opens selected datasets "
            "under a data-use agreement and universities contribute analysis. The first projects "
            "looked at flood-prone streets, school transport and the location of health centres."
        ),
        "challenge": (
            "<p>The city held valuable data but lacked analysts to use it, while researchers "
            "struggled to get access. Past cooperations ended with reports that nobody in the "
            "administration put into practice.</p>"
        ),
        "approach": (
            "<p>Each lab project starts with a question owned by a department and a named person "
            "who will use the answer. A standard data-use agreement sets out what may be "
            "published. Students spend one day a week inside the administration.</p>"
        ),
        "results": (
            "<p>Six projects ran in the first two years. An analysis of rainfall and complaint "
            "data changed the order in which drainage works are scheduled. Two graduates of the "
            "lab have since joined the city's data team.</p>"
        ),
        "lessons_learned": (
            "<p>Questions owned by a department lead to results that are used. A standard "
            "agreement saves months of legal review for every new project.</p>"
        ),
        "partners": [
            "Federal University of Pernambuco (UFPE)",
            "CESAR School",
            "Executive Secretariat for Innovation, Recife",
        ],
        "figures": [("6", "projects in two years"), ("40", "students involved")],
    },
    {
        "slug": "curitiba-real-time-bus-data",
        "title": "Open real-time data for Curitiba's bus rapid transit",
        "city": "curitiba",
        "government_level": "metropolitan",
        "topics": ["smart-mobility", "open-urban-data-platforms"],
        "sdg_targets": ["11.2", "9.1"],
        "maturity": "scaled",
        "knowledge_format": "case_study",
        "start_year": 2016,
        "end_year": 2020,
        "budget_range": "1m_10m",
        "introduction": (
            "Curitiba published timetables and vehicle positions of its integrated bus network as "
            "open data, so that any app can show real-time arrivals."
        ),
        "summary": (
            "The city equipped its fleet with GPS trackers, cleaned up stop and route data and "
            "published both schedules and live positions in the GTFS standard. Journey planners, "
            "start-ups and researchers now build on the same data the operator uses."
        ),
        "challenge": (
            "<p>Passengers waited at stops without knowing when the next bus would come. Route "
            "data existed in several incompatible versions, and private apps scraped the "
            "operator's website.</p>"
        ),
        "approach": (
            "<p>The urban transport company consolidated network data into one master dataset and "
            "published it in GTFS and GTFS Realtime under an open licence. Developers were "
            "invited to hackathons to test the feed, and every release is checked with the "
            "open-source GTFS validator before publication.</p>"
        ),
        "results": (
            "<p>The feeds are used by international journey planners and several local apps. "
            "Planners use the historic positions to find where buses lose time and where "
            "dedicated lanes help most.</p>"
        ),
        "lessons_learned": (
            "<p>Data quality is a permanent task: someone must own the stop database. Open "
            "standards made the data useful to global apps at no cost to the city.</p>"
        ),
        "partners": ["URBS – Urbanização de Curitiba", "IPPUC", "Local developer community"],
        "repository_url": "https://github.com/MobilityData/gtfs-validator",
        "licence": "Apache-2.0",
        "links": [("GTFS reference", "https://gtfs.org/")],
        "figures": [
            ("1,200+", "buses sending live positions"),
            ("5", "apps using the open feed"),
        ],
        "image": True,
    },
    {
        "slug": "curitiba-vale-do-pinhao",
        "title": "Vale do Pinhão: an innovation district in former industrial areas",
        "city": "curitiba",
        "government_level": "city",
        "topics": ["capacity-building", "data-governance"],
        "sdg_targets": ["17.17", "11.3"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2017,
        "end_year": 2021,
        "budget_range": "",
        "introduction": (
            "Curitiba turned disused warehouses along its old railway into spaces where start-ups, "
            "universities and the administration work on city challenges."
        ),
        "summary": (
            "Vale do Pinhão links an innovation law, a municipal fund and physical spaces in a "
            "former industrial corridor. Start-ups can test solutions with city departments under "
            "clear rules on data and intellectual property."
        ),
        "challenge": (
            "<p>Young companies found it hard to work with the administration, and the city's own "
            "staff had few opportunities to try new approaches. Former industrial buildings "
            "stood empty.</p>"
        ),
        "approach": (
            "<p>A municipal innovation law allowed controlled tests of new solutions. The city "
            "opened a co-working space in a restored warehouse and ran calls for start-ups to "
            "address problems formulated by departments.</p>"
        ),
        "results": (
            "<p>More than 60 pilots took place with city departments, from waste collection "
            "routing to school meal logistics. The corridor attracted private investment in "
            "further buildings.</p>"
        ),
        "lessons_learned": (
            "<p>Clear rules on who owns data produced during a pilot avoided conflicts later. "
            "Pilots need a plan for what happens when they succeed.</p>"
        ),
        "partners": ["Curitiba Development Agency", "Federal University of Technology – Paraná"],
        "figures": [("60+", "pilots with city departments")],
    },
    {
        "slug": "niteroi-landslide-early-warning",
        "title": "Landslide early warning with rain gauges, sirens and SMS",
        "city": "niteroi",
        "government_level": "city",
        "topics": ["climate-and-energy", "digital-inclusion"],
        "sdg_targets": ["13.2", "11.b"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2015,
        "end_year": 2018,
        "budget_range": "1m_10m",
        "introduction": (
            "After the deadly landslides of 2010, Niterói built a warning chain that reaches "
            "residents of hillside neighbourhoods within minutes."
        ),
        "summary": (
            "Automatic rain gauges feed a monitoring centre that issues alerts by siren, text "
            "message and community volunteers. Each neighbourhood at risk has an evacuation "
            "route and a shelter point that residents practise reaching."
        ),
        "challenge": (
            "<p>Heavy rain can trigger landslides within hours. Many residents of informal "
            "hillside settlements had no access to warnings and did not know where to go.</p>"
        ),
        "approach": (
            "<p>The civil defence installed rain gauges across the city and defined thresholds "
            "with geologists. Residents registered for SMS alerts, and trained volunteers in each "
            "community pass on warnings in person.</p>"
        ),
        "results": (
            "<p>Sirens now cover all high-risk areas. Annual drills involve thousands of "
            "residents, and evacuations during heavy rain in later years took place without "
            "loss of life.</p>"
        ),
        "lessons_learned": (
            "<p>Technology is only the first link in the chain; volunteers and drills make "
            "warnings work. Text messages reach people who do not use apps.</p>"
        ),
        "partners": ["Niterói Civil Defence", "CEMADEN", "Community volunteer groups"],
        "figures": [("30", "rain gauges"), ("24", "sirens"), ("15 min", "from alert to siren")],
        "quote": (
            "The siren only saves lives if people know where to go when they hear it.",
            "Civil defence coordinator, Niterói",
        ),
        "image": True,
    },
    {
        "slug": "brazilian-charter-for-smart-cities",
        "title": "Brazilian Charter for Smart Cities",
        "country": "BR",
        "government_level": "national",
        "topics": ["data-governance", "capacity-building"],
        "sdg_targets": ["11.3", "16.6", "17.17"],
        "maturity": "implemented",
        "knowledge_format": "policy",
        "start_year": 2019,
        "end_year": 2021,
        "budget_range": "",
        "introduction": (
            "A national agenda for the digital transformation of Brazilian cities, written with "
            "cities, researchers, companies and civil society."
        ),
        "summary": (
            "The Charter sets out a shared understanding of smart cities in Brazil: people first, "
            "sustainable and inclusive, with data governed for the public interest. It lists "
            "objectives and recommendations for all levels of government."
        ),
        "challenge": (
            "<p>Brazil's 5,570 municipalities had no common reference for smart city projects. "
            "Many bought technology without a strategy, and small municipalities lacked the "
            "capacity to assess offers.</p>"
        ),
        "approach": (
            "<p>The federal ministry ran an open process over two years with workshops, public "
            "consultations and working groups. International experience, including the German "
            "Smart City Charter, informed the text.</p>"
        ),
        "results": (
            "<p>The Charter was published in 2020 and is used in municipal planning, training "
            "programmes and funding criteria. A maturity self-assessment helps municipalities "
            "find their starting point.</p>"
        ),
        "lessons_learned": (
            "<p>A broad drafting process took time but created ownership far beyond the ministry. "
            "The Charter needs training and funding programmes to become practice.</p>"
        ),
        "partners": [
            "Ministry of Cities (formerly Ministry of Regional Development)",
            "Ministry of Science, Technology and Innovation",
            "GIZ",
        ],
        "links": [("Ministry of Cities, Brazil", "https://www.gov.br/cidades/pt-br")],
        "figures": [("8", "strategic objectives"), ("161", "recommendations")],
    },
    {
        "slug": "merida-digital-participatory-budgeting",
        "title": "Participatory budgeting goes digital in Mérida",
        "city": "merida",
        "government_level": "city",
        "topics": ["digital-participation", "digital-inclusion"],
        "sdg_targets": ["16.7", "11.3"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2018,
        "end_year": 2023,
        "budget_range": "100k_1m",
        "introduction": (
            "Residents of Mérida propose and vote on neighbourhood projects online and at voting "
            "tables in parks and markets."
        ),
        "summary": (
            "Mérida reserves part of its investment budget for projects proposed by residents. "
            "A participation platform based on open-source software handles proposals, technical "
            "review and voting, while mobile voting tables reach residents without internet."
        ),
        "challenge": (
            "<p>Earlier participatory budgets relied on paper forms and meetings that mainly "
            "reached organised groups. Results were hard to follow, and many residents did not "
            "know whether their proposal had been built.</p>"
        ),
        "approach": (
            "<p>The city adopted an open-source participation platform and adapted it to local "
            "needs. Every proposal is reviewed for feasibility and cost in public, and built "
            "projects are shown on a map with photos.</p>"
        ),
        "results": (
            "<p>Participation grew with each cycle, with a clear increase among young people. "
            "Parks, street lighting and sports facilities were the most voted categories.</p>"
        ),
        "lessons_learned": (
            "<p>Showing what was built with earlier votes is the best invitation to vote again. "
            "Voting tables in markets were essential for older residents.</p>"
        ),
        "partners": ["Municipality of Mérida", "Autonomous University of Yucatán"],
        "repository_url": "https://github.com/consuldemocracy/consuldemocracy",
        "licence": "AGPL-3.0-or-later",
        "figures": [("4", "budget cycles"), ("1,900", "proposals submitted")],
        "image": True,
    },
    {
        "slug": "merida-urban-heat-sensors",
        "title": "Mapping urban heat islands with low-cost sensors",
        "city": "merida",
        "government_level": "city",
        "topics": ["climate-and-energy", "open-urban-data-platforms"],
        "sdg_targets": ["13.2", "11.6", "11.7"],
        "maturity": "proof_of_concept",
        "knowledge_format": "case_study",
        "start_year": 2024,
        "end_year": None,
        "budget_range": "under_100k",
        "introduction": (
            "Schools and neighbourhood groups host temperature sensors to show where heat hits "
            "hardest and where shade and trees are most needed."
        ),
        "summary": (
            "Mérida is testing whether a network of low-cost temperature and humidity sensors can "
            "map heat at street level. The data will guide tree planting and the design of "
            "public spaces."
        ),
        "challenge": (
            "<p>Summer temperatures regularly exceed 40 °C, and heat is increasing. Official "
            "weather stations say little about the differences between neighbourhoods.</p>"
        ),
        "approach": (
            "<p>Forty sensors were installed at schools, markets and community centres and "
            "calibrated against an official station. Data are published openly every ten "
            "minutes.</p>"
        ),
        "results": (
            "<p>First results show differences of up to 5 °C between treeless and green streets "
            "at night. The city will decide on scaling up after the first full summer.</p>"
        ),
        "lessons_learned": (
            "<p>Hosts need to be involved from the start to keep sensors running. Calibration "
            "made the difference between impressive maps and usable data.</p>"
        ),
        "partners": ["Municipality of Mérida", "CINVESTAV Mérida", "Local schools"],
        "figures": [("40", "sensors"), ("5 °C", "difference between streets at night")],
    },
    {
        "slug": "guadalajara-metropolitan-geodata-platform",
        "title": "A shared geodata platform for nine municipalities",
        "city": "guadalajara",
        "government_level": "metropolitan",
        "topics": ["open-urban-data-platforms", "data-governance"],
        "sdg_targets": ["11.a", "16.10", "17.17"],
        "maturity": "scaled",
        "knowledge_format": "case_study",
        "start_year": 2016,
        "end_year": 2021,
        "budget_range": "1m_10m",
        "introduction": (
            "The Guadalajara metropolitan area plans land use and mobility on one shared set of "
            "maps, published openly for residents and investors."
        ),
        "summary": (
            "The metropolitan planning institute built a geodata platform with common base maps, "
            "zoning, risk areas and infrastructure for all member municipalities. It is the basis "
            "of the metropolitan land-use plan."
        ),
        "challenge": (
            "<p>Each municipality kept its own maps in different formats and scales. Plans "
            "ended at municipal borders, although the city grows as one.</p>"
        ),
        "approach": (
            "<p>The institute agreed data standards with all municipalities, built the platform "
            "on open-source software and trained municipal staff to update their own layers.</p>"
        ),
        "results": (
            "<p>More than 300 data layers are available, most of them openly. The metropolitan "
            "land-use plan and the risk atlas were produced on the platform.</p>"
        ),
        "lessons_learned": (
            "<p>Agreements between municipalities took longer than the technology. Training "
            "local staff made the platform sustainable.</p>"
        ),
        "partners": ["IMEPLAN", "Municipalities of the Guadalajara metropolitan area"],
        "repository_url": "https://github.com/GeoNode/geonode",
        "licence": "GPL-3.0-or-later",
        "figures": [("9", "municipalities"), ("300+", "data layers")],
        "image": True,
    },
    {
        "slug": "puebla-online-building-permits",
        "title": "Building permits online in Puebla",
        "city": "puebla",
        "government_level": "city",
        "topics": ["e-government-services", "smart-housing"],
        "sdg_targets": ["16.6", "11.1"],
        "maturity": "implemented",
        "knowledge_format": "transfer_package",
        "start_year": 2020,
        "end_year": 2023,
        "budget_range": "100k_1m",
        "introduction": (
            "Puebla cut the time for a standard housing permit from about three months to two "
            "weeks and packaged the approach for other municipalities."
        ),
        "summary": (
            "Applicants submit plans and documents online, pay fees digitally and follow the "
            "status of their file. Checks that used to be sequential now run in parallel across "
            "departments."
        ),
        "challenge": (
            "<p>Permit files travelled on paper between five offices. Long delays encouraged "
            "building without permits, especially for modest homes at the city's edge.</p>"
        ),
        "approach": (
            "<p>The team simplified the process first, removing duplicate checks, and then "
            "built the online service. A simplified track covers small homes up to 120 square "
            "metres.</p>"
        ),
        "results": (
            "<p>Average processing time for standard permits fell to 14 days. The number of "
            "permits requested for small homes rose noticeably in the first year.</p>"
        ),
        "lessons_learned": (
            "<p>Simplify, then digitise. The transfer package includes process maps, templates "
            "and legal texts, which other municipalities found more useful than the software.</p>"
        ),
        "partners": ["Municipality of Puebla", "Chamber of the Construction Industry, Puebla"],
        "figures": [("90 → 14", "days for a standard permit")],
    },
    {
        "slug": "mexico-digital-urban-planning-guide",
        "title": "Guide to digital tools for municipal urban development plans",
        "country": "MX",
        "government_level": "national",
        "topics": ["data-governance", "capacity-building", "digital-participation"],
        "sdg_targets": ["11.3", "17.6"],
        "maturity": "pilot",
        "knowledge_format": "guide",
        "start_year": 2022,
        "end_year": 2024,
        "budget_range": "under_100k",
        "introduction": (
            "A national guide helps municipalities use open data, online consultation and "
            "simple geographic tools when they update their urban development plans."
        ),
        "summary": (
            "The federal ministry for territorial and urban development prepared a guide with "
            "step-by-step advice, templates and examples, tested with pilot municipalities of "
            "different sizes."
        ),
        "challenge": (
            "<p>Most Mexican municipalities update their plans rarely and with little data. "
            "Small municipalities depend on consultants and have few staff trained in planning "
            "or geographic information.</p>"
        ),
        "approach": (
            "<p>The guide was drafted with planners from pilot municipalities and tested on real "
            "plan updates. It recommends free and open-source tools and national open "
            "datasets.</p>"
        ),
        "results": (
            "<p>Pilot municipalities produced their first digital plan maps and ran online "
            "consultations. The guide is being revised based on their feedback.</p>"
        ),
        "lessons_learned": (
            "<p>Templates and worked examples were used far more than the chapters of text. "
            "Peer exchange between pilot municipalities helped most.</p>"
        ),
        "partners": ["SEDATU", "Pilot municipalities", "GIZ"],
        "links": [("SEDATU", "https://www.gob.mx/sedatu")],
    },
    {
        "slug": "lima-public-transport-data-model",
        "title": "One data model for public transport in Lima and Callao",
        "city": "lima",
        "government_level": "metropolitan",
        "topics": ["smart-mobility", "data-governance"],
        "sdg_targets": ["11.2", "16.6"],
        "maturity": "proof_of_concept",
        "knowledge_format": "case_study",
        "start_year": 2021,
        "end_year": 2023,
        "budget_range": "100k_1m",
        "introduction": (
            "Lima's transport authority brought routes of hundreds of bus companies into one "
            "open data model, a first step towards an integrated network."
        ),
        "summary": (
            "Hundreds of private companies operate buses in Lima and Callao. The urban transport "
            "authority mapped their routes with operators and volunteers and published them in "
            "the GTFS standard."
        ),
        "challenge": (
            "<p>No complete map of the bus network existed. Planning reforms and informing "
            "passengers was impossible without knowing where buses actually run.</p>"
        ),
        "approach": (
            "<p>Field teams recorded routes with a smartphone app, and operators confirmed the "
            "results. The data model follows international standards so that it can feed "
            "journey planners.</p>"
        ),
        "results": (
            "<p>More than 400 routes were mapped and published. The authority uses the data to "
            "plan route rationalisation and feeder services for the metro lines.</p>"
        ),
        "lessons_learned": (
            "<p>Operators cooperated once they saw a benefit for themselves. Keeping the data "
            "current needs an agreed update process with every company.</p>"
        ),
        "partners": ["Urban Transport Authority for Lima and Callao (ATU)", "Volunteer mappers"],
        "figures": [("400+", "routes mapped")],
    },
    {
        "slug": "lima-hillside-wifi-and-skills",
        "title": "Free Wi-Fi and digital skills points in Lima's hillside neighbourhoods",
        "city": "lima",
        "government_level": "city",
        "topics": ["digital-inclusion", "capacity-building"],
        "sdg_targets": ["9.c", "11.b"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2018,
        "end_year": 2022,
        "budget_range": "1m_10m",
        "introduction": (
            "Community centres on Lima's hillsides became digital points with free Wi-Fi, "
            "computers and volunteer tutors."
        ),
        "summary": (
            "In self-built neighbourhoods on the edge of Lima, households often share one phone "
            "with prepaid data. The programme equipped community centres with connectivity and "
            "offered courses on online services, job search and school platforms."
        ),
        "challenge": (
            "<p>Residents of hillside neighbourhoods were the least connected and the furthest "
            "from municipal offices. When schools moved online in 2020, many children could not "
            "follow lessons.</p>"
        ),
        "approach": (
            "<p>The municipality partnered with community organisations that already ran the "
            "centres. Volunteer tutors from universities offered courses in the evenings and at "
            "weekends.</p>"
        ),
        "results": (
            "<p>Thirty digital points opened, used by thousands of residents every month. "
            "Courses on using public services online were the most requested.</p>"
        ),
        "lessons_learned": (
            "<p>Working through existing community organisations created trust and kept costs "
            "low. Electricity and security must be solved before the equipment arrives.</p>"
        ),
        "partners": [
            "Metropolitan Municipality of Lima",
            "Community organisations",
            "Universities",
        ],
        "figures": [("30", "digital points"), ("12,000", "course participants")],
        "image": True,
    },
    {
        "slug": "arequipa-historic-centre-3d-model",
        "title": "A 3D model of Arequipa's historic centre to guide renovation",
        "city": "arequipa",
        "government_level": "city",
        "topics": ["digital-twins", "smart-housing"],
        "sdg_targets": ["11.3", "11.1"],
        "maturity": "idea",
        "knowledge_format": "case_study",
        "start_year": 2026,
        "end_year": None,
        "budget_range": "100k_1m",
        "introduction": (
            "Arequipa plans a 3D model of its World Heritage centre to plan the renovation of "
            "homes in historic buildings and earthquake safety."
        ),
        "summary": (
            "Many families live in historic buildings of volcanic stone that need repairs and "
            "seismic reinforcement. A 3D model combining laser scans, building records and "
            "ownership data would help prioritise support."
        ),
        "challenge": (
            "<p>Building records are incomplete and on paper. Owners and tenants face complex "
            "heritage rules, and some buildings are at risk in earthquakes.</p>"
        ),
        "approach": (
            "<p>The idea is to start with one block as a demonstrator, using drone "
            "photogrammetry and open-source 3D tools, and to involve residents in recording "
            "the condition of their homes.</p>"
        ),
        "results": (
            "<p>A concept note and a partnership with the local university exist. Funding for "
            "the demonstrator is being sought.</p>"
        ),
        "lessons_learned": (
            "<p>Exchanges in the network showed that smaller cities can start with open data and "
            "one neighbourhood instead of a citywide model.</p>"
        ),
        "partners": ["Municipality of Arequipa", "National University of San Agustín"],
    },
    {
        "slug": "trujillo-telemedicine-health-posts",
        "title": "Telemedicine for Trujillo's district health posts",
        "city": "trujillo",
        "government_level": "city",
        "topics": ["digital-health", "digital-inclusion"],
        "sdg_targets": ["9.c", "11.b"],
        "maturity": "pilot",
        "knowledge_format": "case_study",
        "start_year": 2022,
        "end_year": 2024,
        "budget_range": "under_100k",
        "introduction": (
            "Nurses in outlying health posts consult specialists by video, saving patients long "
            "journeys to the city's hospitals."
        ),
        "summary": (
            "The municipal health directorate connected five health posts with specialists in "
            "internal medicine, paediatrics and dermatology. Appointments are booked through a "
            "shared calendar, and records follow national rules."
        ),
        "challenge": (
            "<p>Patients from outlying districts spent a day travelling for a short specialist "
            "consultation, and many skipped follow-up visits.</p>"
        ),
        "approach": (
            "<p>Each post received a laptop, a camera for skin examinations and a reliable "
            "connection. Nurses were trained to prepare and support consultations.</p>"
        ),
        "results": (
            "<p>More than 2,000 consultations took place in the pilot. Follow-up attendance "
            "improved, and patients saved an average of four hours per visit.</p>"
        ),
        "lessons_learned": (
            "<p>The nurse in the room is the key to good teleconsultations. Reliable "
            "connectivity had to be solved before anything else.</p>"
        ),
        "partners": ["Municipality of Trujillo", "Regional Health Management La Libertad"],
        "figures": [("5", "health posts"), ("2,000+", "teleconsultations")],
    },
    {
        "slug": "peru-municipal-interoperability",
        "title": "Connecting municipalities to the national interoperability platform",
        "country": "PE",
        "government_level": "national",
        "topics": ["e-government-services", "data-governance"],
        "sdg_targets": ["16.6", "17.8"],
        "maturity": "scaled",
        "knowledge_format": "transfer_package",
        "start_year": 2017,
        "end_year": None,
        "budget_range": "over_10m",
        "introduction": (
            "Peruvian municipalities query national registers directly instead of asking "
            "residents for paper certificates."
        ),
        "summary": (
            "The national digital government secretariat offers municipalities access to the "
            "state interoperability platform. Identity, company and property data can be "
            "checked online, so residents no longer bring certificates from other agencies."
        ),
        "challenge": (
            "<p>Residents had to collect documents from one agency to hand them to another. Small "
            "municipalities lacked the technical staff to connect to national systems.</p>"
        ),
        "approach": (
            "<p>A standard connection package with legal templates, technical guides and "
            "remote support was offered to municipalities, starting with the most requested "
            "registers.</p>"
        ),
        "results": (
            "<p>Hundreds of municipalities are connected, and millions of queries replace paper "
            "certificates every year.</p>"
        ),
        "lessons_learned": (
            "<p>A standard package made connection possible for small municipalities. The legal "
            "templates were as important as the technical documentation.</p>"
        ),
        "partners": [
            "Secretariat of Government and Digital Transformation, Presidency of the Council of "
            "Ministers",
            "Ministry of Housing, Construction and Sanitation",
        ],
        "links": [("Digital government in Peru", "https://www.gob.pe/")],
        "figures": [("500+", "municipalities connected")],
    },
    {
        "slug": "medellin-air-quality-network",
        "title": "Air-quality monitoring and early warning in the Aburrá Valley",
        "city": "medellin",
        "government_level": "metropolitan",
        "topics": ["climate-and-energy", "open-urban-data-platforms"],
        "sdg_targets": ["11.6", "13.2"],
        "maturity": "scaled",
        "knowledge_format": "case_study",
        "start_year": 2015,
        "end_year": None,
        "budget_range": "1m_10m",
        "introduction": (
            "Official stations and citizen sensors give residents of the Aburrá Valley "
            "real-time air-quality data and warnings of pollution episodes."
        ),
        "summary": (
            "The valley's topography traps pollution, especially in the transition to the rainy "
            "season. The metropolitan early-warning system combines official monitoring "
            "stations with citizen sensors and issues alerts that trigger traffic restrictions."
        ),
        "challenge": (
            "<p>Pollution episodes caused health alerts several times a year. Residents did not "
            "know when or where air quality was worst.</p>"
        ),
        "approach": (
            "<p>The metropolitan area and universities run an early-warning system with open "
            "data, forecasts and a citizen sensor programme in schools and homes.</p>"
        ),
        "results": (
            "<p>Episodes are forecast days in advance, and restrictions on traffic and industry "
            "are based on the data. Residents check air quality in an app and on public "
            "screens.</p>"
        ),
        "lessons_learned": (
            "<p>Open data built trust in unpopular measures. Citizen sensors raised awareness "
            "but need calibration to be used for decisions.</p>"
        ),
        "partners": ["Área Metropolitana del Valle de Aburrá", "SIATA", "EAFIT University"],
        "links": [("SIATA", "https://siata.gov.co/")],
        "figures": [("3 days", "forecast horizon for pollution episodes")],
        "image": True,
    },
    {
        "slug": "medellin-digital-skills-library-parks",
        "title": "Digital skills in Medellín's library parks",
        "city": "medellin",
        "government_level": "city",
        "topics": ["digital-inclusion", "capacity-building"],
        "sdg_targets": ["9.c", "11.7"],
        "maturity": "implemented",
        "knowledge_format": "guide",
        "start_year": 2016,
        "end_year": 2020,
        "budget_range": "1m_10m",
        "introduction": (
            "Medellín's library parks offer free digital skills courses, from first steps "
            "online to programming for young people."
        ),
        "summary": (
            "The library parks, built in neighbourhoods that were once the most excluded in "
            "the city, became centres for digital learning. This guide describes the course "
            "model, staffing and partnerships."
        ),
        "challenge": (
            "<p>Many residents of hillside neighbourhoods had little access to computers or "
            "training. Digital skills were becoming a condition for jobs and public services.</p>"
        ),
        "approach": (
            "<p>The city trained library staff as digital mentors and offered courses at three "
            "levels. Companies contributed trainers for advanced courses.</p>"
        ),
        "results": (
            "<p>Tens of thousands of residents took part. Courses for older people and for "
            "women entrepreneurs were especially successful.</p>"
        ),
        "lessons_learned": (
            "<p>Public spaces people already trust are the best places for digital learning. "
            "Mentors from the neighbourhood keep participants coming back.</p>"
        ),
        "partners": ["Secretariat of Culture, Medellín", "Library parks network", "Ruta N"],
    },
]
