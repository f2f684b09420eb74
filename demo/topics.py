"""The network's topics, grouped by the five fields of action of the Smart City Charter."""

TOPICS = [
    {
        "slug": "data-governance",
        "title": "Data governance",
        "cluster": "goals",
        "introduction": (
            "Who may collect, use and share urban data, and for whose benefit: rules, roles and "
            "institutions that keep data in the service of the common good."
        ),
        "text": (
            "<p>Cities collect more data than ever: from sensors, service requests, permits and "
            "private platforms. Data governance decides whether that data strengthens public "
            "value or private lock-in. Members of the network compare data strategies, the role "
            "of chief data officers, data-sharing clauses in procurement and the protection of "
            "personal data.</p>"
        ),
        "questions": [
            "Which data should a city own, and which should it only be able to access?",
            "How do data-sharing clauses in contracts with private providers work in practice?",
            "Where does the role of a city data officer sit in the administration?",
        ],
    },
    {
        "slug": "open-source-public-sector",
        "title": "Open source in the public sector",
        "cluster": "goals",
        "introduction": (
            "Public money, public code: how administrations develop, procure and share open-source "
            "software so that solutions can travel from one city to the next."
        ),
        "text": (
            "<p>Software built with public funds can be reused by other cities at little cost "
            "when it is published under an open licence. Network members share experience with "
            "open-source strategies, licensing, procurement rules and the communities that keep "
            "a project alive after the first funding ends.</p>"
        ),
        "questions": [
            "How do procurement rules allow or encourage open-source solutions?",
            "Who maintains shared software once a project has ended?",
            "Which licence suits a solution other cities should reuse?",
        ],
    },
    {
        "slug": "digital-participation",
        "title": "Digital participation",
        "cluster": "participation",
        "introduction": (
            "Participatory budgeting, online consultations and co-creation: digital tools that "
            "give residents a real say in how their city develops."
        ),
        "text": (
            "<p>Digital participation works when it is tied to real decisions and combined with "
            "meetings in the neighbourhood. Members share platforms, methods for reaching people "
            "who rarely take part, and ways of reporting back what happened to every proposal.</p>"
        ),
        "questions": [
            "How can online and offline participation feed into one decision?",
            "Which groups do digital formats miss, and how can cities reach them?",
            "How does a city show residents what became of their proposals?",
        ],
    },
    {
        "slug": "digital-inclusion",
        "title": "Digital inclusion",
        "cluster": "participation",
        "introduction": (
            "Connectivity, devices and skills for everyone, so that digital public services do not "
            "leave older people, low-income households or rural districts behind."
        ),
        "text": (
            "<p>Every digital service a city launches raises the cost of being offline. Network "
            "members exchange approaches to public Wi-Fi, digital skills centres in libraries and "
            "community centres, assisted service points and accessible design.</p>"
        ),
        "questions": [
            "Which offline or assisted channels should remain for every digital service?",
            "How can cities measure digital exclusion at neighbourhood level?",
            "What makes digital skills programmes reach people who need them most?",
        ],
    },
    {
        "slug": "open-urban-data-platforms",
        "title": "Open urban data platforms",
        "cluster": "infrastructure",
        "introduction": (
            "Platforms that bring together geodata, sensor data and statistics, open them to the "
            "public and connect them with the city's own applications."
        ),
        "text": (
            "<p>An urban data platform collects data from many departments and sources in one "
            "place, with open interfaces and open standards. Members compare architectures, "
            "open-source components, data catalogues and the organisational work that a platform "
            "needs beyond its technology.</p>"
        ),
        "questions": [
            "Which open standards keep a platform interoperable and free of vendor lock-in?",
            "How does a platform move from a pilot to a service the administration relies on?",
            "Which datasets are most in demand by residents, business and research?",
        ],
    },
    {
        "slug": "e-government-services",
        "title": "E-government services",
        "cluster": "infrastructure",
        "introduction": (
            "Permits, payments, registrations and complaints online: public services designed "
            "around residents' needs and connected behind the scenes."
        ),
        "text": (
            "<p>Moving a form online is the easy part. Members exchange experience with "
            "redesigning processes, digital identity, interoperability between levels of "
            "government and keeping services usable on basic mobile phones.</p>"
        ),
        "questions": [
            "Which services should a city digitise first, and how does it decide?",
            "How do cities connect municipal services with national registers?",
            "How do services stay available during power or network outages?",
        ],
    },
    {
        "slug": "digital-twins",
        "title": "Digital twins",
        "cluster": "infrastructure",
        "introduction": (
            "Three-dimensional, data-rich models of the city for planning, climate adaptation and "
            "participation, from simple 3D models to simulations."
        ),
        "text": (
            "<p>Digital twins help cities test decisions before building: flood scenarios, heat, "
            "traffic or new buildings in their context. Members share what a twin needs to be "
            "useful, what it costs to keep up to date, and how residents can use it too.</p>"
        ),
        "questions": [
            "Which planning questions justify building and maintaining a digital twin?",
            "How can smaller cities start with limited budgets and open data?",
            "How do digital twins support participation rather than replace it?",
        ],
    },
    {
        "slug": "capacity-building",
        "title": "Capacity building",
        "cluster": "resources",
        "introduction": (
            "Skills, structures and partnerships inside the administration: training staff, "
            "working with universities and learning from peer cities."
        ),
        "text": (
            "<p>Digital transformation depends on people in the administration who can commission, "
            "evaluate and run digital solutions. Members exchange training curricula, ways of "
            "recruiting digital talent into public service, and peer-learning formats between "
            "cities and ministries.</p>"
        ),
        "questions": [
            "Which digital skills does every department need, and which can be shared?",
            "How can cities work with universities and start-ups on equal terms?",
            "What makes peer learning between cities lead to change at home?",
        ],
    },
    {
        "slug": "smart-mobility",
        "title": "Smart mobility",
        "cluster": "sectors",
        "introduction": (
            "Public transport data, integrated ticketing, electric buses and informal transit: "
            "digital tools for mobility that is affordable, safe and low in emissions."
        ),
        "text": (
            "<p>Mobility is where residents feel smart city projects every day. Members compare "
            "open transit data, real-time passenger information, data on informal transport and "
            "the charging management of electric fleets.</p>"
        ),
        "questions": [
            "How can cities map and plan with informal transport?",
            "Which mobility data should private operators share with the city?",
            "How do digital tools make public transport more attractive than the car?",
        ],
    },
    {
        "slug": "climate-and-energy",
        "title": "Climate and energy",
        "cluster": "sectors",
        "introduction": (
            "Early warning, heat and air-quality monitoring, and energy data: digital tools for "
            "climate adaptation and the energy transition in cities."
        ),
        "text": (
            "<p>Cities are on the front line of floods, heat waves and energy shortages. Members "
            "share early-warning systems, sensor networks run with residents, and data that "
            "helps target investments in efficiency and renewable energy.</p>"
        ),
        "questions": [
            "How do early warnings reach the people most at risk?",
            "Which low-cost sensors give data good enough for decisions?",
            "How can energy data guide renovation and solar programmes?",
        ],
    },
    {
        "slug": "smart-housing",
        "title": "Smart housing",
        "cluster": "sectors",
        "introduction": (
            "Data for adequate and affordable housing: mapping informal settlements, faster "
            "permits and planning tools for renovation."
        ),
        "text": (
            "<p>Digital tools can speed up permits, make housing needs visible and support the "
            "upgrading of informal settlements together with their residents. Members exchange "
            "approaches that put housing rights, not technology, at the centre.</p>"
        ),
        "questions": [
            "How can residents of informal settlements own the data collected about them?",
            "Which steps of the building permit process benefit most from digitisation?",
            "How can data support renovation without displacing residents?",
        ],
    },
    {
        "slug": "digital-health",
        "title": "Digital health",
        "cluster": "sectors",
        "introduction": (
            "Appointments, referrals, telemedicine and community health data: digital services "
            "that bring municipal health care closer to residents."
        ),
        "text": (
            "<p>Many cities run primary health care and see long queues, paper records and "
            "distant specialists. Members share experience with appointment systems, "
            "telemedicine for district health posts and tools for community health workers.</p>"
        ),
        "questions": [
            "How do cities protect health data while sharing it between facilities?",
            "What do community health workers need from a digital tool?",
            "Where does telemedicine help, and where does it add to inequality?",
        ],
    },
]
