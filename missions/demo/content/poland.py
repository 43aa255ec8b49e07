# Real Russian text: its Cyrillic letters are meant.
# ruff: noqa: RUF001
"""Demo content for the Permanent Mission of Poland (English, with French and Russian).

Polish is not among the site languages yet, so the mission publishes in English first.
"""

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

AMBASSADOR = "H.E. Mr. Tomasz Wierzbicki, Permanent Representative"
DEPUTY = "Ms. Agnieszka Kowalczyk, Deputy Permanent Representative"

MISSION = DemoMission(
    iso3="POL",
    name="poland",
    languages=("en", "fr", "ru"),
    details=SiteDetails(
        display_name="Permanent Mission of the Republic of Poland to the United Nations",
        address="233 East 48th Street\nNew York, NY 10017\nUnited States",
        phone="+1 212 555 0184",
        email="mission.poland@example.org",
        social_handle="polandun-demo",
        brand_colour="#8B1A2B",
        footer_text="Demonstration site: the people, statements and events shown are fictional.",
    ),
    flag=Flag(stripes=("#FFFFFF", "#DC143C")),
    home=PageText(
        title="Permanent Mission of the Republic of Poland to the United Nations",
        introduction=(
            "Poland at the United Nations: international law, human rights, security in "
            "Europe and a United Nations that delivers."
        ),
        body=(
            Picture(
                "headquarters",
                "Drawing of the United Nations Headquarters in New York, on the East River",
                "United Nations Headquarters, New York.",
            ),
            Paragraph(
                "Poland is a founding member of the United Nations and a committed supporter "
                "of the Charter. Follow our news, statements and events."
            ),
        ),
    ),
    about=PageText(
        title="About the Mission",
        introduction="The Mission represents the Republic of Poland at the United Nations.",
        body=(
            Heading("What we do"),
            Paragraph(
                "The Mission takes part in the work of the General Assembly, the Security "
                "Council and the Economic and Social Council, and coordinates closely with "
                "the other members of the European Union and the Eastern European Group."
            ),
            Paragraph(
                "Our team follows political and security questions, human rights, "
                "development cooperation, legal affairs and the budget of the Organization."
            ),
            Picture(
                "council",
                "Drawing of the horseshoe-shaped table of the Security Council",
                "The Security Council Chamber.",
            ),
            Heading("Priorities"),
            Paragraph(
                "Respect for international law and the Charter, accountability for serious "
                "crimes, the rights of persons with disabilities and the rule of law."
            ),
        ),
    ),
    news_index=PageText(title="News", introduction="Press releases and news from the Mission."),
    statements_index=PageText(
        title="Statements", introduction="Statements delivered by Poland at the United Nations."
    ),
    events_index=PageText(title="Events", introduction="Events organised by the Mission."),
    contact=ContactText(
        title="Contact",
        introduction=(
            "Write to us or call the Mission. Consular matters are handled by the Consulate "
            "General in New York."
        ),
        opening_hours="Monday to Friday, 8.30 am to 4.30 pm (New York time).",
    ),
    representative=Representative(
        slug="permanent-representative",
        name="H.E. Mr. Tomasz Wierzbicki",
        role="Permanent Representative of Poland to the United Nations",
        credentials_presented_on=datetime.date(2024, 11, 19),
        title="The Permanent Representative",
        introduction=(
            "A fictional profile made for this demonstration site: this person does not exist."
        ),
        body=(
            Paragraph(
                "Ambassador Wierzbicki presented his credentials to the Secretary-General on "
                "19 November 2024. He was previously Director of the Legal and Treaty "
                "Department of the Ministry of Foreign Affairs."
            ),
            Paragraph(
                "He has served in Vienna, at the Organization for Security and Co-operation "
                "in Europe, and in The Hague."
            ),
            Paragraph("He studied law in Kraków and speaks English, French and Russian."),
        ),
    ),
    news=(
        NewsItem(
            slug="disability-rights-resolution",
            title="Third Committee adopts resolution on persons with disabilities",
            publication_date=datetime.date(2026, 11, 18),
            summary=(
                "The resolution, facilitated by Poland, was adopted by consensus with over "
                "ninety co-sponsors."
            ),
            tags=("human rights", "disability"),
            body=(
                Paragraph(
                    "The Third Committee adopted by consensus a resolution on the rights of "
                    "persons with disabilities in situations of risk and humanitarian "
                    "emergencies. Poland facilitated the negotiations."
                ),
                Quote(
                    "Nobody should be left behind when disaster strikes.",
                    "The Deputy Permanent Representative",
                ),
            ),
        ),
        NewsItem(
            slug="international-law-commission-election",
            title="Polish candidate elected to the International Law Commission",
            publication_date=datetime.date(2026, 11, 12),
            summary="The General Assembly elected the members of the Commission for 2027-2031.",
            tags=("international law", "elections"),
            body=(
                Paragraph(
                    "The General Assembly elected the thirty-four members of the "
                    "International Law Commission. The Polish candidate, a professor of "
                    "international law, received broad support."
                ),
                Paragraph("Poland thanks all delegations for their trust."),
            ),
        ),
        NewsItem(
            slug="humanitarian-demining-contribution",
            title="Poland supports humanitarian demining",
            publication_date=datetime.date(2026, 4, 4),
            summary=(
                "On the International Day for Mine Awareness, Poland announced a new "
                "contribution to the United Nations Mine Action Service."
            ),
            tags=("mine action",),
            body=(
                Paragraph(
                    "The contribution will finance the clearance of mines and explosive "
                    "remnants of war and education on risks for children."
                ),
                Paragraph(
                    "Polish experts have taken part in United Nations mine action since the 1990s."
                ),
            ),
        ),
        NewsItem(
            slug="chopin-concert",
            title="Chopin concert for the diplomatic community",
            publication_date=datetime.date(2025, 12, 10),
            summary="A young Polish pianist played Chopin for delegations and staff.",
            tags=("culture",),
            body=(
                Paragraph(
                    "The concert, held at the Mission, brought together more than one hundred "
                    "guests from delegations and the Secretariat."
                ),
                Picture(
                    "conference",
                    "Drawing of guests seated around a round table",
                    "Guests at the Mission.",
                ),
            ),
        ),
    ),
    statements=(
        Statement(
            slug="security-council-ukraine",
            title="Security Council: maintenance of peace and security of Ukraine",
            un_body="SC",
            session="Open debate",
            agenda_item="Maintenance of peace and security of Ukraine",
            meeting_date=datetime.date(2026, 2, 24),
            speaker=AMBASSADOR,
            summary="Poland calls for a just and lasting peace based on the Charter.",
            body=(
                Paragraph("Madam President,"),
                Paragraph(
                    "Peace must be just and lasting, and it must respect the sovereignty and "
                    "territorial integrity of Ukraine within its internationally recognised "
                    "borders."
                ),
                Paragraph(
                    "There can be no lasting peace without accountability for the crimes committed."
                ),
            ),
        ),
        Statement(
            slug="sixth-committee-ilc-report",
            title="Sixth Committee: report of the International Law Commission",
            un_body="C6",
            session="81st session",
            agenda_item="Item 79: Report of the International Law Commission",
            meeting_date=datetime.date(2026, 10, 27),
            speaker=DEPUTY,
            summary="Poland comments on the Commission's work on sea-level rise.",
            body=(
                Paragraph("Mr. Chair,"),
                Paragraph(
                    "Poland welcomes the Commission's work on sea-level rise in relation to "
                    "international law, a question of existential importance for many States."
                ),
                Paragraph(
                    "We support the view that established maritime zones should be preserved."
                ),
            ),
        ),
        Statement(
            slug="human-rights-council-high-level",
            title="Human Rights Council: high-level segment",
            un_body="HRC",
            session="58th session",
            agenda_item="High-level segment",
            meeting_date=datetime.date(2025, 2, 25),
            speaker=AMBASSADOR,
            summary="Human rights are universal and must be defended everywhere.",
            body=(
                Paragraph("Mr. President,"),
                Paragraph(
                    "The Universal Declaration of Human Rights belongs to every person on "
                    "earth. Poland will continue to defend freedom of expression and the "
                    "independence of judges."
                ),
                Paragraph("We reaffirm our full support to the Office of the High Commissioner."),
            ),
        ),
        Statement(
            slug="general-assembly-veto-initiative",
            title="General Assembly debate on the use of the veto",
            un_body="GA",
            session="80th session",
            agenda_item="Item 63: Use of the veto",
            meeting_date=datetime.date(2025, 10, 9),
            speaker=DEPUTY,
            summary="Members of the Security Council must explain their vetoes.",
            body=(
                Paragraph("Mr. President,"),
                Paragraph(
                    "The veto initiative has made the Security Council more accountable to "
                    "the membership. Every veto should be explained to the General Assembly."
                ),
                Paragraph("Poland supports limiting the veto in cases of mass atrocities."),
            ),
        ),
    ),
    events=(
        Event(
            slug="panel-accountability",
            title="Panel: accountability for international crimes",
            introduction="Prosecutors and experts discuss how evidence is gathered and used.",
            body=(
                Paragraph(
                    "The panel brings together prosecutors, investigators and representatives "
                    "of civil society. Interpretation into French and Russian will be provided."
                ),
            ),
            location="Conference Room 2, United Nations Headquarters",
            days_from_today=9,
            starts_at=datetime.time(11, 0),
            registration_url="https://example.org/register/accountability",
        ),
        Event(
            slug="independence-day-reception",
            title="National Independence Day reception",
            introduction="The Mission celebrated Poland's National Independence Day.",
            body=(Paragraph("Guests enjoyed Polish music and cuisine."),),
            location="Residence of the Permanent Representative, New York",
            days_from_today=-17,
            starts_at=datetime.time(18, 30),
        ),
    ),
    translations={
        "fr": TranslatedPages(
            display_name="Mission permanente de la République de Pologne auprès des Nations Unies",
            footer_text=(
                "Site de démonstration : les personnes, déclarations "
                "et événements présentés sont fictifs."
            ),
            home=PageText(
                title="Mission permanente de la République de Pologne auprès des Nations Unies",
                introduction=(
                    "La Pologne aux Nations Unies : droit international, droits de l'homme, "
                    "sécurité en Europe et une Organisation qui obtient des résultats."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Dessin du siège des Nations Unies à New York, au bord de l'East River",
                        "Le siège des Nations Unies, à New York.",
                    ),
                    Paragraph(
                        "La Pologne est membre fondateur des Nations Unies et un ferme soutien "
                        "de la Charte. Suivez nos actualités, nos déclarations et nos "
                        "événements."
                    ),
                ),
            ),
            about=PageText(
                title="La Mission",
                introduction=("La Mission représente la République de Pologne aux Nations Unies."),
                body=(
                    Heading("Notre action"),
                    Paragraph(
                        "La Mission participe aux travaux de l'Assemblée générale, du Conseil "
                        "de sécurité et du Conseil économique et social, en étroite "
                        "coordination avec les autres membres de l'Union européenne et du "
                        "Groupe des États d'Europe orientale."
                    ),
                    Paragraph(
                        "Notre équipe suit les questions politiques et de sécurité, les droits "
                        "de l'homme, la coopération au développement, les affaires juridiques "
                        "et le budget de l'Organisation."
                    ),
                    Picture(
                        "council",
                        "Dessin de la table en fer à cheval du Conseil de sécurité",
                        "La salle du Conseil de sécurité.",
                    ),
                    Heading("Priorités"),
                    Paragraph(
                        "Le respect du droit international et de la Charte, l'obligation de "
                        "rendre des comptes pour les crimes graves, les droits des personnes "
                        "handicapées et l'état de droit."
                    ),
                ),
            ),
            news=PageText(
                title="Actualités",
                introduction="Communiqués de presse et actualités de la Mission.",
            ),
            statements=PageText(
                title="Déclarations",
                introduction="Les déclarations prononcées par la Pologne aux Nations Unies.",
            ),
            events=PageText(
                title="Événements", introduction="Événements organisés par la Mission."
            ),
            contact=ContactText(
                title="Contact",
                introduction=(
                    "Écrivez-nous ou appelez la Mission. Les affaires consulaires relèvent du "
                    "Consulat général à New York."
                ),
                opening_hours="Du lundi au vendredi, de 8 h 30 à 16 h 30 (heure de New York).",
            ),
        ),
        "ru": TranslatedPages(
            display_name=(
                "Постоянное представительство Республики Польша при Организации Объединённых Наций"
            ),
            footer_text=(
                "Демонстрационный сайт: представленные люди, заявления и мероприятия вымышлены."
            ),
            home=PageText(
                title="Постоянное представительство Республики Польша при Организации "
                "Объединённых Наций",
                introduction=(
                    "Польша в Организации Объединённых Наций: международное право, права "
                    "человека, безопасность в Европе и эффективная Организация."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Рисунок Центральных учреждений ООН в Нью-Йорке на берегу Ист-Ривер",
                        "Центральные учреждения ООН, Нью-Йорк.",
                    ),
                    Paragraph(
                        "Польша — одно из государств — основателей ООН и последовательный "
                        "сторонник Устава. Следите за нашими новостями, выступлениями и "
                        "мероприятиями."
                    ),
                ),
            ),
            about=PageText(
                title="О представительстве",
                introduction="Представительство представляет Республику Польша в ООН.",
                body=(
                    Heading("Наша работа"),
                    Paragraph(
                        "Представительство участвует в работе Генеральной Ассамблеи, Совета "
                        "Безопасности и Экономического и Социального Совета в тесной "
                        "координации с другими членами Европейского союза и Группы "
                        "восточноевропейских государств."
                    ),
                    Paragraph(
                        "Наши сотрудники занимаются вопросами политики и безопасности, прав "
                        "человека, сотрудничества в целях развития, правовыми вопросами и "
                        "бюджетом Организации."
                    ),
                    Picture(
                        "council",
                        "Рисунок подковообразного стола Совета Безопасности",
                        "Зал Совета Безопасности.",
                    ),
                    Heading("Приоритеты"),
                    Paragraph(
                        "Уважение международного права и Устава, ответственность за тяжкие "
                        "преступления, права инвалидов и верховенство права."
                    ),
                ),
            ),
            news=PageText(
                title="Новости", introduction="Пресс-релизы и новости представительства."
            ),
            statements=PageText(title="Выступления", introduction="Выступления Польши в ООН."),
            events=PageText(
                title="Мероприятия", introduction="Мероприятия, организуемые представительством."
            ),
            contact=ContactText(
                title="Контакты",
                introduction=(
                    "Напишите нам или позвоните в представительство. Консульскими вопросами "
                    "занимается Генеральное консульство в Нью-Йорке."
                ),
                opening_hours="С понедельника по пятницу, с 8:30 до 16:30 (по нью-йоркскому "
                "времени).",
            ),
        ),
    },
)
