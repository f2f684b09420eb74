"""Case studies from South Africa, Kenya and Ghana."""

CASE_STUDIES = [
    {
        "slug": "cape-town-informal-settlement-enumeration",
        "title": "Counting and mapping informal settlements with their residents",
        "city": "cape-town",
        "government_level": "metropolitan",
        "topics": ["smart-housing", "digital-participation"],
        "sdg_targets": ["11.1", "16.7"],
        "maturity": "implemented",
        "knowledge_format": "guide",
        "start_year": 2017,
        "end_year": 2021,
        "budget_range": "100k_1m",
        "introduction": (
            "Residents of informal settlements in Cape Town collect the data used to plan "
            "services and upgrading, and keep a copy for themselves."
        ),
        "summary": (
            "Community teams trained by residents' federations count households, map structures "
            "and record needs with tablets. The city uses the data to plan water, sanitation and "
            "electricity, and communities use it in negotiations."
        ),
        "challenge": (
            "<p>Official data on informal settlements was outdated or missing. Residents "
            "distrusted surveys carried out by outsiders.</p>"
        ),
        "approach": (
            "<p>The city funded enumerations led by community organisations. Data ownership is "
            "shared, and results are validated in community meetings before use.</p>"
        ),
        "results": (
            "<p>Dozens of settlements were enumerated. Service plans now rest on current data, "
            "and communities have a stronger voice in upgrading.</p>"
        ),
        "lessons_learned": (
            "<p>Community-led data collection is slower but more accurate and trusted. "
            "Agreements on data ownership must come before the first interview.</p>"
        ),
        "partners": [
            "City of Cape Town",
            "South African SDI Alliance",
            "Informal Settlement Network",
        ],
        "figures": [("50+", "settlements enumerated"), ("100 %", "data validated by residents")],
        "quote": (
            "When we count ourselves, the numbers are ours and nobody can say we do not exist.",
            "Community enumerator, Cape Town",
        ),
        "image": True,
    },
    {
        "slug": "cape-town-load-shedding-open-data",
        "title": "Load-shedding schedules and solar feed-in as open data",
        "city": "cape-town",
        "government_level": "city",
        "topics": ["climate-and-energy", "open-urban-data-platforms"],
        "sdg_targets": ["7.2", "16.10"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2019,
        "end_year": 2023,
        "budget_range": "under_100k",
        "introduction": (
            "Cape Town publishes its power-cut schedules in machine-readable form and data on "
            "rooftop solar, so residents and apps can plan around outages."
        ),
        "summary": (
            "During years of national power shortages, the city published load-shedding "
            "schedules and area maps as open data. Popular apps picked them up within days."
        ),
        "challenge": (
            "<p>Residents and businesses struggled to find out when their area would lose power. "
            "Schedules were published as images and changed often.</p>"
        ),
        "approach": (
            "<p>The city's open data team published schedules and area boundaries in open "
            "formats and updated them with every stage change.</p>"
        ),
        "results": (
            "<p>Millions of residents receive outage notifications through third-party apps. "
            "Solar data supported the city's programme to buy power from households.</p>"
        ),
        "lessons_learned": (
            "<p>Publishing data openly reached more people than the city's own channels. "
            "Timely updates matter more than perfect formats.</p>"
        ),
        "partners": ["City of Cape Town Energy Directorate", "Open data community"],
        "links": [("City of Cape Town open data", "https://odp.capetown.gov.za/")],
    },
    {
        "slug": "nairobi-county-e-payments",
        "title": "Nairobi's county services on one mobile payment platform",
        "city": "nairobi",
        "government_level": "city",
        "topics": ["e-government-services"],
        "sdg_targets": ["16.6", "17.8"],
        "maturity": "implemented",
        "knowledge_format": "case_study",
        "start_year": 2018,
        "end_year": 2022,
        "budget_range": "1m_10m",
        "introduction": (
            "Residents and businesses in Nairobi pay parking, permits and land rates by mobile "
            "money, with receipts that can be checked online."
        ),
        "summary": (
            "The county consolidated payment channels for its services onto one platform "
            "integrated with mobile money. Cash payments at county offices were phased out."
        ),
        "challenge": (
            "<p>Cash payments were slow, and revenue leaked between collection and the "
            "county's accounts.</p>"
        ),
        "approach": (
            "<p>The county mapped all revenue streams, integrated them with mobile money and "
            "introduced verifiable electronic receipts.</p>"
        ),
        "results": (
            "<p>Revenue collection became more transparent, and residents no longer queue to "
            "pay.</p>"
        ),
        "lessons_learned": (
            "<p>Building on payment habits residents already have made adoption fast. "
            "Verifiable receipts reduced disputes.</p>"
        ),
        "partners": ["Nairobi City County"],
        "figures": [("30+", "services payable by mobile money")],
    },
    {
        "slug": "nairobi-matatu-transit-data",
        "title": "Keeping the matatu map up to date: open data for informal transport",
        "city": "nairobi",
        "government_level": "city",
        "topics": ["smart-mobility", "open-source-public-sector"],
        "sdg_targets": ["11.2", "17.17"],
        "maturity": "pilot",
        "knowledge_format": "transfer_package",
        "start_year": 2020,
        "end_year": None,
        "budget_range": "under_100k",
        "introduction": (
            "Building on the 2014 Digital Matatus map, Nairobi tests how matatu routes can be "
            "kept current with open tools and the operators themselves."
        ),
        "summary": (
            "Matatu minibuses carry most of Nairobi's public transport passengers. Routes "
            "change often. The pilot equips route associations with simple tools to report "
            "changes, which are published in GTFS."
        ),
        "challenge": (
            "<p>The first map of the matatu network quickly aged. Planners of new bus rapid "
            "transit lines needed current data on informal routes.</p>"
        ),
        "approach": (
            "<p>The county and a university work with route associations, who report changes "
            "by phone app. Data are validated and published openly.</p>"
        ),
        "results": (
            "<p>Routes in two corridors are maintained by operators, and the approach is "
            "documented as a transfer package.</p>"
        ),
        "lessons_learned": (
            "<p>Operators share data when it helps them attract passengers. Open standards "
            "allowed other African cities to reuse the tools.</p>"
        ),
        "partners": ["Nairobi City County", "University of Nairobi", "Matatu route associations"],
        "links": [("Digital Matatus", "https://www.digitalmatatus.com/")],
        "image": True,
    },
    {
        "slug": "accra-community-health-workers",
        "title": "Digital tools for community health workers in inner-city Accra",
        "city": "accra",
        "government_level": "city",
        "topics": ["digital-health", "digital-inclusion"],
        "sdg_targets": ["9.c", "11.b"],
        "maturity": "idea",
        "knowledge_format": "case_study",
        "start_year": 2025,
        "end_year": None,
        "budget_range": "under_100k",
        "introduction": (
            "Accra plans to give community health workers a simple app to register home visits "
            "and refer residents to clinics."
        ),
        "summary": (
            "In dense inner-city neighbourhoods, community health workers are the first contact "
            "for many residents. A digital tool would replace paper registers and link visits "
            "with clinic records."
        ),
        "challenge": (
            "<p>Paper registers make it hard to follow up with patients or see health trends in "
            "a neighbourhood.</p>"
        ),
        "approach": (
            "<p>The assembly plans to build on the health information system already used by "
            "Ghana's health service, with a mobile app that works offline.</p>"
        ),
        "results": (
            "<p>Needs were assessed with health workers in two neighbourhoods. A pilot proposal "
            "is under discussion with partners.</p>"
        ),
        "lessons_learned": (
            "<p>Exchanges with Trujillo and Surabaya in the network shaped the idea: start with "
            "what health workers need, not with the device.</p>"
        ),
        "partners": ["Accra Metropolitan Assembly", "Ghana Health Service"],
    },
]
