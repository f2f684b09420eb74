"""Spanish translations of part of the demo content, keyed by English slug.

Entries with every text are published; entries with some fields only stay drafts in progress;
pages without an entry stay untranslated (see demo/translate.py).
"""

from demo import streamfield as sf

PHRASES = {
    "topic_questions": "Preguntas en las que trabajan los miembros",
    "case_study_figures": "En cifras",
    "case_study_contact": "Contacto",
    "case_study_contact_city": (
        "<p>Para saber más, contacte con {city} a través de su "
        '<a linktype="page" id="{city_id}">página de ciudad</a> o pida a la secretaría de la red '
        "que le ponga en contacto.</p>"
    ),
    "case_study_contact_secretariat": (
        "<p>Para saber más, escriba a la secretaría de la red a "
        '<a href="mailto:{email}">{email}</a>.</p>'
    ),
    "case_study_artwork": "Ilustración abstracta de puntos conectados con las palabras «{title}».",
    "artwork_credit": "Ilustración de demostración de la ISCN",
}

SITE_PAGES = {
    "home": {
        "slug": "inicio",
        "title": "Red Internacional de Ciudades Inteligentes",
        "introduction": (
            "Ciudades y ministerios nacionales de cinco continentes comparten cómo orientan la "
            "transformación digital de las ciudades hacia el bien común."
        ),
        "welcome_heading": "Ciudades que aprenden de ciudades",
        "welcome": (
            "<p>La Red Internacional de Ciudades Inteligentes reúne a ciudades y ministerios "
            "nacionales de desarrollo urbano que quieren que la tecnología digital esté al "
            "servicio de las personas, y no al revés. Sus miembros se reúnen con regularidad, "
            "eligen juntos sus temas y comparten en esta base de conocimiento abierta lo que "
            "funcionó y lo que no.</p>"
        ),
        "figures_title": "La red en cifras",
        "figure_labels": {
            "cities": "ciudades miembro",
            "countries": "países",
            "case_studies": "estudios de caso",
            "topics": "temas",
        },
        "image_alt_text": (
            "Ilustración abstracta: puntos de colores sobre un fondo oscuro unidos por líneas, "
            "como ciudades conectadas en una red."
        ),
        "image_caption": "Ciudades de cinco continentes intercambian experiencias en la red.",
        "quote": (
            "La transformación digital no es un proyecto técnico. Se trata del tipo de ciudad en "
            "la que queremos vivir.",
            "De la Carta de Ciudades Inteligentes",
        ),
        "explore": (
            "Explore la base de conocimiento",
            "Busque estudios de caso por tema, país, grado de madurez y Objetivo de Desarrollo "
            "Sostenible.",
            "Ver estudios de caso",
        ),
        "meet": (
            "Conozca la red",
            "Participe en un seminario web, un taller o el próximo encuentro de la red.",
            "Ver próximos eventos",
        ),
        "new_here": (
            '<p>¿Es nuevo aquí? Lea <a linktype="page" id="{about_id}">sobre la red</a>.</p>'
        ),
    },
    "topics": {
        "slug": "temas",
        "title": "Temas",
        "introduction": (
            "Los temas que los miembros eligieron para trabajar juntos, agrupados según los "
            "cinco campos de acción de la Carta de Ciudades Inteligentes."
        ),
    },
    "cities": {
        "slug": "ciudades",
        "title": "Ciudades",
        "introduction": (
            "Ciudades miembro y socias de la red, desde pequeños municipios hasta regiones "
            "metropolitanas."
        ),
    },
    "case-studies": {
        "slug": "estudios-de-caso",
        "title": "Estudios de caso",
        "introduction": (
            "Proyectos, programas y políticas de ciudades y ministerios miembros: qué se "
            "propusieron, cómo lo hicieron y qué aprendieron."
        ),
    },
    "events": {
        "slug": "eventos",
        "title": "Eventos",
        "introduction": (
            "Encuentros de la red, talleres, seminarios web y viajes de estudio, presenciales y "
            "en línea."
        ),
    },
    "about": {
        "slug": "sobre-la-red",
        "title": "Sobre la red",
        "introduction": (
            "Una red financiada por Alemania en la que ciudades y ministerios de Brasil, México, "
            "Perú, India, Alemania y otros países aprenden unos de otros."
        ),
        "body": [
            sf.heading("Por qué existe la red"),
            sf.paragraph(
                "<p>Las ciudades de todo el mundo se enfrentan a las mismas preguntas: cómo usar "
                "los datos sin perder el control sobre ellos, cómo digitalizar los servicios sin "
                "dejar a nadie atrás y cómo comprar tecnología que sirva al interés público. La "
                "red permite a ciudades y ministerios responder a estas preguntas juntos y no en "
                "solitario.</p>"
            ),
            sf.heading("Socios principales"),
            sf.paragraph(
                "<p>La red está financiada por el Gobierno Federal de Alemania. Sus socios "
                "principales son los ministerios nacionales responsables del desarrollo urbano "
                "en:</p>"
                "<ul><li>Brasil</li><li>México</li><li>Perú</li><li>India</li>"
                "<li>Alemania</li></ul>"
                "<p>Ciudades miembro de estos y otros países participan en sus actividades.</p>"
            ),
            sf.heading("Cómo trabajamos"),
            sf.paragraph(
                "<ul><li><b>Encuentros de la red</b> una vez al año y encuentros regionales "
                "entre medias</li>"
                "<li><b>Temas elegidos en común</b>, propuestos y votados por los miembros</li>"
                "<li><b>Formatos de intercambio</b> según las necesidades: seminarios web, "
                "talleres, viajes de estudio</li>"
                "<li><b>Espacios de trabajo en línea compartidos</b> para los grupos de "
                "trabajo</li>"
                "<li><b>Esta base de conocimiento</b> de procesos de planificación y proyectos "
                "concretos</li></ul>"
            ),
            sf.key_figures(
                [
                    ("5", "países socios principales"),
                    ("5", "campos de acción"),
                    ("4", "formatos de evento"),
                ]
            ),
            sf.quote(
                "El consejo más útil suele venir de una ciudad que intentó lo mismo dos años "
                "antes.",
                "Representante de una ciudad miembro",
            ),
        ],
    },
}

