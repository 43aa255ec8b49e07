"""Demo content for the Permanent Mission of Brazil (Portuguese, with English and Spanish)."""

import datetime

from .types import (
    ContactText,
    DemoMission,
    Event,
    Flag,
    Heading,
    NewsItem,
    PageText,
    Paragraph,
    Picture,
    Representative,
    SiteDetails,
    Statement,
    TranslatedPages,
)

AMBASSADOR = "Embaixadora Helena Duarte Siqueira, Representante Permanente"
DEPUTY = "Ministro Rafael Costa Albuquerque, Representante Permanente Alterno"

MISSION = DemoMission(
    iso3="BRA",
    name="brazil",
    languages=("pt", "en", "es"),
    details=SiteDetails(
        display_name="Missão Permanente do Brasil junto às Nações Unidas",
        address="415 Lexington Avenue, 18th floor\nNew York, NY 10017\nUnited States",
        phone="+1 212 555 0163",
        email="mission.brazil@example.org",
        social_handle="brasilonu-demo",
        brand_colour="#00703C",
        footer_text=(
            "Site de demonstração: as pessoas, declarações e eventos apresentados são fictícios."
        ),
    ),
    flag=Flag(stripes=("#009C3B",), rhombus="#FFDF00", disc="#002776", disc_ratio=0.24),
    home=PageText(
        title="Missão Permanente do Brasil junto às Nações Unidas",
        introduction=(
            "O Brasil nas Nações Unidas: desenvolvimento sustentável, combate à fome e à "
            "pobreza, paz e reforma da governança global."
        ),
        body=(
            Picture(
                "headquarters",
                "Desenho da sede das Nações Unidas em Nova York, às margens do East River",
                "A sede das Nações Unidas, em Nova York.",
            ),
            Paragraph(
                "Por tradição, o Brasil abre o debate geral da Assembleia Geral todos os anos. "
                "Aqui você encontra nossas notícias, os discursos da delegação e os eventos "
                "organizados pela Missão."
            ),
        ),
    ),
    about=PageText(
        title="A Missão",
        introduction="A Missão representa o Brasil junto à Organização das Nações Unidas.",
        body=(
            Heading("Nosso trabalho"),
            Paragraph(
                "A Missão acompanha os trabalhos da Assembleia Geral, do Conselho de "
                "Segurança, do Conselho Econômico e Social e de seus órgãos subsidiários. "
                "Negocia resoluções, coordena posições com os países da região e dialoga com "
                "a sociedade civil."
            ),
            Paragraph(
                "A equipe reúne diplomatas e especialistas em temas de paz e segurança, "
                "desenvolvimento, meio ambiente, direitos humanos e questões orçamentárias."
            ),
            Picture(
                "assembly",
                "Desenho do salão da Assembleia Geral, com fileiras de assentos voltadas "
                "para a tribuna",
                "O salão da Assembleia Geral.",
            ),
            Heading("Prioridades"),
            Paragraph(
                "A erradicação da fome e da pobreza, a proteção das florestas e do clima, a "
                "reforma do Conselho de Segurança e a participação dos países em "
                "desenvolvimento nas decisões globais."
            ),
        ),
    ),
    news_index=PageText(title="Notícias", introduction="Notas à imprensa e notícias da Missão."),
    statements_index=PageText(
        title="Discursos",
        introduction="Discursos e declarações do Brasil nas Nações Unidas.",
    ),
    events_index=PageText(title="Eventos", introduction="Eventos organizados pela Missão."),
    contact=ContactText(
        title="Contato",
        introduction=(
            "Escreva para a Missão ou ligue para a recepção. Para passaportes e vistos, "
            "procure o Consulado-Geral em Nova York."
        ),
        opening_hours="De segunda a sexta-feira, das 9h30 às 17h30 (horário de Nova York).",
    ),
    representative=Representative(
        slug="representante-permanente",
        name="Embaixadora Helena Duarte Siqueira",
        role="Representante Permanente do Brasil junto às Nações Unidas",
        credentials_presented_on=datetime.date(2025, 6, 2),
        title="A Representante Permanente",
        introduction=(
            "Perfil fictício criado para a demonstração deste site: a pessoa não existe."
        ),
        body=(
            Paragraph(
                "A Embaixadora Helena Duarte Siqueira apresentou suas credenciais ao "
                "Secretário-Geral em 2 de junho de 2025. Antes, foi Secretária de Assuntos "
                "Multilaterais no Ministério das Relações Exteriores."
            ),
            Paragraph(
                "Serviu em Genebra, Buenos Aires e Pretória, e chefiou a delegação brasileira "
                "em negociações sobre clima e biodiversidade."
            ),
            Paragraph("É formada em Direito e mestre em Relações Internacionais."),
        ),
    ),
    news=(
        NewsItem(
            slug="alianca-contra-fome",
            title="Aliança Global contra a Fome e a Pobreza ganha novos membros",
            publication_date=datetime.date(2026, 9, 25),
            summary=(
                "Dez novos países aderiram à Aliança durante a semana de alto nível da "
                "Assembleia Geral."
            ),
            tags=("fome", "desenvolvimento"),
            body=(
                Paragraph(
                    "Em evento realizado à margem do debate geral, dez países anunciaram sua "
                    "adesão à Aliança Global contra a Fome e a Pobreza, que passa a reunir "
                    "mais de cem membros."
                ),
                Paragraph(
                    "A Aliança apoia programas de alimentação escolar, transferência de renda "
                    "e apoio à agricultura familiar."
                ),
            ),
        ),
        NewsItem(
            slug="florestas-tropicais-fundo",
            title="Brasil apresenta balanço do fundo para florestas tropicais",
            publication_date=datetime.date(2026, 4, 22),
            summary="No Dia da Terra, a Missão apresentou os primeiros resultados do fundo.",
            tags=("florestas", "clima"),
            body=(
                Paragraph(
                    "A Missão reuniu delegações para apresentar os primeiros pagamentos do "
                    "fundo a países que mantêm suas florestas tropicais em pé."
                ),
                Picture(
                    "conference",
                    "Desenho de delegados sentados em torno de uma mesa redonda",
                    "Apresentação na Missão.",
                ),
            ),
        ),
        NewsItem(
            slug="operacoes-paz-capacitacao",
            title="Curso sobre proteção de civis para militares de países da região",
            publication_date=datetime.date(2026, 2, 12),
            summary="Trinta oficiais de doze países participaram do curso em Nova York.",
            tags=("manutenção da paz",),
            body=(
                Paragraph(
                    "O curso, organizado com o Departamento de Operações de Paz, tratou da "
                    "proteção de civis e da prevenção da violência sexual em conflitos."
                ),
                Paragraph(
                    "O Brasil contribui há décadas com tropas e policiais para as missões de "
                    "paz das Nações Unidas."
                ),
            ),
        ),
        NewsItem(
            slug="semana-cultura-brasileira",
            title="Semana da cultura brasileira na sede das Nações Unidas",
            publication_date=datetime.date(2025, 11, 7),
            summary="Exposição e concerto celebraram a diversidade cultural do Brasil.",
            tags=("cultura",),
            body=(
                Paragraph(
                    "Uma exposição de fotografias da Amazônia e um concerto de choro marcaram "
                    "a semana, aberta a funcionários e delegações."
                ),
                Paragraph("A exposição ficou aberta ao público durante duas semanas."),
            ),
        ),
    ),
    statements=(
        Statement(
            slug="debate-geral-80-sessao",
            title="Abertura do debate geral da 80ª sessão da Assembleia Geral",
            un_body="GA",
            session="80ª sessão",
            agenda_item="Item 8: Debate geral",
            meeting_date=datetime.date(2025, 9, 23),
            speaker=AMBASSADOR,
            summary="O Brasil defende a reforma da governança global e o fim da fome.",
            body=(
                Paragraph("Senhor Presidente,"),
                Paragraph(
                    "Oitenta anos depois de São Francisco, a fome ainda atinge centenas de "
                    "milhões de pessoas. Não falta comida no mundo: falta vontade política."
                ),
                Paragraph(
                    "O Brasil defende um Conselho de Segurança mais representativo e "
                    "instituições financeiras que deem voz aos países em desenvolvimento."
                ),
                Paragraph("Muito obrigada."),
            ),
        ),
        Statement(
            slug="conselho-seguranca-haiti",
            title="Conselho de Segurança: a situação no Haiti",
            un_body="SC",
            session="Debate aberto",
            agenda_item="A questão do Haiti",
            meeting_date=datetime.date(2026, 7, 2),
            speaker=AMBASSADOR,
            summary="A solução para o Haiti deve ser liderada pelos haitianos.",
            body=(
                Paragraph("Senhor Presidente,"),
                Paragraph(
                    "A segurança é condição para o diálogo político e para a recuperação "
                    "econômica do Haiti. O Brasil apoia a missão multinacional e pede que ela "
                    "tenha financiamento previsível."
                ),
                Paragraph(
                    "Ao mesmo tempo, é preciso investir em emprego, saúde e educação para "
                    "os jovens haitianos."
                ),
            ),
        ),
        Statement(
            slug="quinta-comissao-orcamento",
            title="Quinta Comissão: orçamento-programa para 2027",
            un_body="C5",
            session="81ª sessão",
            agenda_item="Item 140: Orçamento-programa para 2027",
            meeting_date=datetime.date(2026, 10, 12),
            speaker=DEPUTY,
            summary="Recursos adequados para os mandatos de desenvolvimento.",
            body=(
                Paragraph("Senhora Presidente,"),
                Paragraph(
                    "A Organização precisa de recursos previsíveis para cumprir seus "
                    "mandatos. O Brasil está em dia com suas contribuições e pede que todos "
                    "os Estados façam o mesmo."
                ),
                Paragraph(
                    "Os pilares de desenvolvimento e de direitos humanos não podem continuar "
                    "a receber uma parcela menor do orçamento regular."
                ),
            ),
        ),
        Statement(
            slug="conselho-direitos-humanos-racismo",
            title="Conselho de Direitos Humanos: combate ao racismo",
            un_body="HRC",
            session="61ª sessão",
            agenda_item="Item 9: Racismo e discriminação racial",
            meeting_date=datetime.date(2026, 3, 20),
            speaker=DEPUTY,
            summary="O Brasil apresenta suas políticas de ação afirmativa.",
            body=(
                Paragraph("Senhor Presidente,"),
                Paragraph(
                    "No Dia Internacional para a Eliminação da Discriminação Racial, o Brasil "
                    "reafirma seu compromisso com a igualdade racial."
                ),
                Paragraph(
                    "As políticas de cotas nas universidades e no serviço público mudaram a "
                    "face das nossas instituições, e seguiremos avançando."
                ),
            ),
        ),
    ),
    events=(
        Event(
            slug="evento-paralelo-alimentacao-escolar",
            title="Evento paralelo: alimentação escolar e agricultura familiar",
            introduction="Como a merenda escolar pode apoiar pequenos agricultores.",
            body=(
                Paragraph(
                    "Especialistas do Brasil, do Programa Mundial de Alimentos e da FAO "
                    "apresentam experiências de compras públicas da agricultura familiar. "
                    "Interpretação em inglês e espanhol."
                ),
            ),
            location="Sala de Conferências 12, sede das Nações Unidas",
            days_from_today=25,
            starts_at=datetime.time(10, 0),
            registration_url="https://example.org/inscricao/alimentacao-escolar",
        ),
        Event(
            slug="recepcao-independencia",
            title="Recepção pelo Dia da Independência",
            introduction="A Missão celebrou o 7 de Setembro com delegações e amigos do Brasil.",
            body=(
                Paragraph(
                    "A recepção contou com apresentação de música popular brasileira e "
                    "degustação de pratos regionais."
                ),
            ),
            location="Residência da Representante Permanente, Nova York",
            days_from_today=-82,
            starts_at=datetime.time(18, 30),
        ),
    ),
    translations={
        "en": TranslatedPages(
            display_name="Permanent Mission of Brazil to the United Nations",
            footer_text=(
                "Demonstration site: the people, statements and events shown are fictional."
            ),
            home=PageText(
                title="Permanent Mission of Brazil to the United Nations",
                introduction=(
                    "Brazil at the United Nations: sustainable development, the fight against "
                    "hunger and poverty, peace and the reform of global governance."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Drawing of the United Nations Headquarters in New York, on the East River",
                        "United Nations Headquarters, New York.",
                    ),
                    Paragraph(
                        "By tradition, Brazil opens the general debate of the General Assembly "
                        "every year. Here you will find our news, the delegation's speeches "
                        "and the events organised by the Mission."
                    ),
                ),
            ),
            about=PageText(
                title="The Mission",
                introduction="The Mission represents Brazil at the United Nations.",
                body=(
                    Heading("Our work"),
                    Paragraph(
                        "The Mission follows the work of the General Assembly, the Security "
                        "Council, the Economic and Social Council and their subsidiary bodies. "
                        "It negotiates resolutions, coordinates positions with the countries "
                        "of the region and engages with civil society."
                    ),
                    Paragraph(
                        "The team brings together diplomats and experts on peace and security, "
                        "development, the environment, human rights and budgetary questions."
                    ),
                    Picture(
                        "assembly",
                        "Drawing of the General Assembly Hall, its rows of seats facing the "
                        "rostrum",
                        "The General Assembly Hall.",
                    ),
                    Heading("Priorities"),
                    Paragraph(
                        "Ending hunger and poverty, protecting forests and the climate, "
                        "reforming the Security Council and giving developing countries a "
                        "voice in global decisions."
                    ),
                ),
            ),
            news=PageText(title="News", introduction="Press releases and news from the Mission."),
            statements=PageText(
                title="Speeches",
                introduction="Speeches and statements by Brazil at the United Nations.",
            ),
            events=PageText(title="Events", introduction="Events organised by the Mission."),
            contact=ContactText(
                title="Contact",
                introduction=(
                    "Write to the Mission or call the front desk. For passports and visas, "
                    "please contact the Consulate General in New York."
                ),
                opening_hours="Monday to Friday, 9.30 am to 5.30 pm (New York time).",
            ),
        ),
        "es": TranslatedPages(
            display_name="Misión Permanente del Brasil ante las Naciones Unidas",
            footer_text=(
                "Sitio de demostración: las personas, declaraciones y "
                "eventos que aparecen son ficticios."
            ),
            home=PageText(
                title="Misión Permanente del Brasil ante las Naciones Unidas",
                introduction=(
                    "El Brasil en las Naciones Unidas: desarrollo sostenible, lucha contra el "
                    "hambre y la pobreza, paz y reforma de la gobernanza mundial."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Dibujo de la Sede de las Naciones Unidas en Nueva York, a orillas del "
                        "East River",
                        "La Sede de las Naciones Unidas, en Nueva York.",
                    ),
                    Paragraph(
                        "Por tradición, el Brasil abre cada año el debate general de la "
                        "Asamblea General. Aquí encontrará nuestras noticias, los discursos de "
                        "la delegación y los eventos organizados por la Misión."
                    ),
                ),
            ),
            about=PageText(
                title="La Misión",
                introduction="La Misión representa al Brasil ante las Naciones Unidas.",
                body=(
                    Heading("Nuestro trabajo"),
                    Paragraph(
                        "La Misión sigue los trabajos de la Asamblea General, el Consejo de "
                        "Seguridad, el Consejo Económico y Social y sus órganos subsidiarios. "
                        "Negocia resoluciones, coordina posiciones con los países de la región "
                        "y dialoga con la sociedad civil."
                    ),
                    Paragraph(
                        "El equipo reúne a diplomáticos y especialistas en paz y seguridad, "
                        "desarrollo, medio ambiente, derechos humanos y cuestiones "
                        "presupuestarias."
                    ),
                    Picture(
                        "assembly",
                        "Dibujo del Salón de la Asamblea General, con filas de asientos frente "
                        "a la tribuna",
                        "El Salón de la Asamblea General.",
                    ),
                    Heading("Prioridades"),
                    Paragraph(
                        "Erradicar el hambre y la pobreza, proteger los bosques y el clima, "
                        "reformar el Consejo de Seguridad y dar voz a los países en desarrollo "
                        "en las decisiones mundiales."
                    ),
                ),
            ),
            news=PageText(
                title="Noticias", introduction="Comunicados de prensa y noticias de la Misión."
            ),
            statements=PageText(
                title="Discursos",
                introduction="Discursos y declaraciones del Brasil en las Naciones Unidas.",
            ),
            events=PageText(title="Eventos", introduction="Eventos organizados por la Misión."),
            contact=ContactText(
                title="Contacto",
                introduction=(
                    "Escriba a la Misión o llame a la recepción. Para pasaportes y visados, "
                    "diríjase al Consulado General en Nueva York."
                ),
                opening_hours="De lunes a viernes, de 9.30 a 17.30 horas (hora de Nueva York).",
            ),
        ),
    },
)
