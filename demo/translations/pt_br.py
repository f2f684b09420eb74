"""Brazilian Portuguese translations of part of the demo content, keyed by English slug.

Entries with every text are published; entries with some fields only stay drafts in progress;
pages without an entry stay untranslated (see demo/translate.py).
"""

from demo import streamfield as sf

PHRASES = {
    "topic_questions": "Perguntas em que os membros trabalham",
    "case_study_figures": "Em números",
    "case_study_contact": "Contato",
    "case_study_contact_city": (
        "<p>Para saber mais, entre em contato com {city} pela "
        '<a linktype="page" id="{city_id}">página da cidade</a> ou peça à secretaria da rede '
        "que faça a ponte.</p>"
    ),
    "case_study_contact_secretariat": (
        "<p>Para saber mais, escreva para a secretaria da rede em "
        '<a href="mailto:{email}">{email}</a>.</p>'
    ),
    "case_study_artwork": "Ilustração abstrata de pontos conectados com as palavras “{title}”.",
    "artwork_credit": "Ilustração de demonstração da ISCN",
}

SITE_PAGES = {
    "home": {
        "slug": "pagina-inicial",
        "title": "Rede Internacional de Cidades Inteligentes",
        "introduction": (
            "Cidades e ministérios nacionais de cinco continentes compartilham como orientam a "
            "transformação digital das cidades para o bem comum."
        ),
        "welcome_heading": "Cidades aprendendo com cidades",
        "welcome": (
            "<p>A Rede Internacional de Cidades Inteligentes reúne cidades e ministérios "
            "nacionais de desenvolvimento urbano que querem que a tecnologia digital sirva às "
            "pessoas, e não o contrário. Os membros se encontram regularmente, escolhem seus "
            "temas em conjunto e compartilham nesta base de conhecimento aberta o que deu certo "
            "e o que não deu.</p>"
        ),
        "figures_title": "A rede em números",
        "figure_labels": {
            "cities": "cidades-membro",
            "countries": "países",
            "case_studies": "estudos de caso",
            "topics": "temas",
        },
        "image_alt_text": (
            "Ilustração abstrata: pontos coloridos sobre um fundo escuro ligados por linhas, "
            "como cidades conectadas em rede."
        ),
        "image_caption": "Cidades de cinco continentes trocam experiências na rede.",
        "quote": (
            "A transformação digital não é um projeto técnico. Trata-se do tipo de cidade em que "
            "queremos viver.",
            "Da Carta Brasileira para Cidades Inteligentes",
        ),
        "explore": (
            "Explore a base de conhecimento",
            "Navegue pelos estudos de caso por tema, país, grau de maturidade e Objetivo de "
            "Desenvolvimento Sustentável.",
            "Ver estudos de caso",
        ),
        "meet": (
            "Conheça a rede",
            "Participe de um webinar, de uma oficina ou do próximo encontro da rede.",
            "Ver próximos eventos",
        ),
        "new_here": (
            '<p>É novo por aqui? Leia <a linktype="page" id="{about_id}">sobre a rede</a>.</p>'
        ),
    },
    "topics": {
        "slug": "temas",
        "title": "Temas",
        "introduction": (
            "Os temas que os membros escolheram para trabalhar juntos, agrupados pelos cinco "
            "campos de ação da Carta de Cidades Inteligentes."
        ),
    },
    "cities": {
        "slug": "cidades",
        "title": "Cidades",
        "introduction": (
            "Cidades-membro e parceiras da rede, de pequenos municípios a regiões metropolitanas."
        ),
    },
    "case-studies": {
        "slug": "estudos-de-caso",
        "title": "Estudos de caso",
        "introduction": (
            "Projetos, programas e políticas de cidades e ministérios membros: o que se "
            "propuseram a fazer, como fizeram e o que aprenderam."
        ),
    },
    "events": {
        "slug": "eventos",
        "title": "Eventos",
        "introduction": (
            "Encontros da rede, oficinas, webinars e viagens de estudo, presenciais e on-line."
        ),
    },
    "about": {
        "slug": "sobre-a-rede",
        "title": "Sobre a rede",
        "introduction": (
            "Uma rede financiada pela Alemanha em que cidades e ministérios do Brasil, México, "
            "Peru, Índia, Alemanha e outros países aprendem uns com os outros."
        ),
        "body": [
            sf.heading("Por que a rede existe"),
            sf.paragraph(
                "<p>Cidades do mundo inteiro enfrentam as mesmas perguntas: como usar dados sem "
                "abrir mão do controle sobre eles, como digitalizar serviços sem deixar ninguém "
                "para trás e como comprar tecnologia que sirva ao interesse público. A rede "
                "permite que cidades e ministérios respondam a essas perguntas juntos, e não "
                "sozinhos.</p>"
            ),
            sf.heading("Parceiros principais"),
            sf.paragraph(
                "<p>A rede é financiada pelo Governo Federal da Alemanha. Seus parceiros "
                "principais são os ministérios nacionais responsáveis pelo desenvolvimento urbano "
                "em:</p>"
                "<ul><li>Brasil</li><li>México</li><li>Peru</li><li>Índia</li>"
                "<li>Alemanha</li></ul>"
                "<p>Cidades-membro desses e de outros países participam de suas atividades.</p>"
            ),
            sf.heading("Como trabalhamos"),
            sf.paragraph(
                "<ul><li><b>Encontros da rede</b> uma vez por ano e encontros regionais nesse "
                "intervalo</li>"
                "<li><b>Temas escolhidos em conjunto</b>, propostos e votados pelos membros</li>"
                "<li><b>Formatos de intercâmbio</b> sob medida: webinars, oficinas, viagens de "
                "estudo</li>"
                "<li><b>Espaços de trabalho on-line compartilhados</b> para os grupos de "
                "trabalho</li>"
                "<li><b>Esta base de conhecimento</b> de processos de planejamento e projetos "
                "concretos</li></ul>"
            ),
            sf.key_figures(
                [
                    ("5", "países parceiros principais"),
                    ("5", "campos de ação"),
                    ("4", "formatos de evento"),
                ]
            ),
            sf.quote(
                "O conselho mais útil muitas vezes vem de uma cidade que tentou a mesma coisa dois "
                "anos antes.",
                "Representante de uma cidade-membro",
            ),
        ],
    },
}

