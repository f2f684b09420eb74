"""Network events, dated relative to the day the demo content is loaded.

`starts_in_days` is negative for past events. Times are wall-clock times in the event's own
time zone; a multi-day event ends at `end_time` on its last day. Online, registration and
recording links are built by the loader on the reserved example.org domain.
"""

EVENTS = [
    # Past events
    {
        "slug": "annual-network-meeting-hamburg",
        "title": "Annual Network Meeting in Hamburg: data for the common good",
        "kind": "network_meeting",
        "event_format": "hybrid",
        "time_zone": "Europe/Berlin",
        "starts_in_days": -300,
        "days": 3,
        "start_time": "09:00",
        "end_time": "17:00",
        "host_city": "hamburg",
        "participating_cities": ["recife", "merida", "lima", "pune", "ulm", "cape-town", "lviv"],
        "topics": ["data-governance", "open-urban-data-platforms", "open-source-public-sector"],
        "introduction": (
            "Three days of exchange on how cities govern and share urban data, with site visits "
            "to Hamburg's Urban Data Platform and digital participation lab."
        ),
        "description": (
            "<p>Delegations from member cities and ministries met in Hamburg to compare data "
            "strategies and agree on the network's work plan for the coming year.</p>"
        ),
        "venue": "HafenCity University Hamburg\nHenning-Voscherau-Platz 1\n20457 Hamburg\nGermany",
        "agenda": [
            ("09:00", "Welcome and introduction of new members"),
            ("10:00", "Panel: who owns urban data?", "Perspectives from five continents."),
            ("13:30", "Site visit: Urban Data Platform and CityScienceLab"),
            ("16:00", "Working groups: choosing next year's topics"),
        ],
        "speakers": [
            ("Katrin Albers", "Head of Urban Data Platform, Hamburg"),
            ("Rafael Monteiro", "Executive Secretary for Innovation, Recife"),
            ("Anjali Deshmukh", "City Data Officer, Pune"),
        ],
        "recorded": True,
    },
    {
        "slug": "webinar-open-source-urban-data-platforms",
        "title": "Webinar: building urban data platforms from open-source components",
        "kind": "webinar",
        "event_format": "online",
        "time_zone": "Europe/Berlin",
        "starts_in_days": -240,
        "days": 1,
        "start_time": "15:00",
        "end_time": "16:30",
        "host_city": "ulm",
        "participating_cities": ["hamburg", "guadalajara", "da-nang"],
        "topics": ["open-urban-data-platforms", "open-source-public-sector"],
        "introduction": (
            "How Ulm, Hamburg and Guadalajara combine open-source components into platforms their "
            "administrations rely on."
        ),
        "description": (
            "<p>Three short inputs followed by questions from participants, with a focus on "
            "operating costs and skills needed inside the administration.</p>"
        ),
        "agenda": [
            ("15:00", "Welcome"),
            ("15:10", "Ulm: a sensor network run with volunteers"),
            ("15:30", "Guadalajara: one geodata platform for nine municipalities"),
            ("15:50", "Questions and discussion"),
        ],
        "speakers": [
            ("Jonas Weber", "Digital Agenda Unit, City of Ulm"),
            ("Mariana Ochoa", "Geodata Lead, IMEPLAN Guadalajara"),
        ],
        "recorded": True,
    },
    {
        "slug": "study-tour-participatory-budgeting-merida",
        "title": "Study tour: participatory budgeting in Mérida",
        "kind": "study_tour",
        "event_format": "on_site",
        "time_zone": "America/Merida",
        "starts_in_days": -200,
        "days": 4,
        "start_time": "09:00",
        "end_time": "18:00",
        "host_city": "merida",
        "participating_cities": ["pune", "trujillo", "cape-town", "barcelona"],
        "topics": ["digital-participation", "digital-inclusion"],
        "introduction": (
            "Participants visited voting tables, neighbourhood projects and the team behind "
            "Mérida's digital participatory budget."
        ),
        "description": (
            "<p>The study tour combined visits to projects built with residents' votes and "
            "working sessions with the municipal participation team.</p>"
        ),
        "venue": "Palacio Municipal de Mérida\nCalle 62 s/n, Centro\n97000 Mérida, Yucatán\nMexico",
        "agenda": [
            ("09:00", "Introduction to Mérida's participatory budget"),
            ("11:00", "Visit: a park renewed through residents' votes"),
            ("15:00", "Working session: reaching residents without internet"),
        ],
        "speakers": [
            ("Lucía Canché", "Director of Citizen Participation, Mérida"),
            ("Prakash Kulkarni", "Ward Officer, Pune Municipal Corporation"),
        ],
    },
    {
        "slug": "workshop-municipal-data-strategy-pune",
        "title": "Workshop: designing a municipal data strategy",
        "kind": "workshop",
        "event_format": "on_site",
        "time_zone": "Asia/Kolkata",
        "starts_in_days": -170,
        "days": 2,
        "start_time": "09:30",
        "end_time": "17:30",
        "host_city": "pune",
        "participating_cities": ["surat", "bhubaneswar", "kochi", "da-nang", "surabaya"],
        "topics": ["data-governance", "capacity-building"],
        "introduction": (
            "City data officers worked on the building blocks of a data strategy: roles, data "
            "catalogues, sharing agreements and open data."
        ),
        "description": (
            "<p>A hands-on workshop in which each city team drafted the outline of its own "
            "data strategy with feedback from peers.</p>"
        ),
        "venue": "Pune Municipal Corporation Main Building\nShivajinagar\nPune 411005\nIndia",
        "agenda": [
            ("09:30", "What a data strategy is for"),
            ("11:00", "Roles: data officers and coordinators"),
            ("14:00", "Group work: drafting the outline"),
            ("16:30", "Peer feedback"),
        ],
        "speakers": [
            ("Anjali Deshmukh", "City Data Officer, Pune"),
            ("Nguyen Thi Lan", "Department of Information and Communications, Da Nang"),
        ],
    },
    {
        "slug": "webinar-flood-early-warning-surat",
        "title": "Webinar: lessons from Surat's flood early warning system",
        "kind": "webinar",
        "event_format": "online",
        "time_zone": "Asia/Kolkata",
        "starts_in_days": -130,
        "days": 1,
        "start_time": "16:00",
        "end_time": "17:30",
        "host_city": "surat",
        "participating_cities": ["niteroi", "trujillo", "recife"],
        "topics": ["climate-and-energy", "digital-twins"],
        "introduction": (
            "How Surat coordinates with the dam authority and turns model forecasts into "
            "action plans for each city zone."
        ),
        "description": (
            "<p>A presentation of the system followed by a conversation with Niterói on "
            "warnings for landslides.</p>"
        ),
        "agenda": [
            ("16:00", "Surat's warning chain, from rainfall to residents"),
            ("16:40", "Niterói: sirens, SMS and volunteers"),
            ("17:05", "Questions"),
        ],
        "speakers": [
            ("Hetal Patel", "Surat Climate Change Trust"),
            ("Carlos Amaral", "Civil Defence, Niterói"),
        ],
        "recorded": True,
    },
    {
        "slug": "regional-meeting-latin-america-lima",
        "title": "Latin American regional meeting in Lima",
        "kind": "network_meeting",
        "event_format": "hybrid",
        "time_zone": "America/Lima",
        "starts_in_days": -90,
        "days": 2,
        "start_time": "09:00",
        "end_time": "17:00",
        "host_city": "lima",
        "participating_cities": [
            "arequipa",
            "trujillo",
            "merida",
            "guadalajara",
            "puebla",
            "medellin",
            "curitiba",
        ],
        "topics": ["smart-mobility", "digital-inclusion", "e-government-services"],
        "introduction": (
            "Latin American members met in Lima to exchange on transport data, digital "
            "inclusion and services for residents."
        ),
        "description": (
            "<p>The meeting was held in Spanish and Portuguese with interpretation, and streamed "
            "for members who could not travel.</p>"
        ),
        "venue": "Municipalidad Metropolitana de Lima\nJirón de la Unión 300\nLima 15001\nPeru",
        "agenda": [
            ("09:00", "Opening by the host city"),
            ("10:00", "Mapping bus routes in Lima and Callao"),
            ("14:00", "Digital inclusion in hillside neighbourhoods"),
            ("16:00", "Next steps for the regional working group"),
        ],
        "speakers": [
            ("Rosa Quispe", "Digital Government Office, Lima"),
            ("Andrés Restrepo", "Secretariat of Innovation, Medellín"),
            ("Fernanda Lopes", "URBS, Curitiba"),
        ],
        "recorded": True,
    },
    {
        "slug": "workshop-digital-twins-climate-adaptation",
        "title": "Workshop: digital twins for climate adaptation",
        "kind": "workshop",
        "event_format": "hybrid",
        "time_zone": "Europe/Berlin",
        "starts_in_days": -60,
        "days": 1,
        "start_time": "10:00",
        "end_time": "16:00",
        "host_city": "leipzig",
        "participating_cities": ["hamburg", "arequipa", "surat"],
        "topics": ["digital-twins", "climate-and-energy"],
        "introduction": (
            "What a digital twin must do to help plan trees, shade and stormwater, and how "
            "smaller cities can start."
        ),
        "description": (
            "<p>Leipzig showed its tree-planting scenario tool; participants worked on use cases "
            "for their own cities.</p>"
        ),
        "venue": "Neues Rathaus Leipzig\nMartin-Luther-Ring 4–6\n04109 Leipzig\nGermany",
        "agenda": [
            ("10:00", "Leipzig's tree-planting scenario tool"),
            ("11:30", "Starting small: Arequipa's demonstrator idea"),
            ("13:30", "Use-case clinic"),
        ],
        "speakers": [
            ("Sabine Krüger", "Digital City Office, Leipzig"),
            ("Miguel Zegarra", "Historic Centre Management Office, Arequipa"),
        ],
        "recorded": True,
    },
    {
        "slug": "webinar-digital-inclusion-beyond-connectivity",
        "title": "Webinar: digital inclusion beyond connectivity",
        "kind": "webinar",
        "event_format": "online",
        "time_zone": "Africa/Nairobi",
        "starts_in_days": -30,
        "days": 1,
        "start_time": "14:00",
        "end_time": "15:30",
        "host_city": "nairobi",
        "participating_cities": ["lima", "medellin", "accra"],
        "topics": ["digital-inclusion"],
        "introduction": (
            "Wi-Fi is only the start: skills, assisted services and accessible design decide "
            "who benefits from digital cities."
        ),
        "description": (
            "<p>Short inputs from Nairobi, Lima and Medellín, followed by discussion in breakout "
            "rooms.</p>"
        ),
        "agenda": [
            ("14:00", "Welcome"),
            ("14:10", "Three cities, three approaches"),
            ("14:50", "Breakout discussions"),
        ],
        "speakers": [
            ("Wanjiru Kamau", "Department of Innovation and Digital Economy, Nairobi"),
            ("Andrés Restrepo", "Secretariat of Innovation, Medellín"),
        ],
        "recorded": True,
    },
    {
        "slug": "study-tour-informal-transit-nairobi",
        "title": "Study tour: informal transport data in Nairobi",
        "kind": "study_tour",
        "event_format": "on_site",
        "time_zone": "Africa/Nairobi",
        "starts_in_days": -10,
        "days": 3,
        "start_time": "08:30",
        "end_time": "17:00",
        "host_city": "nairobi",
        "participating_cities": ["lima", "cape-town", "accra", "kochi"],
        "topics": ["smart-mobility", "open-source-public-sector"],
        "introduction": (
            "Participants rode matatus, met route associations and saw how route changes are "
            "reported and published."
        ),
        "description": (
            "<p>The tour followed the work of Nairobi's matatu data pilot and its links to new "
            "bus rapid transit plans.</p>"
        ),
        "venue": "City Hall\nCity Hall Way\nNairobi\nKenya",
        "agenda": [
            ("08:30", "Briefing at City Hall"),
            ("10:00", "Field visit: a matatu terminus"),
            ("14:00", "Meeting with route associations"),
        ],
        "speakers": [
            ("Brian Otieno", "University of Nairobi"),
            ("Wanjiru Kamau", "Department of Innovation and Digital Economy, Nairobi"),
        ],
    },
    # Upcoming events
    {
        "slug": "webinar-open-source-licences-procurement",
        "title": "Webinar: open source in public administration, licences and procurement",
        "kind": "webinar",
        "event_format": "online",
        "time_zone": "Europe/Berlin",
        "starts_in_days": 7,
        "days": 1,
        "start_time": "14:00",
        "end_time": "15:30",
        "host_city": "barcelona",
        "participating_cities": ["ulm", "surat", "hamburg"],
        "topics": ["open-source-public-sector"],
        "introduction": (
            "Which licence, which procurement route, and who maintains the code after the "
            "project ends?"
        ),
        "description": (
            "<p>Barcelona, Surat and the German model projects share practical answers to the "
            "questions cities ask most about open source.</p>"
        ),
        "agenda": [
            ("14:00", "Welcome"),
            ("14:10", "Choosing a licence"),
            ("14:35", "Procurement that allows open source"),
            ("15:00", "Questions"),
        ],
        "speakers": [
            ("Laia Puig", "Municipal Institute of Information Technology, Barcelona"),
            ("Jonas Weber", "Digital Agenda Unit, City of Ulm"),
        ],
    },
    {
        "slug": "workshop-mobility-data-curitiba",
        "title": "Workshop: real-time mobility data in Curitiba",
        "kind": "workshop",
        "event_format": "on_site",
        "time_zone": "America/Sao_Paulo",
        "starts_in_days": 21,
        "days": 2,
        "start_time": "09:00",
        "end_time": "17:00",
        "host_city": "curitiba",
        "participating_cities": ["lima", "guadalajara", "darmstadt", "kochi"],
        "topics": ["smart-mobility", "open-urban-data-platforms"],
        "introduction": (
            "From GPS trackers to open feeds: a two-day workshop on publishing and using "
            "real-time public transport data."
        ),
        "description": (
            "<p>Participants work with Curitiba's open feeds and build a simple delay analysis "
            "for their own networks.</p>"
        ),
        "venue": (
            "Prefeitura Municipal de Curitiba\nAv. Cândido de Abreu, 817\n"
            "Curitiba – PR, 80530-908\nBrazil"
        ),
        "agenda": [
            ("09:00", "Curitiba's integrated network and its data"),
            ("10:30", "Hands-on: validating a GTFS feed"),
            ("14:00", "Where buses lose time: analysing historic positions"),
        ],
        "speakers": [
            ("Fernanda Lopes", "URBS, Curitiba"),
            ("Tobias Lehmann", "Digitalstadt Darmstadt"),
        ],
    },
    {
        "slug": "webinar-heat-action-with-sensor-data",
        "title": "Webinar: heat action plans with sensor data",
        "kind": "webinar",
        "event_format": "online",
        "time_zone": "America/Mexico_City",
        "starts_in_days": 35,
        "days": 1,
        "start_time": "10:00",
        "end_time": "11:30",
        "host_city": "merida",
        "participating_cities": ["leipzig", "medellin", "pune"],
        "topics": ["climate-and-energy", "open-urban-data-platforms"],
        "introduction": (
            "Mérida shares first results from its heat sensor network, with responses from "
            "Leipzig and Medellín."
        ),
        "description": (
            "<p>How reliable are low-cost sensors, and how do the data reach decisions on trees, "
            "shade and opening hours of cooling centres?</p>"
        ),
        "agenda": [
            ("10:00", "Mérida's heat sensor network"),
            ("10:30", "Responses from Leipzig and Medellín"),
            ("11:00", "Questions"),
        ],
        "speakers": [
            ("Lucía Canché", "Municipality of Mérida"),
            ("Sabine Krüger", "Digital City Office, Leipzig"),
        ],
    },
    {
        "slug": "asia-network-meeting-bhubaneswar",
        "title": "Asian regional meeting in Bhubaneswar",
        "kind": "network_meeting",
        "event_format": "hybrid",
        "time_zone": "Asia/Kolkata",
        "starts_in_days": 60,
        "days": 2,
        "start_time": "09:30",
        "end_time": "17:30",
        "host_city": "bhubaneswar",
        "participating_cities": ["pune", "surat", "kochi", "surabaya", "da-nang"],
        "topics": ["e-government-services", "open-urban-data-platforms", "data-governance"],
        "introduction": (
            "Asian members meet in Bhubaneswar to discuss what comes after a decade of "
            "smart city missions."
        ),
        "description": (
            "<p>The meeting includes a visit to the integrated command and control centre and "
            "sessions on data officers and e-health.</p>"
        ),
        "venue": (
            "Bhubaneswar Integrated Command and Control Centre\nBhubaneswar\nOdisha 751001\nIndia"
        ),
        "agenda": [
            ("09:30", "Opening"),
            ("10:30", "Visit: the integrated command and control centre"),
            ("14:00", "Panel: after the smart cities mission"),
            ("16:00", "E-health in Surabaya"),
        ],
        "speakers": [
            ("Sunita Mohanty", "Bhubaneswar Smart City Limited"),
            ("Dewi Lestari", "Health Office, Surabaya"),
            ("Nguyen Thi Lan", "Department of Information and Communications, Da Nang"),
        ],
    },
    {
        "slug": "study-tour-urban-data-platforms-germany",
        "title": "Study tour: urban data platforms in Hamburg and Ulm",
        "kind": "study_tour",
        "event_format": "on_site",
        "time_zone": "Europe/Berlin",
        "starts_in_days": 95,
        "days": 5,
        "start_time": "09:00",
        "end_time": "17:00",
        "host_city": "hamburg",
        "participating_cities": ["guadalajara", "recife", "nairobi", "da-nang", "lviv"],
        "topics": ["open-urban-data-platforms", "open-source-public-sector"],
        "introduction": (
            "Five days with the teams behind Hamburg's Urban Data Platform and Ulm's open sensor "
            "network."
        ),
        "description": (
            "<p>The tour starts in Hamburg and continues to Ulm by train. Places are limited to "
            "two people per member city.</p>"
        ),
        "venue": "Hamburg City Hall\nRathausmarkt 1\n20095 Hamburg\nGermany",
        "agenda": [
            ("09:00", "Welcome at Hamburg City Hall"),
            ("11:00", "The Urban Data Platform and the Masterportal"),
            ("14:00", "DIPAS touch-table session"),
        ],
        "speakers": [
            ("Katrin Albers", "Head of Urban Data Platform, Hamburg"),
            ("Jonas Weber", "Digital Agenda Unit, City of Ulm"),
        ],
    },
    {
        "slug": "workshop-digital-health-informal-neighbourhoods",
        "title": "Workshop: digital health services for informal neighbourhoods",
        "kind": "workshop",
        "event_format": "online",
        "time_zone": "Africa/Accra",
        "starts_in_days": 120,
        "days": 1,
        "start_time": "13:00",
        "end_time": "16:00",
        "host_city": "accra",
        "participating_cities": ["trujillo", "surabaya", "cape-town"],
        "topics": ["digital-health", "digital-inclusion"],
        "introduction": (
            "Accra, Trujillo and Surabaya work together on tools for community health workers "
            "and telemedicine."
        ),
        "description": (
            "<p>An interactive online workshop to refine Accra's pilot idea with peers who "
            "have already implemented similar services.</p>"
        ),
        "agenda": [
            ("13:00", "Accra's idea for community health workers"),
            ("13:45", "Experience from Trujillo and Surabaya"),
            ("14:45", "Working groups"),
        ],
        "speakers": [
            ("Ama Mensah", "Public Health Department, Accra Metropolitan Assembly"),
            ("Dewi Lestari", "Health Office, Surabaya"),
        ],
    },
    {
        "slug": "annual-network-meeting-recife",
        "title": "Annual Network Meeting in Recife",
        "kind": "network_meeting",
        "event_format": "hybrid",
        "time_zone": "America/Recife",
        "starts_in_days": 200,
        "days": 3,
        "start_time": "09:00",
        "end_time": "17:30",
        "host_city": "recife",
        "participating_cities": [
            "curitiba",
            "niteroi",
            "lima",
            "merida",
            "pune",
            "hamburg",
            "nairobi",
            "barcelona",
        ],
        "topics": ["digital-inclusion", "capacity-building", "e-government-services"],
        "introduction": (
            "The whole network meets in Recife to review the year, vote on new topics and visit "
            "the city's projects."
        ),
        "description": (
            "<p>The annual meeting is open to all members; sessions in the plenary are streamed "
            "for those who join online.</p>"
        ),
        "venue": "Porto Digital\nRua do Apolo, 181, Bairro do Recife\nRecife – PE\nBrazil",
        "agenda": [
            ("09:00", "Opening and welcome by the host city"),
            ("10:30", "Conecta Recife: one front door for services"),
            ("14:00", "Topic proposals and vote"),
            ("16:30", "Closing"),
        ],
        "speakers": [
            ("Rafael Monteiro", "Executive Secretary for Innovation, Recife"),
            ("Laia Puig", "Municipal Institute of Information Technology, Barcelona"),
            ("Katrin Albers", "Head of Urban Data Platform, Hamburg"),
        ],
    },
]
