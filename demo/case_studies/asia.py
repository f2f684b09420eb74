"""Case studies from India, Indonesia and Vietnam."""

CASE_STUDIES = [
    {
        "slug": "pune-participatory-budgeting-online",
        "title": "Pune's ward-level participatory budgeting moves online",
        "city": "pune",
        "government_level": "city",
        "topics": ["digital-participation"],
        "sdg_targets": ["16.7", "11.3"],
        "maturity": "scaled",
        "knowledge_format": "case_study",
        "start_year": 2015,
        "end_year": 2019,
        "budget_range": "100k_1m",
        "introduction": (
            "India's longest-running participatory budget added online submission and tracking, "
            "and doubled the number of proposals."
        ),
        "summary": (
            "Since 2006 residents of Pune have proposed small works for their ward, such as "
            "footpaths, streetlights and drainage. The online system lets them submit proposals, "
            "see cost estimates and follow implementation."
        ),
        "challenge": (
            "<p>Paper forms were collected at ward offices and often lost. Residents rarely "
            "learned whether their proposal was accepted or built.</p>"
        ),
        "approach": (
            "<p>The corporation introduced an online form in English and Marathi, kept paper "
            "forms at ward offices, and published every proposal with its status.</p>"
        ),
        "results": (
            "<p>The number of proposals roughly doubled within two years. Residents can trace "
            "accepted proposals to the works register.</p>"
        ),
        "lessons_learned": (
            "<p>Publishing the status of every proposal built more trust than any campaign. "
            "The local language option was essential.</p>"
        ),
        "partners": ["Pune Municipal Corporation", "Janwani", "Centre for Environment Education"],
        "figures": [("2x", "proposals after going online"), ("41", "wards taking part")],
        "quote": (
            "People want to know what happened to their idea, even when the answer is no.",
            "Ward officer, Pune Municipal Corporation",
        ),
    },
    {
        "slug": "pune-electric-bus-charging-data",
        "title": "Data-driven charging for Pune's electric bus fleet",
        "city": "pune",
        "government_level": "metropolitan",
        "topics": ["smart-mobility", "climate-and-energy"],
        "sdg_targets": ["11.2", "7.2", "13.2"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2019,
        "end_year": 2024,
        "budget_range": "over_10m",
        "introduction": (
            "Pune's transport company uses trip and battery data to schedule charging of its "
            "electric buses and reduce peak electricity demand."
        ),
        "summary": (
            "With hundreds of electric buses in service, charging became a planning problem. "
            "Telematics data on routes, battery state and depot capacity feed a charging "
            "schedule that keeps buses available and avoids expensive peak tariffs."
        ),
        "challenge": (
            "<p>Buses returned to depots at the same time, overloading grid connections. Some "
            "routes were too long for a single charge in hot weather.</p>"
        ),
        "approach": (
            "<p>The operator analysed a year of trip and battery data, adjusted route assignment "
            "and introduced staggered charging windows agreed with the electricity "
            "distributor.</p>"
        ),
        "results": (
            "<p>Peak demand at the largest depot fell by about a third, and fleet availability "
            "improved. The data now informs the choice of routes for new electric buses.</p>"
        ),
        "lessons_learned": (
            "<p>Operational data is as important as the vehicles. Early talks with the "
            "electricity distributor avoided costly grid upgrades.</p>"
        ),
        "partners": ["Pune Mahanagar Parivahan Mahamandal Limited (PMPML)", "MSEDCL"],
        "figures": [("650", "electric buses"), ("-30 %", "peak demand at main depot")],
        "image": True,
    },
    {
        "slug": "bhubaneswar-integrated-command-centre",
        "title": "From control room to city operations: Bhubaneswar's command centre",
        "city": "bhubaneswar",
        "government_level": "city",
        "topics": ["open-urban-data-platforms", "e-government-services"],
        "sdg_targets": ["16.6", "9.1"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2017,
        "end_year": 2020,
        "budget_range": "over_10m",
        "introduction": (
            "Bhubaneswar's integrated command and control centre links traffic, emergency "
            "response, waste collection and citizen complaints in one place."
        ),
        "summary": (
            "Built under the Smart Cities Mission, the centre started as a traffic control room "
            "and grew into an operations platform for several departments. During cyclones and "
            "the pandemic it coordinated the city's response."
        ),
        "challenge": (
            "<p>Departments worked with separate systems and rarely shared information. "
            "Response to emergencies depended on phone calls between offices.</p>"
        ),
        "approach": (
            "<p>The city connected traffic signals, cameras, vehicle tracking and the complaints "
            "system to one platform, and placed staff from each department in the centre.</p>"
        ),
        "results": (
            "<p>The centre coordinated the response to Cyclone Fani in 2019 and the pandemic "
            "from 2020. Waste-collection vehicles are tracked, and complaints are routed "
            "automatically.</p>"
        ),
        "lessons_learned": (
            "<p>The value lies in people from different departments working in one room. "
            "Clear rules on camera data and privacy are needed from the start.</p>"
        ),
        "partners": ["Bhubaneswar Smart City Limited", "Bhubaneswar Municipal Corporation"],
        "links": [("Smart Cities Mission", "https://smartcities.gov.in/")],
    },
    {
        "slug": "surat-flood-early-warning",
        "title": "Surat's end-to-end flood early warning system",
        "city": "surat",
        "government_level": "city",
        "topics": ["climate-and-energy", "digital-twins"],
        "sdg_targets": ["13.2", "11.b"],
        "maturity": "scaled",
        "knowledge_format": "case_study",
        "start_year": 2015,
        "end_year": 2019,
        "budget_range": "1m_10m",
        "introduction": (
            "Surat models the Tapi river and the Ukai dam releases to warn neighbourhoods days "
            "before a flood."
        ),
        "summary": (
            "After the devastating floods of 2006, Surat developed a warning system that "
            "combines rainfall forecasts, dam operation and a hydraulic model of the city. "
            "Warnings reach residents through ward officers, SMS and local media."
        ),
        "challenge": (
            "<p>Floods in 2006 covered most of the city. Dam releases upstream were not "
            "coordinated with the city, and warnings came too late.</p>"
        ),
        "approach": (
            "<p>The city, the dam authority and experts set up a shared model that forecasts "
            "water levels for each zone of the city and translates them into action plans.</p>"
        ),
        "results": (
            "<p>Lead time for warnings grew from hours to days. The model now supports land-use "
            "decisions in flood-prone areas.</p>"
        ),
        "lessons_learned": (
            "<p>Coordination between institutions upstream and downstream mattered most. "
            "A model is only useful with agreed actions for each warning level.</p>"
        ),
        "partners": [
            "Surat Municipal Corporation",
            "Surat Climate Change Trust",
            "Gujarat Water Resources Department",
        ],
        "figures": [("3 days", "warning lead time"), ("7", "city zones modelled")],
        "image": True,
    },
    {
        "slug": "surat-municipal-services-open-source",
        "title": "Property tax and trade licences on an open-source platform",
        "city": "surat",
        "government_level": "city",
        "topics": ["e-government-services", "open-source-public-sector"],
        "sdg_targets": ["16.6", "17.8"],
        "maturity": "implemented",
        "knowledge_format": "transfer_package",
        "start_year": 2019,
        "end_year": 2022,
        "budget_range": "1m_10m",
        "introduction": (
            "Surat moved core municipal services to an open-source platform shared by many "
            "Indian cities, and documented the migration for others."
        ),
        "summary": (
            "Property tax, trade licences and grievances run on an open-source urban governance "
            "platform. Cities share modules and improvements instead of each commissioning "
            "its own system."
        ),
        "challenge": (
            "<p>Legacy systems were expensive to change and tied to one vendor. Data on "
            "properties and licences were inconsistent across zones.</p>"
        ),
        "approach": (
            "<p>The city cleaned its property data, migrated service by service and kept old and "
            "new systems in parallel for one billing cycle. Changes were contributed back to the "
            "shared codebase.</p>"
        ),
        "results": (
            "<p>Most property tax payments are now made online. Licence renewals take minutes "
            "instead of days.</p>"
        ),
        "lessons_learned": (
            "<p>Data clean-up took longer than the software migration. Contributing changes "
            "back keeps the city on the common version and lowers future costs.</p>"
        ),
        "partners": ["Surat Municipal Corporation", "eGov Foundation"],
        "repository_url": "https://github.com/egovernments/DIGIT-OSS",
        "licence": "MIT",
        "links": [("eGov Foundation", "https://egov.org.in/")],
        "figures": [("80 %", "of property tax paid online")],
    },
    {
        "slug": "kochi-integrated-ticketing-water-metro",
        "title": "One ticket for Kochi's water metro, metro rail and buses",
        "city": "kochi",
        "government_level": "city",
        "topics": ["smart-mobility", "digital-inclusion"],
        "sdg_targets": ["11.2", "9.1"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2021,
        "end_year": 2024,
        "budget_range": "1m_10m",
        "introduction": (
            "Passengers in Kochi use one card or app for electric ferries, the metro and feeder "
            "buses, with accessible terminals for island communities."
        ),
        "summary": (
            "The Kochi Water Metro connects islands with the mainland using electric boats. An "
            "integrated ticket and a common app make the transfer to metro rail and buses "
            "seamless."
        ),
        "challenge": (
            "<p>Island residents depended on slow, infrequent ferries and paid separately for "
            "each leg of a journey.</p>"
        ),
        "approach": (
            "<p>The ticketing system was designed for all modes from the start. Terminals are "
            "step-free, and tickets are sold at counters as well as in the app.</p>"
        ),
        "results": (
            "<p>Ridership on the water metro grew steadily after launch, and a large share of "
            "passengers transfer to other modes with the same card.</p>"
        ),
        "lessons_learned": (
            "<p>Designing ticketing for all modes at once was easier than integrating later. "
            "Counter sales remain important for occasional riders.</p>"
        ),
        "partners": ["Kochi Metro Rail Limited", "Cochin Smart Mission Limited"],
        "figures": [("1", "ticket for 3 modes"), ("78", "electric boats planned")],
        "image": True,
    },
    {
        "slug": "india-data-smart-cities",
        "title": "DataSmart Cities: a data officer in every smart city",
        "country": "IN",
        "government_level": "national",
        "topics": ["data-governance", "capacity-building"],
        "sdg_targets": ["16.6", "16.10", "17.6"],
        "maturity": "scaled",
        "knowledge_format": "policy",
        "start_year": 2019,
        "end_year": None,
        "budget_range": "",
        "introduction": (
            "India's national strategy asks every smart city to appoint a city data officer and "
            "to publish data on an open data portal."
        ),
        "summary": (
            "The DataSmart Cities strategy builds data culture in city administrations: data "
            "officers and coordinators in departments, data policies, open data portals and a "
            "maturity assessment that shows progress."
        ),
        "challenge": (
            "<p>Smart city investments produced large amounts of data, but few cities used it "
            "for decisions or shared it openly.</p>"
        ),
        "approach": (
            "<p>The ministry issued a strategy and a model data policy, trained city data "
            "officers in cohorts and assessed cities annually.</p>"
        ),
        "results": (
            "<p>One hundred smart cities appointed data officers, and thousands of datasets were "
            "published. The assessment framework is used for peer learning between cities.</p>"
        ),
        "lessons_learned": (
            "<p>A named person responsible for data changed behaviour more than any platform. "
            "Annual assessments kept the topic on mayors' agendas.</p>"
        ),
        "partners": [
            "Ministry of Housing and Urban Affairs",
            "National Institute of Urban Affairs",
        ],
        "links": [("Smart Cities Mission", "https://smartcities.gov.in/")],
        "figures": [("100", "cities with a data officer")],
        "quote": (
            "Data is a public good; a city must treat it as infrastructure.",
            "Mission directorate, Ministry of Housing and Urban Affairs",
        ),
    },
    {
        "slug": "surabaya-e-health",
        "title": "Online registration and referral in Surabaya's health centres",
        "city": "surabaya",
        "government_level": "city",
        "topics": ["digital-health", "e-government-services"],
        "sdg_targets": ["16.6", "9.c"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2015,
        "end_year": 2019,
        "budget_range": "1m_10m",
        "introduction": (
            "Patients in Surabaya book appointments at public health centres online, and "
            "referrals to hospitals are sent digitally."
        ),
        "summary": (
            "Surabaya connected its public health centres and hospitals with an e-health system "
            "for registration, queues and referrals, accessible by app, website and kiosks in "
            "each centre."
        ),
        "challenge": (
            "<p>Patients queued from early morning to get a number. Referral letters were on "
            "paper, and hospitals could not plan for incoming patients.</p>"
        ),
        "approach": (
            "<p>The city introduced online registration with queue numbers, kiosks for patients "
            "without phones, and a shared referral system between health centres and "
            "hospitals.</p>"
        ),
        "results": (
            "<p>Waiting times at health centres fell significantly, and referral letters no "
            "longer get lost. The data helps plan staff and opening hours.</p>"
        ),
        "lessons_learned": (
            "<p>Kiosks and staff help were needed alongside the app. Hospitals joined once they "
            "saw that referrals arrived complete.</p>"
        ),
        "partners": ["Surabaya City Government", "Surabaya Health Office"],
        "figures": [("63", "health centres connected")],
        "image": True,
    },
    {
        "slug": "da-nang-shared-data-hub",
        "title": "A shared data hub for Da Nang's departments",
        "city": "da-nang",
        "government_level": "city",
        "topics": ["data-governance", "e-government-services"],
        "sdg_targets": ["16.6", "17.8"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2018,
        "end_year": 2021,
        "budget_range": "1m_10m",
        "introduction": (
            "Da Nang connected the databases of its departments and districts so that residents "
            "provide information only once."
        ),
        "summary": (
            "The city built a data-sharing platform with common rules on data ownership, "
            "quality and access. Online public services draw on it to pre-fill applications."
        ),
        "challenge": (
            "<p>Residents repeated the same information at each office. Departments held "
            "conflicting records on people, land and businesses.</p>"
        ),
        "approach": (
            "<p>The city agreed on a common data catalogue and designated an owner for each "
            "dataset. Services connect through standard interfaces rather than direct database "
            "links.</p>"
        ),
        "results": (
            "<p>Most administrative procedures can be completed online, and applications are "
            "pre-filled with data the city already holds.</p>"
        ),
        "lessons_learned": (
            "<p>Naming an owner for each dataset solved most quality problems. Standard "
            "interfaces made it easier to add services later.</p>"
        ),
        "partners": ["Da Nang Department of Information and Communications"],
        "figures": [("90 %", "of procedures available online")],
    },
]