TOPICS = {
    "data-governance": {
        "slug": "gobernanza-de-datos",
        "title": "Gobernanza de datos",
        "introduction": (
            "Quién puede recopilar, usar y compartir datos urbanos, y en beneficio de quién: "
            "reglas, funciones e instituciones que mantienen los datos al servicio del bien común."
        ),
        "text": (
            "<p>Las ciudades recopilan más datos que nunca: de sensores, solicitudes de servicio, "
            "permisos y plataformas privadas. La gobernanza de datos decide si esos datos "
            "refuerzan el valor público o la dependencia de actores privados. Los miembros de la "
            "red comparan estrategias de datos, el papel de los responsables de datos, las "
            "cláusulas de intercambio de datos en la contratación pública y la protección de los "
            "datos personales.</p>"
        ),
        "questions": [
            "¿Qué datos debería poseer una ciudad y a cuáles solo debería poder acceder?",
            "¿Cómo funcionan en la práctica las cláusulas de intercambio de datos en los contratos "
            "con proveedores privados?",
            "¿Dónde se sitúa dentro de la administración la función de responsable municipal de "
            "datos?",
        ],
    },
    "digital-participation": {
        "slug": "participacion-digital",
        "title": "Participación digital",
        "introduction": (
            "Presupuestos participativos, consultas en línea y cocreación: herramientas digitales "
            "que dan a los vecinos una voz real en el desarrollo de su ciudad."
        ),
        "text": (
            "<p>La participación digital funciona cuando está vinculada a decisiones reales y se "
            "combina con reuniones en el barrio. Los miembros comparten plataformas, métodos para "
            "llegar a quienes rara vez participan y formas de informar de lo que pasó con cada "
            "propuesta.</p>"
        ),
        "questions": [
            "¿Cómo puede la participación en línea y presencial confluir en una sola decisión?",
            "¿A qué grupos no llegan los formatos digitales y cómo pueden alcanzarlos las "
            "ciudades?",
            "¿Cómo muestra una ciudad a sus vecinos qué fue de sus propuestas?",
        ],
    },
    # In progress: the title and introduction are translated, the body is not yet.
    "digital-inclusion": {
        "slug": "inclusion-digital",
        "title": "Inclusión digital",
        "introduction": (
            "Conectividad, dispositivos y competencias para todos, para que los servicios "
            "públicos digitales no dejen atrás a las personas mayores, a los hogares con bajos "
            "ingresos ni a los distritos rurales."
        ),
    },
}