TOPICS = {
    "digital-participation": {
        "slug": "participacao-digital",
        "title": "Participação digital",
        "introduction": (
            "Orçamento participativo, consultas on-line e cocriação: ferramentas digitais que dão "
            "aos moradores voz de verdade nos rumos da sua cidade."
        ),
        "text": (
            "<p>A participação digital funciona quando está ligada a decisões reais e combinada "
            "com reuniões no bairro. Os membros compartilham plataformas, métodos para alcançar "
            "quem raramente participa e formas de prestar contas do que aconteceu com cada "
            "proposta.</p>"
        ),
        "questions": [
            "Como a participação on-line e presencial pode alimentar uma única decisão?",
            "Quais grupos os formatos digitais não alcançam, e como as cidades podem chegar até "
            "eles?",
            "Como uma cidade mostra aos moradores o que foi feito das suas propostas?",
        ],
    },
    "e-government-services": {
        "slug": "servicos-de-governo-digital",
        "title": "Serviços de governo digital",
        "introduction": (
            "Licenças, pagamentos, cadastros e reclamações on-line: serviços públicos pensados "
            "a partir das necessidades dos moradores e integrados nos bastidores."
        ),
        "text": (
            "<p>Colocar um formulário on-line é a parte fácil. Os membros trocam experiências "
            "sobre o redesenho de processos, identidade digital, interoperabilidade entre esferas "
            "de governo e como manter os serviços utilizáveis em celulares simples.</p>"
        ),
        "questions": [
            "Quais serviços uma cidade deve digitalizar primeiro, e como ela decide?",
            "Como as cidades conectam os serviços municipais aos cadastros nacionais?",
            "Como os serviços continuam disponíveis durante quedas de energia ou de rede?",
        ],
    },
    # In progress: the title and introduction are translated, the body is not yet.
    "smart-mobility": {
        "slug": "mobilidade-inteligente",
        "title": "Mobilidade inteligente",
        "introduction": (
            "Dados de transporte público, bilhetagem integrada, ônibus elétricos e transporte "
            "informal: ferramentas digitais para uma mobilidade acessível, segura e de baixas "
            "emissões."
        ),
    },
}

