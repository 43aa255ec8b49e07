"""Demo content for the Permanent Mission of Kenya (English, with Kiswahili and French)."""

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
    Quote,
    Representative,
    SiteDetails,
    Statement,
    TranslatedPages,
)

AMBASSADOR = "H.E. Ms. Wanjiru Kamau-Odhiambo, Permanent Representative"
DEPUTY = "Mr. Brian Otieno Mwangi, Deputy Permanent Representative"

MISSION = DemoMission(
    iso3="KEN",
    name="kenya",
    languages=("en", "sw", "fr"),
    demo_accounts=True,
    details=SiteDetails(
        display_name="Permanent Mission of the Republic of Kenya to the United Nations",
        address="128 East 44th Street, 9th floor\nNew York, NY 10017\nUnited States",
        phone="+1 212 555 0157",
        email="mission.kenya@example.org",
        social_handle="kenyaun-demo",
        brand_colour="#006600",
        footer_text="Demonstration site: the people, statements and events shown are fictional.",
    ),
    flag=Flag(stripes=("#000000", "#BB0000", "#006600"), fimbriation="#FFFFFF", disc="#BB0000"),
    home=PageText(
        title="Permanent Mission of the Republic of Kenya to the United Nations",
        introduction=(
            "Kenya at the United Nations: peace and security in the region, climate action "
            "and a strong United Nations presence in Africa."
        ),
        body=(
            Picture(
                "headquarters",
                "Drawing of the United Nations Headquarters in New York, on the East River",
                "United Nations Headquarters, New York.",
            ),
            Paragraph(
                "Nairobi hosts the United Nations Office at Nairobi, the United Nations "
                "Environment Programme and UN-Habitat. In New York, the Mission carries "
                "Kenya's voice on peace, sustainable development and the climate."
            ),
        ),
    ),
    about=PageText(
        title="About the Mission",
        introduction="The Mission represents the Republic of Kenya at the United Nations.",
        body=(
            Heading("What we do"),
            Paragraph(
                "The Mission follows the work of the General Assembly and its Main Committees, "
                "the Security Council, the Economic and Social Council and the Peacebuilding "
                "Commission. It negotiates on behalf of Kenya and works closely with the "
                "African Group."
            ),
            Paragraph(
                "Our diplomats also follow the boards of the funds and programmes, where "
                "decisions are taken on the development work of the United Nations in Kenya "
                "and across the continent."
            ),
            Picture(
                "conference",
                "Drawing of delegates seated around a round table in a conference room",
                "Consultations with the African Group.",
            ),
            Heading("Our priorities"),
            Paragraph(
                "Peace and security in the Horn of Africa and the Great Lakes region, climate "
                "action and adaptation, the blue economy and the role of Nairobi as a United "
                "Nations hub."
            ),
        ),
    ),
    news_index=PageText(title="News", introduction="Press releases and news from the Mission."),
    statements_index=PageText(
        title="Statements", introduction="Statements delivered by Kenya at the United Nations."
    ),
    events_index=PageText(
        title="Events", introduction="Events organised or co-hosted by the Mission."
    ),
    contact=ContactText(
        title="Contact us",
        introduction=(
            "For general enquiries, write to the Mission or call the front desk. Consular "
            "services for Kenyans in the United States are provided by the Consulate."
        ),
        opening_hours="Monday to Friday, 9 am to 5 pm (New York time).",
    ),
    representative=Representative(
        slug="permanent-representative",
        name="H.E. Ms. Wanjiru Kamau-Odhiambo",
        role="Permanent Representative of Kenya to the United Nations",
        credentials_presented_on=datetime.date(2025, 2, 11),
        title="The Permanent Representative",
        introduction=(
            "A fictional profile made for this demonstration site: this person does not exist."
        ),
        body=(
            Paragraph(
                "Ambassador Kamau-Odhiambo presented her credentials to the Secretary-General "
                "on 11 February 2025. Before coming to New York she was Director of "
                "Multilateral Affairs at the Ministry of Foreign and Diaspora Affairs."
            ),
            Paragraph(
                "She previously served in Addis Ababa, at the African Union, and in Geneva, "
                "where she covered human rights and humanitarian affairs."
            ),
            Paragraph(
                "She holds a master's degree in international relations and is a keen long "
                "distance runner."
            ),
        ),
    ),
    news=(
        NewsItem(
            slug="nairobi-un-hub-resolution",
            title="General Assembly strengthens Nairobi as a United Nations hub",
            publication_date=datetime.date(2026, 11, 10),
            summary=(
                "Kenya welcomes a resolution that brings more United Nations meetings and "
                "offices to Nairobi."
            ),
            tags=("Nairobi", "General Assembly"),
            body=(
                Paragraph(
                    "The General Assembly today adopted without a vote a resolution on the "
                    "United Nations Office at Nairobi. It asks that more meetings of United "
                    "Nations bodies be held in Nairobi and supports moving further offices to "
                    "the Gigiri complex."
                ),
                Quote(
                    "Nairobi is ready to do more for the whole United Nations family.",
                    "The Permanent Representative",
                ),
            ),
        ),
        NewsItem(
            slug="peacebuilding-commission-vice-chair",
            title="Kenya elected Vice-Chair of the Peacebuilding Commission",
            publication_date=datetime.date(2026, 1, 29),
            summary="Kenya will help steer the Peacebuilding Commission during 2026.",
            tags=("peacebuilding",),
            body=(
                Paragraph(
                    "The Peacebuilding Commission elected Kenya as one of its Vice-Chairs for "
                    "2026. Kenya will focus on financing for peacebuilding and on the role of "
                    "women and young people in preventing conflict."
                ),
                Paragraph("The Mission thanks the members of the Commission for their confidence."),
            ),
        ),
        NewsItem(
            slug="blue-economy-briefing",
            title="Mission briefs delegations on the blue economy",
            publication_date=datetime.date(2026, 6, 5),
            summary=(
                "Ahead of World Oceans Day, the Mission presented Kenya's plans for fisheries "
                "and coastal communities."
            ),
            tags=("oceans", "blue economy"),
            body=(
                Paragraph(
                    "Some forty delegations attended the briefing, which presented projects on "
                    "sustainable fisheries, mangrove restoration and port development along "
                    "the Kenyan coast."
                ),
                Picture(
                    "conference",
                    "Drawing of delegates seated around a round table",
                    "The briefing at the Mission.",
                ),
            ),
        ),
        NewsItem(
            slug="climate-adaptation-pledge",
            title="Kenya announces new support for climate adaptation in the Horn of Africa",
            publication_date=datetime.date(2025, 11, 20),
            summary=("A regional programme on drought early warning will be hosted in Nairobi."),
            tags=("climate",),
            body=(
                Paragraph(
                    "Kenya will host a regional programme on drought early warning and "
                    "anticipatory action, open to all countries of the Horn of Africa."
                ),
                Paragraph(
                    "The programme will work with the United Nations Environment Programme and "
                    "the World Meteorological Organization."
                ),
            ),
        ),
    ),
    statements=(
        Statement(
            slug="security-council-great-lakes",
            title="Security Council briefing on the Great Lakes region",
            un_body="SC",
            session="Briefing",
            agenda_item="The situation in the Great Lakes region",
            meeting_date=datetime.date(2026, 4, 16),
            speaker=AMBASSADOR,
            summary="Kenya calls for dialogue and for the regional peace processes to be backed.",
            body=(
                Paragraph("Mr. President,"),
                Paragraph(
                    "The people of the Great Lakes region deserve peace after decades of "
                    "conflict. Kenya supports the regional processes led by the East African "
                    "Community and the Southern African Development Community."
                ),
                Paragraph(
                    "We call on all armed groups to lay down their weapons and on all parties "
                    "to protect civilians and humanitarian workers."
                ),
                Paragraph("I thank you."),
            ),
        ),
        Statement(
            slug="second-committee-climate",
            title="Second Committee: protection of the global climate",
            un_body="C2",
            session="81st session",
            agenda_item="Item 18 (d): Protection of global climate for present and future "
            "generations",
            meeting_date=datetime.date(2026, 10, 22),
            speaker=DEPUTY,
            summary="Adaptation finance must reach the countries that need it most.",
            body=(
                Paragraph("Madam Chair,"),
                Paragraph(
                    "Kenya is living through the consequences of a climate crisis it did not "
                    "cause. Droughts and floods now follow each other, year after year."
                ),
                Paragraph(
                    "We call for adaptation finance to be doubled and for the loss and damage "
                    "fund to be capitalised without delay."
                ),
            ),
        ),
        Statement(
            slug="ecosoc-youth-forum",
            title="ECOSOC Youth Forum",
            un_body="ECOSOC",
            session="2025 session",
            agenda_item="ECOSOC Youth Forum",
            meeting_date=datetime.date(2025, 4, 15),
            speaker=DEPUTY,
            summary="Kenya shares its experience of digital jobs for young people.",
            body=(
                Paragraph("Mr. President,"),
                Paragraph(
                    "Three out of four Kenyans are under the age of thirty-five. Our young "
                    "people are our greatest strength, and digital skills are opening new "
                    "opportunities for them."
                ),
                Paragraph(
                    "Kenya stands ready to share its experience with mobile money and online "
                    "work programmes."
                ),
            ),
        ),
        Statement(
            slug="general-assembly-unep-report",
            title="General Assembly: report of the United Nations Environment Assembly",
            un_body="GA",
            session="80th session",
            agenda_item="Item 18: Sustainable development",
            meeting_date=datetime.date(2025, 12, 3),
            speaker=AMBASSADOR,
            summary="Nairobi remains the environmental capital of the world.",
            body=(
                Paragraph("Mr. President,"),
                Paragraph(
                    "Kenya is proud to host the United Nations Environment Programme. The "
                    "Environment Assembly held in Nairobi this year agreed on important steps "
                    "against plastic pollution."
                ),
                Paragraph(
                    "We invite all Member States to be represented in Nairobi at the highest level."
                ),
            ),
        ),
    ),
    events=(
        Event(
            slug="side-event-drought-early-warning",
            title="Side event: early warning saves lives",
            introduction=(
                "How drought early warning and anticipatory action protect communities in the "
                "Horn of Africa."
            ),
            body=(
                Paragraph(
                    "Speakers from the Kenya Meteorological Department, the World Food "
                    "Programme and community organisations will present what works. A light "
                    "lunch will be served."
                ),
            ),
            location="Conference Room 11, United Nations Headquarters",
            days_from_today=12,
            starts_at=datetime.time(13, 15),
            duration=datetime.timedelta(hours=1, minutes=30),
            registration_url="https://example.org/register/early-warning",
        ),
        Event(
            slug="jamhuri-day-reception",
            title="Reception for Jamhuri Day",
            introduction="The Mission celebrated Kenya's independence day with friends.",
            body=(
                Paragraph(
                    "Delegations, United Nations officials and members of the Kenyan "
                    "community in New York joined the celebration."
                ),
            ),
            location="Residence of the Permanent Representative, New York",
            days_from_today=-60,
            starts_at=datetime.time(18, 0),
        ),
    ),
    translations={
        "sw": TranslatedPages(
            display_name="Ujumbe wa Kudumu wa Jamhuri ya Kenya katika Umoja wa Mataifa",
            footer_text=(
                "Tovuti ya maonyesho: watu, hotuba na matukio yanayoonyeshwa ni ya kubuni."
            ),
            home=PageText(
                title="Ujumbe wa Kudumu wa Jamhuri ya Kenya katika Umoja wa Mataifa",
                introduction=(
                    "Kenya katika Umoja wa Mataifa: amani na usalama katika kanda, hatua za "
                    "tabianchi na uwepo imara wa Umoja wa Mataifa barani Afrika."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Mchoro wa Makao Makuu ya Umoja wa Mataifa mjini New York, kando ya Mto "
                        "East",
                        "Makao Makuu ya Umoja wa Mataifa, New York.",
                    ),
                    Paragraph(
                        "Nairobi ni makao ya Ofisi ya Umoja wa Mataifa mjini Nairobi, Shirika la "
                        "Umoja wa Mataifa la Mazingira na UN-Habitat. Mjini New York, Ujumbe "
                        "unawasilisha sauti ya Kenya kuhusu amani, maendeleo endelevu na "
                        "tabianchi."
                    ),
                ),
            ),
            about=PageText(
                title="Kuhusu Ujumbe",
                introduction="Ujumbe unawakilisha Jamhuri ya Kenya katika Umoja wa Mataifa.",
                body=(
                    Heading("Kazi yetu"),
                    Paragraph(
                        "Ujumbe unafuatilia kazi ya Baraza Kuu na Kamati zake Kuu, Baraza la "
                        "Usalama, Baraza la Uchumi na Jamii na Tume ya Ujenzi wa Amani. "
                        "Unajadiliana kwa niaba ya Kenya na kushirikiana kwa karibu na Kundi la "
                        "Afrika."
                    ),
                    Paragraph(
                        "Wanadiplomasia wetu pia hufuatilia bodi za mifuko na programu, ambako "
                        "maamuzi hufanywa kuhusu kazi ya maendeleo ya Umoja wa Mataifa nchini "
                        "Kenya na barani kote."
                    ),
                    Picture(
                        "conference",
                        "Mchoro wa wajumbe walioketi kuzunguka meza ya duara katika chumba cha "
                        "mikutano",
                        "Mashauriano na Kundi la Afrika.",
                    ),
                    Heading("Vipaumbele vyetu"),
                    Paragraph(
                        "Amani na usalama katika Pembe ya Afrika na eneo la Maziwa Makuu, hatua "
                        "za tabianchi na kukabiliana nazo, uchumi wa buluu na nafasi ya Nairobi "
                        "kama kitovu cha Umoja wa Mataifa."
                    ),
                ),
            ),
            news=PageText(title="Habari", introduction="Taarifa kwa vyombo vya habari na habari."),
            statements=PageText(
                title="Hotuba",
                introduction="Hotuba zilizotolewa na Kenya katika Umoja wa Mataifa.",
            ),
            events=PageText(
                title="Matukio",
                introduction="Matukio yaliyoandaliwa au kushirikishwa na Ujumbe.",
            ),
            contact=ContactText(
                title="Wasiliana nasi",
                introduction=(
                    "Kwa maswali ya jumla, andikia Ujumbe au piga simu mapokezi. Huduma za "
                    "kibalozi kwa Wakenya nchini Marekani hutolewa na Ubalozi Mdogo."
                ),
                opening_hours="Jumatatu hadi Ijumaa, saa tatu asubuhi hadi saa kumi na moja "
                "jioni (saa za New York).",
            ),
        ),
        "fr": TranslatedPages(
            display_name="Mission permanente de la République du Kenya auprès des Nations Unies",
            footer_text=(
                "Site de démonstration : les personnes, déclarations "
                "et événements présentés sont fictifs."
            ),
            home=PageText(
                title="Mission permanente de la République du Kenya auprès des Nations Unies",
                introduction=(
                    "Le Kenya aux Nations Unies : paix et sécurité dans la région, action "
                    "climatique et une présence forte des Nations Unies en Afrique."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Dessin du siège des Nations Unies à New York, au bord de l'East River",
                        "Le siège des Nations Unies, à New York.",
                    ),
                    Paragraph(
                        "Nairobi accueille l'Office des Nations Unies à Nairobi, le Programme "
                        "des Nations Unies pour l'environnement et ONU-Habitat. À New York, la "
                        "Mission porte la voix du Kenya sur la paix, le développement durable "
                        "et le climat."
                    ),
                ),
            ),
            about=PageText(
                title="La Mission",
                introduction="La Mission représente la République du Kenya aux Nations Unies.",
                body=(
                    Heading("Notre travail"),
                    Paragraph(
                        "La Mission suit les travaux de l'Assemblée générale et de ses grandes "
                        "commissions, du Conseil de sécurité, du Conseil économique et social "
                        "et de la Commission de consolidation de la paix. Elle négocie au nom "
                        "du Kenya, en lien étroit avec le Groupe des États d'Afrique."
                    ),
                    Paragraph(
                        "Nos diplomates suivent aussi les conseils d'administration des fonds "
                        "et programmes, où se décide l'action de développement des Nations "
                        "Unies au Kenya et sur tout le continent."
                    ),
                    Picture(
                        "conference",
                        "Dessin de délégués assis autour d'une table ronde dans une salle de "
                        "conférence",
                        "Consultations avec le Groupe des États d'Afrique.",
                    ),
                    Heading("Nos priorités"),
                    Paragraph(
                        "La paix et la sécurité dans la Corne de l'Afrique et la région des "
                        "Grands Lacs, l'action climatique et l'adaptation, l'économie bleue et "
                        "le rôle de Nairobi comme pôle des Nations Unies."
                    ),
                ),
            ),
            news=PageText(title="Actualités", introduction="Communiqués de presse et actualités."),
            statements=PageText(
                title="Déclarations",
                introduction="Les déclarations prononcées par le Kenya aux Nations Unies.",
            ),
            events=PageText(
                title="Événements",
                introduction="Événements organisés ou coorganisés par la Mission.",
            ),
            contact=ContactText(
                title="Nous contacter",
                introduction=(
                    "Pour toute demande, écrivez à la Mission ou appelez l'accueil. Les "
                    "services consulaires pour les Kényans aux États-Unis relèvent du "
                    "Consulat."
                ),
                opening_hours="Du lundi au vendredi, de 9 h à 17 h (heure de New York).",
            ),
        ),
    },
)