CITIES = {
    "merida": {
        "slug": "merida",
        "title": "Mérida",
        "introduction": (
            "La capital de Yucatán combina el presupuesto participativo con el trabajo sobre el "
            "calor, las áreas verdes y el agua en una zona metropolitana de rápido crecimiento."
        ),
        "region": "Yucatán",
        "profile": (
            "<p>Mérida es una de las ciudades más seguras y de más rápido crecimiento de México. "
            "Su administración utiliza la <b>participación digital</b> para las inversiones en "
            "los barrios y está construyendo una red de sensores para entender el calor "
            "urbano.</p>"
        ),
        "contact_name": "Dirección de Gobierno Digital",
    },
    # In progress: the profile and contact are still to be translated.
    "lima": {
        "slug": "lima",
        "title": "Lima",
        "introduction": (
            "La capital y mayor metrópoli del Perú trabaja en datos de transporte público y en "
            "inclusión digital en sus barrios de ladera."
        ),
        "region": "Lima",
    },
}

CASE_STUDIES = {
    "merida-digital-participatory-budgeting": {
        "slug": "merida-presupuesto-participativo-digital",
        "title": "El presupuesto participativo se vuelve digital en Mérida",
        "introduction": (
            "Los vecinos de Mérida proponen y votan proyectos para sus barrios en línea y en "
            "mesas de votación instaladas en parques y mercados."
        ),
        "summary": (
            "Mérida reserva parte de su presupuesto de inversión para proyectos propuestos por la "
            "ciudadanía. Una plataforma de participación basada en software de código abierto "
            "gestiona las propuestas, la revisión técnica y la votación, mientras que mesas de "
            "votación itinerantes llegan a quienes no tienen internet."
        ),
        "challenge": (
            "<p>Los presupuestos participativos anteriores dependían de formularios en papel y "
            "de reuniones que llegaban sobre todo a grupos organizados. Era difícil seguir los "
            "resultados, y muchos vecinos no sabían si su propuesta se había construido.</p>"
        ),
        "approach": (
            "<p>La ciudad adoptó una plataforma de participación de código abierto y la adaptó a "
            "las necesidades locales. La viabilidad y el costo de cada propuesta se revisan en "
            "público, y los proyectos construidos se muestran en un mapa con fotografías.</p>"
        ),
        "results": (
            "<p>La participación creció en cada ciclo, con un claro aumento entre los jóvenes. "
            "Parques, alumbrado público e instalaciones deportivas fueron las categorías más "
            "votadas.</p>"
        ),
        "lessons_learned": (
            "<p>Mostrar lo que se construyó con votaciones anteriores es la mejor invitación a "
            "volver a votar. Las mesas de votación en los mercados fueron esenciales para las "
            "personas mayores.</p>"
        ),
        "partners": ["Ayuntamiento de Mérida", "Universidad Autónoma de Yucatán"],
        "figures": [("4", "ciclos presupuestarios"), ("1.900", "propuestas presentadas")],
    },
    # In progress: the introduction and summary are translated, the full text is not yet.
    "lima-public-transport-data-model": {
        "slug": "lima-modelo-de-datos-transporte-publico",
        "title": "Un modelo de datos para el transporte público de Lima y Callao",
        "introduction": (
            "La autoridad de transporte de Lima reunió las rutas de cientos de empresas de buses "
            "en un único modelo de datos abiertos, un primer paso hacia una red integrada."
        ),
        "summary": (
            "Cientos de empresas privadas operan buses en Lima y Callao. La autoridad de "
            "transporte urbano cartografió sus rutas con los operadores y con voluntarios y las "
            "publicó en el estándar GTFS."
        ),
    },
}