CITIES = {
    "recife": {
        "slug": "recife",
        "title": "Recife",
        "introduction": (
            "Capital de Pernambuco e sede do Porto Digital, um dos maiores parques tecnológicos "
            "do Brasil, no bairro histórico e revitalizado do porto."
        ),
        "region": "Pernambuco",
        "profile": (
            "<p>Recife combina um forte ecossistema de tecnologia com os desafios de uma cidade "
            "litorânea exposta a enchentes e à elevação do nível do mar. A cidade trabalha com "
            "<b>serviços públicos digitais</b>, dados abertos e parcerias com suas "
            "universidades.</p>"
        ),
        "contact_name": "Secretaria Executiva de Inovação",
    },
    # In progress: the profile and contact are still to be translated.
    "curitiba": {
        "slug": "curitiba",
        "title": "Curitiba",
        "introduction": (
            "Conhecida no mundo inteiro por ter inventado o BRT, Curitiba hoje une sua tradição de "
            "planejamento a dados abertos e a um distrito de inovação."
        ),
    },
}

CASE_STUDIES = {
    "conecta-recife": {
        "slug": "conecta-recife-porta-de-entrada-digital",
        "title": "Conecta Recife: uma porta de entrada digital para os serviços da cidade",
        "introduction": (
            "Recife reuniu mais de 150 serviços municipais em um portal e um aplicativo, com "
            "pontos de atendimento assistido para quem não tem smartphone."
        ),
        "summary": (
            "Os moradores do Recife precisavam ir a vários órgãos e sites para obter licenças, "
            "certidões, consultas de saúde e registrar reclamações. O Conecta Recife criou um "
            "login único, um catálogo único de serviços e um back office compartilhado, e "
            "manteve o atendimento presencial nos centros comunitários."
        ),
        "challenge": (
            "<p>Cada secretaria mantinha seu próprio site e seus próprios formulários. Os "
            "moradores precisavam saber qual órgão era responsável, e muitos serviços ainda "
            "exigiam ir pessoalmente. Cerca de um quarto dos domicílios não tinha acesso "
            "confiável à internet em casa.</p>"
        ),
        "approach": (
            "<p>Uma pequena equipe de produto mapeou, com moradores e servidores do atendimento, "
            "os 40 serviços mais procurados. Os serviços foram redesenhados um a um, publicados "
            "em um catálogo comum e conectados a uma camada compartilhada de identidade e "
            "pagamento.</p><ul><li>um login para todos os serviços, vinculado à conta nacional "
            "gov.br</li><li>pontos de atendimento assistido em 12 centros comunitários</li>"
            "<li>cada novo formulário testado com moradores antes do lançamento</li></ul>"
        ),
        "results": (
            "<p>Em 2022, mais de 150 serviços estavam disponíveis on-line, e três em cada quatro "
            "solicitações chegavam por meio digital. O tempo médio para alvarás de "
            "funcionamento caiu de semanas para dias. Durante a pandemia, a plataforma cuidou "
            "do agendamento da vacinação de toda a cidade.</p>"
        ),
        "lessons_learned": (
            "<p>Redesenhar o processo importou mais do que a tecnologia. Manter abertos os "
            "pontos de atendimento assistido gerou confiança entre os moradores mais velhos, e "
            "publicar estatísticas de uso ajudou a equipe a conquistar o apoio de secretarias "
            "que no início eram céticas.</p>"
        ),
        "partners": [
            "Secretaria Executiva de Inovação do Recife",
            "Porto Digital",
            "EMPREL",
        ],
        "figures": [
            ("150+", "serviços on-line"),
            ("75%", "das solicitações feitas por meio digital"),
            ("12", "pontos de atendimento assistido"),
        ],
        "quote": (
            "Não digitalizamos formulários: perguntamos aos moradores o que eles estavam tentando "
            "resolver.",
            "Chefe da equipe de design de serviços, Recife",
        ),
        "links": [("Prefeitura do Recife", "https://www2.recife.pe.gov.br/")],
    },
    # In progress: the introduction and summary are translated, the full text is not yet.
    "curitiba-real-time-bus-data": {
        "slug": "curitiba-dados-abertos-onibus-tempo-real",
        "title": "Dados abertos em tempo real para o BRT de Curitiba",
        "introduction": (
            "Curitiba publicou os horários e as posições dos veículos da sua rede integrada de "
            "ônibus como dados abertos, para que qualquer aplicativo possa mostrar as chegadas em "
            "tempo real."
        ),
        "summary": (
            "A cidade equipou a frota com rastreadores GPS, organizou os dados de pontos e linhas "
            "e publicou tanto os horários quanto as posições ao vivo no padrão GTFS. Aplicativos "
            "de rotas, startups e pesquisadores usam hoje os mesmos dados que a operadora."
        ),
    },
}
