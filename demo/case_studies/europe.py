"""Case studies from Germany, Spain and Ukraine."""

CASE_STUDIES = [
    {
        "slug": "ulm-open-sensor-network",
        "title": "A LoRaWAN sensor network run by the city and volunteers",
        "city": "ulm",
        "government_level": "city",
        "topics": ["open-source-public-sector", "digital-participation"],
        "sdg_targets": ["17.17", "9.c", "17.8"],
        "maturity": "scaled",
        "knowledge_format": "transfer_package",
        "start_year": 2017,
        "end_year": 2023,
        "budget_range": "100k_1m",
        "introduction": (
            "Ulm's administration and a civic-tech lab operate an open radio network for "
            "sensors, used by schools, utilities and residents."
        ),
        "summary": (
            "A low-power radio network covers the city and carries data from sensors for "
            "temperature, soil moisture, parking and water levels. Volunteers and the city share "
            "operation, and all software and guides are open."
        ),
        "challenge": (
            "<p>Commercial sensor networks would have locked the city into one provider. "
            "Residents and schools had ideas for measuring their environment but no "
            "infrastructure.</p>"
        ),
        "approach": (
            "<p>The city installed gateways on public buildings, while the civic-tech lab "
            "ran workshops where residents built their own sensors. Data flows into the city's "
            "open data portal.</p>"
        ),
        "results": (
            "<p>The network covers the whole city. Tree-watering is now guided by soil moisture "
            "sensors, and schools use the data in lessons.</p>"
        ),
        "lessons_learned": (
            "<p>Working with volunteers requires clear agreements about responsibility and "
            "support. Open standards allowed neighbouring municipalities to join.</p>"
        ),
        "partners": ["City of Ulm", "Verschwörhaus civic-tech lab", "Stadtwerke Ulm/Neu-Ulm"],
        "repository_url": "https://github.com/TheThingsNetwork/lorawan-stack",
        "licence": "Apache-2.0",
        "links": [("Smart City Dialogue", "https://www.smart-city-dialog.de/")],
        "figures": [("40", "gateways"), ("900", "sensors connected")],
        "image": True,
    },
    {
        "slug": "hamburg-urban-data-platform",
        "title": "Urban Data Platform Hamburg",
        "city": "hamburg",
        "government_level": "city",
        "topics": ["open-urban-data-platforms", "open-source-public-sector"],
        "sdg_targets": ["16.10", "17.8", "9.1"],
        "maturity": "scaled",
        "knowledge_format": "case_study",
        "start_year": 2016,
        "end_year": None,
        "budget_range": "over_10m",
        "introduction": (
            "Hamburg brings geodata, sensor data and statistics from all authorities together "
            "on one platform with open interfaces and open-source components."
        ),
        "summary": (
            "The Urban Data Platform provides thousands of datasets through standard "
            "interfaces. Its open-source web map, the Masterportal, is reused by dozens of "
            "German municipalities and states."
        ),
        "challenge": (
            "<p>Data was spread over many authorities, each with its own systems. Projects "
            "repeatedly built one-off data connections.</p>"
        ),
        "approach": (
            "<p>The city built a platform on open standards and open-source software and "
            "published the components. Authorities connect their data once and reuse it "
            "across applications.</p>"
        ),
        "results": (
            "<p>Hundreds of applications draw on the platform, from planning and traffic to "
            "participation. A community of cities develops the Masterportal together.</p>"
        ),
        "lessons_learned": (
            "<p>Open source created a community that shares development costs. Standards "
            "mattered more than any single product.</p>"
        ),
        "partners": [
            "Agency for Geoinformation and Surveying, Hamburg",
            "HafenCity University Hamburg",
        ],
        "repository_url": "https://bitbucket.org/geowerkstatt-hamburg/masterportal",
        "licence": "MIT",
        "links": [("Urban Data Platform Hamburg", "https://www.urbandataplatform.hamburg/")],
        "figures": [("5,000+", "datasets"), ("60+", "public bodies reusing the Masterportal")],
        "quote": (
            "The platform is infrastructure, like streets and pipes: built once, used by many.",
            "Agency for Geoinformation and Surveying, Hamburg",
        ),
        "image": True,
    },
    {
        "slug": "hamburg-dipas-digital-participation",
        "title": "DIPAS: planning at the digital touch table",
        "city": "hamburg",
        "government_level": "city",
        "topics": ["digital-participation", "digital-twins"],
        "sdg_targets": ["16.7", "11.3"],
        "maturity": "scaled",
        "knowledge_format": "transfer_package",
        "start_year": 2016,
        "end_year": 2022,
        "budget_range": "1m_10m",
        "introduction": (
            "Hamburg's digital participation system links online comments with touch-table "
            "workshops where residents explore plans on interactive maps."
        ),
        "summary": (
            "DIPAS brings plans, 3D models and data onto touch tables in neighbourhood "
            "workshops and onto residents' screens at home. All contributions are located on the "
            "map and evaluated together."
        ),
        "challenge": (
            "<p>Online and in-person participation produced separate results that were hard "
            "to compare. Residents found planning documents difficult to understand.</p>"
        ),
        "approach": (
            "<p>The city developed one system for both formats, using data from the Urban Data "
            "Platform. Planners were trained to moderate touch-table sessions.</p>"
        ),
        "results": (
            "<p>DIPAS is used in most formal planning procedures in Hamburg and is being "
            "adopted by other cities.</p>"
        ),
        "lessons_learned": (
            "<p>Maps and 3D models make planning discussable. Moderation skills remain "
            "decisive.</p>"
        ),
        "partners": ["Ministry of Urban Development and Housing, Hamburg", "CityScienceLab HCU"],
    },
    {
        "slug": "leipzig-connected-urban-twins",
        "title": "Digital twins for green infrastructure in Leipzig",
        "city": "leipzig",
        "government_level": "city",
        "topics": ["digital-twins", "climate-and-energy"],
        "sdg_targets": ["13.2", "11.3", "17.6"],
        "maturity": "pilot",
        "knowledge_format": "case_study",
        "start_year": 2021,
        "end_year": 2026,
        "budget_range": "1m_10m",
        "introduction": (
            "Leipzig develops its urban digital twin with Hamburg and Munich, starting with "
            "trees, heat and stormwater."
        ),
        "summary": (
            "As part of a joint model project, Leipzig builds components of a digital twin that "
            "simulate heat and rainwater in its growing districts. The code is developed jointly "
            "and shared."
        ),
        "challenge": (
            "<p>Leipzig is growing quickly, and heat and heavy rain put pressure on districts "
            "with little green space.</p>"
        ),
        "approach": (
            "<p>The city combines its tree register, 3D building models and weather data in "
            "simulations used by planners and, in a simplified form, by residents.</p>"
        ),
        "results": (
            "<p>A tree-planting scenario tool is in use in the planning department. Further "
            "modules for stormwater are in development.</p>"
        ),
        "lessons_learned": (
            "<p>Developing with partner cities spreads costs but needs strong coordination. "
            "Planners must be involved in defining each use case.</p>"
        ),
        "partners": ["City of Leipzig", "City of Hamburg", "City of Munich"],
        "figures": [("3", "partner cities"), ("290,000", "trees in the register")],
        "image": True,
    },
    {
        "slug": "darmstadt-open-traffic-data",
        "title": "Open traffic data from every signal in Darmstadt",
        "city": "darmstadt",
        "government_level": "city",
        "topics": ["smart-mobility", "open-urban-data-platforms"],
        "sdg_targets": ["11.2", "16.10"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2017,
        "end_year": 2021,
        "budget_range": "1m_10m",
        "introduction": (
            "Darmstadt publishes real-time data from its traffic signals and sensors, used to "
            "optimise signal timing and by researchers and developers."
        ),
        "summary": (
            "As Germany's Digital City, Darmstadt equipped its traffic signals with detectors and "
            "published the data openly. Signal timing now adapts to traffic, giving priority to "
            "buses and cyclists."
        ),
        "challenge": (
            "<p>Signal timing was based on old counts. There was no overview of traffic flows "
            "across the city in real time.</p>"
        ),
        "approach": (
            "<p>The city connected its signals to a central platform and published the data as "
            "open data. Researchers at the local university developed optimisation "
            "algorithms.</p>"
        ),
        "results": (
            "<p>Buses pass key junctions faster, and the data is used in research projects and "
            "apps.</p>"
        ),
        "lessons_learned": (
            "<p>Open data attracted research partners at no cost to the city. Data protection "
            "was addressed by publishing only aggregated counts.</p>"
        ),
        "partners": ["Digitalstadt Darmstadt GmbH", "Technical University of Darmstadt"],
        "figures": [("250", "signals connected")],
    },
    {
        "slug": "germany-smart-cities-model-projects",
        "title": "Smart Cities Model Projects: municipalities test and share",
        "country": "DE",
        "government_level": "national",
        "topics": ["capacity-building", "open-source-public-sector", "data-governance"],
        "sdg_targets": ["17.6", "11.3", "17.17"],
        "maturity": "scaled",
        "knowledge_format": "policy",
        "start_year": 2019,
        "end_year": None,
        "budget_range": "over_10m",
        "introduction": (
            "Germany's federal programme funds 73 municipalities to develop smart city "
            "strategies and share open-source solutions."
        ),
        "summary": (
            "The federal building ministry supports cities, districts and regions of all sizes "
            "in developing and implementing smart city strategies oriented to the common good. "
            "Results must be transferable, and software is published as open source."
        ),
        "challenge": (
            "<p>Municipalities developed similar solutions in parallel. Small towns and rural "
            "districts lacked the means to experiment.</p>"
        ),
        "approach": (
            "<p>The programme funds strategy and implementation phases, a coordination and "
            "transfer agency, and knowledge exchange between projects. Open-source publication is "
            "a funding condition.</p>"
        ),
        "results": (
            "<p>Seventy-three model projects develop strategies and solutions, many of which "
            "are already reused by other municipalities.</p>"
        ),
        "lessons_learned": (
            "<p>Transfer must be planned and funded, not expected. The open-source requirement "
            "made reuse possible.</p>"
        ),
        "partners": [
            "Federal Ministry for Housing, Urban Development and Building",
            "KfW",
            "Coordination and Transfer Agency Smart Cities",
        ],
        "links": [("Smart City Dialogue", "https://www.smart-city-dialog.de/")],
        "figures": [("73", "model projects"), ("€820 M", "federal funding")],
    },
    {
        "slug": "barcelona-decidim",
        "title": "Decidim: a participation platform built as a commons",
        "city": "barcelona",
        "government_level": "city",
        "topics": ["digital-participation", "open-source-public-sector"],
        "sdg_targets": ["16.7", "17.6", "17.8"],
        "maturity": "scaled",
        "knowledge_format": "transfer_package",
        "start_year": 2016,
        "end_year": None,
        "budget_range": "1m_10m",
        "introduction": (
            "Barcelona built Decidim for its strategic plan and released it as free software, "
            "now used by cities and organisations around the world."
        ),
        "summary": (
            "Decidim supports proposals, debates, participatory budgets, meetings and "
            "accountability. Its community, governed by a social contract, develops it further "
            "together."
        ),
        "challenge": (
            "<p>Proprietary participation tools gave the city little control over data and "
            "features, and each new process needed a new tool.</p>"
        ),
        "approach": (
            "<p>The city developed a modular platform in the open, with residents and "
            "developers, and transferred its governance to an independent association.</p>"
        ),
        "results": (
            "<p>Decidim is used by hundreds of public institutions. In Barcelona it supported "
            "the municipal action plan and participatory budgets.</p>"
        ),
        "lessons_learned": (
            "<p>Independent governance made other cities willing to adopt the software. "
            "Accountability features keep participation credible.</p>"
        ),
        "partners": ["Barcelona City Council", "Decidim Association"],
        "repository_url": "https://github.com/decidim/decidim",
        "licence": "AGPL-3.0-or-later",
        "links": [("Decidim", "https://decidim.org/")],
        "figures": [("400+", "organisations using Decidim")],
        "image": True,
    },
    {
        "slug": "lviv-resilient-digital-services",
        "title": "Keeping city services online in wartime",
        "city": "lviv",
        "government_level": "city",
        "topics": ["e-government-services", "data-governance"],
        "sdg_targets": ["16.6", "11.b"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2022,
        "end_year": 2024,
        "budget_range": "1m_10m",
        "introduction": (
            "Lviv moved critical systems to the cloud, backed up its registers abroad and kept "
            "services running through power cuts."
        ),
        "summary": (
            "Within weeks in 2022, Lviv secured its data and systems and adapted services for "
            "hundreds of thousands of displaced people arriving in the city."
        ),
        "challenge": (
            "<p>Servers in city buildings were vulnerable to attacks and power cuts, while "
            "demand for services grew sharply with the arrival of displaced people.</p>"
        ),
        "approach": (
            "<p>The city migrated critical systems to cloud infrastructure, set up backup "
            "power for service centres and built new digital services for registration and "
            "aid.</p>"
        ),
        "results": (
            "<p>Services remained available during blackouts, and new services supported the "
            "registration of displaced residents.</p>"
        ),
        "lessons_learned": (
            "<p>Preparing backups and cloud contracts before a crisis saves critical weeks. "
            "Simple services built quickly can matter more than perfect ones.</p>"
        ),
        "partners": ["Lviv City Council", "Ministry of Digital Transformation of Ukraine"],
    },
]
