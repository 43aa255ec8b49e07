"""Demo content for the Permanent Mission of France (French, with English and Arabic)."""

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

AMBASSADOR = "S.E. M. Laurent Mercier-Vidal, Représentant permanent"
DEPUTY = "Mme Claire Besson, Représentante permanente adjointe"

MISSION = DemoMission(
    iso3="FRA",
    name="france",
    languages=("fr", "en", "ar"),
    demo_accounts=True,
    about_update=(
        "Depuis janvier, la Mission accueille aussi les délégations des territoires d'outre-mer."
    ),
    details=SiteDetails(
        display_name="Mission permanente de la France auprès des Nations Unies à New York",
        address="312 East 46th Street, 12th floor\nNew York, NY 10017\nUnited States",
        phone="+1 212 555 0142",
        email="mission.france@example.org",
        social_handle="franceonu-demo",
        brand_colour="#002654",
        footer_text=(
            "Site de démonstration : les personnes, déclarations et événements présentés "
            "sont fictifs."
        ),
    ),
    flag=Flag(stripes=("#002395", "#FFFFFF", "#ED2939"), vertical=True),
    home=PageText(
        title="Mission permanente de la France auprès des Nations Unies",
        introduction=(
            "La France aux Nations Unies : paix et sécurité, climat, droits de l'homme et "
            "développement durable."
        ),
        body=(
            Picture(
                "headquarters",
                "Dessin du siège des Nations Unies à New York, au bord de l'East River",
                "Le siège des Nations Unies, à New York.",
            ),
            Paragraph(
                "Membre permanent du Conseil de sécurité, la France défend le multilatéralisme, "
                "le droit international et une action collective efficace face aux crises. "
                "Retrouvez ici nos communiqués, nos déclarations et nos événements."
            ),
        ),
    ),
    about=PageText(
        title="La Mission",
        introduction=(
            "La Mission représente la France auprès de l'Organisation des Nations Unies à New York."
        ),
        body=(
            Heading("Notre rôle"),
            Paragraph(
                "La Mission permanente porte la voix de la France dans les six grandes "
                "commissions de l'Assemblée générale, au Conseil de sécurité et au Conseil "
                "économique et social. Elle négocie les résolutions, prépare les votes et "
                "entretient un dialogue constant avec les autres États Membres et le "
                "Secrétariat."
            ),
            Paragraph(
                "Une équipe d'une soixantaine de diplomates et d'experts suit chaque dossier, "
                "des opérations de maintien de la paix au budget de l'Organisation, en lien "
                "étroit avec le ministère de l'Europe et des Affaires étrangères."
            ),
            Picture(
                "assembly",
                "Dessin de la salle de l'Assemblée générale, ses rangées de sièges face à la "
                "tribune",
                "La salle de l'Assemblée générale.",
            ),
            Heading("Nos priorités"),
            Paragraph(
                "La protection des civils, la lutte contre le changement climatique, l'égalité "
                "entre les femmes et les hommes, la francophonie et le renforcement du système "
                "multilatéral guident notre action."
            ),
        ),
    ),
    news_index=PageText(
        title="Actualités",
        introduction="Communiqués de presse et actualités de la Mission.",
    ),
    statements_index=PageText(
        title="Déclarations",
        introduction="Les déclarations prononcées par la France aux Nations Unies.",
    ),
    events_index=PageText(
        title="Événements",
        introduction="Événements parallèles, réceptions et réunions organisés par la Mission.",
    ),
    contact=ContactText(
        title="Contact",
        introduction=(
            "Pour toute demande, écrivez-nous ou appelez le standard. Les demandes de presse "
            "sont traitées par le service de communication."
        ),
        opening_hours="Du lundi au vendredi, de 9 h 30 à 17 h 30 (heure de New York).",
    ),
    representative=Representative(
        slug="representant-permanent",
        name="S.E. M. Laurent Mercier-Vidal",
        role="Représentant permanent de la France auprès des Nations Unies",
        credentials_presented_on=datetime.date(2024, 9, 3),
        title="Le Représentant permanent",
        introduction=(
            "Profil fictif créé pour la démonstration de ce site : la personne et son "
            "parcours n'existent pas."
        ),
        body=(
            Paragraph(
                "Laurent Mercier-Vidal a présenté ses lettres de créance au Secrétaire général "
                "le 3 septembre 2024. Diplomate de carrière, il a auparavant été directeur des "
                "Nations Unies et des organisations internationales au ministère."
            ),
            Paragraph(
                "Il a servi à Nairobi, à Genève et à Bruxelles, où il a suivi les questions "
                "humanitaires et la politique européenne de sécurité et de défense."
            ),
            Paragraph(
                "Diplômé en droit international public, il est marié et père de deux enfants."
            ),
        ),
    ),
    news=(
        NewsItem(
            slug="presidence-conseil-de-securite",
            title="La France préside le Conseil de sécurité",
            publication_date=datetime.date(2026, 10, 1),
            summary=(
                "Pendant le mois d'octobre, la France assure la présidence du Conseil de "
                "sécurité et met l'accent sur la protection des civils."
            ),
            tags=("Conseil de sécurité", "protection des civils"),
            body=(
                Paragraph(
                    "La France a pris le 1er octobre la présidence tournante du Conseil de "
                    "sécurité. Le programme de travail adopté ce jour prévoit un débat ouvert "
                    "sur la protection des civils dans les conflits armés et une réunion sur "
                    "la situation au Sahel."
                ),
                Picture(
                    "council",
                    "Dessin de la table en fer à cheval du Conseil de sécurité",
                    "La salle du Conseil de sécurité.",
                ),
                Quote(
                    "Notre présidence sera ouverte, transparente et à l'écoute des membres élus.",
                    "Le Représentant permanent",
                ),
            ),
        ),
        NewsItem(
            slug="contribution-fonds-central-intervention",
            title="La France renforce sa contribution au Fonds central d'intervention",
            publication_date=datetime.date(2026, 9, 12),
            summary=(
                "Une contribution supplémentaire de 5 millions d'euros pour répondre aux "
                "urgences humanitaires négligées."
            ),
            tags=("humanitaire", "financement"),
            body=(
                Paragraph(
                    "La France a annoncé une contribution supplémentaire de 5 millions d'euros "
                    "au Fonds central d'intervention pour les urgences humanitaires (CERF)."
                ),
                Paragraph(
                    "Ces fonds serviront en priorité aux crises qui reçoivent peu d'attention "
                    "médiatique, notamment au Sahel et dans la région des Grands Lacs."
                ),
            ),
        ),
        NewsItem(
            slug="journee-internationale-francophonie",
            title="Journée internationale de la Francophonie à New York",
            publication_date=datetime.date(2026, 3, 20),
            summary=(
                "La Mission a réuni une centaine de diplomates autour de la langue française "
                "et du multilinguisme aux Nations Unies."
            ),
            tags=("francophonie", "multilinguisme"),
            body=(
                Paragraph(
                    "À l'occasion de la Journée internationale de la Francophonie, la Mission "
                    "a accueilli les représentants des pays membres de l'Organisation "
                    "internationale de la Francophonie."
                ),
                Paragraph(
                    "Les échanges ont porté sur la place du français dans les opérations de "
                    "paix et sur l'accès des délégations aux documents dans toutes les "
                    "langues officielles."
                ),
            ),
        ),
        NewsItem(
            slug="accord-haute-mer-ratification",
            title="Accord sur la haute mer : la France salue l'entrée en vigueur",
            publication_date=datetime.date(2026, 1, 17),
            summary=(
                "L'accord sur la biodiversité marine au-delà des juridictions nationales est "
                "entré en vigueur."
            ),
            tags=("océans", "biodiversité"),
            body=(
                Paragraph(
                    "La France, parmi les premiers États à l'avoir ratifié, salue l'entrée en "
                    "vigueur de l'accord sur la conservation et l'utilisation durable de la "
                    "biodiversité marine des zones situées au-delà de la juridiction nationale."
                ),
                Paragraph(
                    "La Mission appelle à préparer sans attendre la première conférence des "
                    "parties."
                ),
            ),
        ),
    ),
    statements=(
        Statement(
            slug="debat-general-80e-session",
            title="Débat général de la 80e session de l'Assemblée générale",
            un_body="GA",
            session="80e session",
            agenda_item="Point 8 : Débat général",
            meeting_date=datetime.date(2025, 9, 24),
            speaker=AMBASSADOR,
            summary="La France appelle à une réforme ambitieuse du système multilatéral.",
            body=(
                Paragraph("Monsieur le Président,"),
                Paragraph(
                    "Quatre-vingts ans après la signature de la Charte, notre Organisation "
                    "reste le seul cadre où tous les États peuvent agir ensemble. Elle doit "
                    "cependant se réformer pour rester à la hauteur des attentes des peuples."
                ),
                Paragraph(
                    "La France soutient l'élargissement du Conseil de sécurité dans les deux "
                    "catégories de membres et l'encadrement du recours au veto en cas "
                    "d'atrocités de masse."
                ),
                Paragraph("Je vous remercie."),
            ),
        ),
        Statement(
            slug="conseil-securite-protection-civils",
            title="Débat ouvert sur la protection des civils dans les conflits armés",
            un_body="SC",
            session="Débat ouvert",
            agenda_item="Protection des civils en période de conflit armé",
            meeting_date=datetime.date(2026, 10, 14),
            speaker=AMBASSADOR,
            summary="Le droit international humanitaire s'impose à toutes les parties.",
            body=(
                Paragraph("Monsieur le Président,"),
                Paragraph(
                    "Les hôpitaux, les écoles et les travailleurs humanitaires ne sont pas des "
                    "cibles. Le droit international humanitaire s'impose à toutes les parties, "
                    "en toutes circonstances."
                ),
                Paragraph(
                    "La France propose que le Conseil examine chaque année la mise en œuvre de "
                    "la résolution 2286 sur la protection des soins médicaux."
                ),
            ),
        ),
        Statement(
            slug="troisieme-commission-droits-des-femmes",
            title="Troisième Commission : promotion de la femme",
            un_body="C3",
            session="81e session",
            agenda_item="Point 28 : Promotion de la femme",
            meeting_date=datetime.date(2026, 10, 6),
            speaker=DEPUTY,
            summary="La France défend l'accès universel aux droits et à la santé sexuels.",
            body=(
                Paragraph("Madame la Présidente,"),
                Paragraph(
                    "Trente ans après Pékin, aucun pays n'a atteint l'égalité entre les femmes "
                    "et les hommes. La France poursuit une diplomatie féministe fondée sur les "
                    "droits, les ressources et la représentation."
                ),
                Paragraph(
                    "Nous appelons tous les États à garantir l'accès universel aux droits et à "
                    "la santé sexuels et reproductifs."
                ),
            ),
        ),
        Statement(
            slug="ecosoc-forum-politique-haut-niveau",
            title="Forum politique de haut niveau pour le développement durable",
            un_body="ECOSOC",
            session="Session de 2026",
            agenda_item="Point 5 : Forum politique de haut niveau",
            meeting_date=datetime.date(2026, 7, 15),
            speaker=DEPUTY,
            summary="Financer la transition écologique sans laisser personne de côté.",
            body=(
                Paragraph("Monsieur le Président,"),
                Paragraph(
                    "À quatre ans de l'échéance de 2030, les objectifs de développement durable "
                    "restent hors de portée pour une majorité de pays. L'effort doit porter sur "
                    "le financement, la dette et la fiscalité internationale."
                ),
                Paragraph(
                    "La France a doublé sa contribution au Fonds vert pour le climat et appelle "
                    "les banques de développement à prêter davantage aux pays vulnérables."
                ),
            ),
        ),
    ),
    events=(
        Event(
            slug="evenement-parallele-ocean",
            title="Événement parallèle : protéger l'océan après l'accord sur la haute mer",
            introduction=(
                "Table ronde avec des scientifiques et des délégations sur la première "
                "conférence des parties."
            ),
            body=(
                Paragraph(
                    "La Mission et ses partenaires réunissent des chercheurs et des négociateurs "
                    "pour préparer la première conférence des parties à l'accord sur la haute "
                    "mer. Interprétation en anglais et en français."
                ),
            ),
            location="Salle de conférence 6, siège des Nations Unies",
            days_from_today=18,
            starts_at=datetime.time(13, 15),
            duration=datetime.timedelta(hours=1, minutes=30),
            registration_url="https://example.org/inscription/ocean",
        ),
        Event(
            slug="reception-fete-nationale",
            title="Réception à l'occasion de la fête nationale",
            introduction="Le Représentant permanent a reçu les délégations pour le 14 Juillet.",
            body=(
                Paragraph(
                    "Plus de trois cents invités ont assisté à la réception donnée à la "
                    "résidence du Représentant permanent."
                ),
            ),
            location="Résidence du Représentant permanent, New York",
            days_from_today=-40,
            starts_at=datetime.time(18, 30),
        ),
    ),
    translations={
        "en": TranslatedPages(
            display_name="Permanent Mission of France to the United Nations in New York",
            footer_text=(
                "Demonstration site: the people, statements and events shown are fictional."
            ),
            home=PageText(
                title="Permanent Mission of France to the United Nations",
                introduction=(
                    "France at the United Nations: peace and security, climate, human rights "
                    "and sustainable development."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Drawing of the United Nations Headquarters in New York, on the East River",
                        "United Nations Headquarters, New York.",
                    ),
                    Paragraph(
                        "As a permanent member of the Security Council, France stands up for "
                        "multilateralism, international law and effective collective action in "
                        "times of crisis. Find our press releases, statements and events here."
                    ),
                ),
            ),
            about=PageText(
                title="The Mission",
                introduction="The Mission represents France at the United Nations in New York.",
                body=(
                    Heading("Our role"),
                    Paragraph(
                        "The Permanent Mission speaks for France in the six Main Committees of "
                        "the General Assembly, in the Security Council and in the Economic and "
                        "Social Council. It negotiates resolutions, prepares votes and keeps a "
                        "constant dialogue with other Member States and the Secretariat."
                    ),
                    Paragraph(
                        "A team of some sixty diplomats and experts follows every file, from "
                        "peacekeeping operations to the budget of the Organization, in close "
                        "contact with the Ministry for Europe and Foreign Affairs."
                    ),
                    Picture(
                        "assembly",
                        "Drawing of the General Assembly Hall, its rows of seats facing the "
                        "rostrum",
                        "The General Assembly Hall.",
                    ),
                    Heading("Our priorities"),
                    Paragraph(
                        "The protection of civilians, the fight against climate change, "
                        "equality between women and men, the French language and a stronger "
                        "multilateral system guide our work."
                    ),
                ),
            ),
            news=PageText(title="News", introduction="Press releases and news from the Mission."),
            statements=PageText(
                title="Statements",
                introduction="Statements delivered by France at the United Nations.",
            ),
            events=PageText(
                title="Events",
                introduction="Side events, receptions and meetings organised by the Mission.",
            ),
            contact=ContactText(
                title="Contact",
                introduction=(
                    "Write to us or call the switchboard. Press enquiries are handled by the "
                    "communication team."
                ),
                opening_hours="Monday to Friday, 9.30 am to 5.30 pm (New York time).",
            ),
        ),
        "ar": TranslatedPages(
            display_name="البعثة الدائمة لفرنسا لدى الأمم المتحدة في نيويورك",
            footer_text=("موقع تجريبي: الأشخاص والكلمات والفعاليات المعروضة فيه متخيَّلة."),
            home=PageText(
                title="البعثة الدائمة لفرنسا لدى الأمم المتحدة",
                introduction=(
                    "فرنسا في الأمم المتحدة: السلام والأمن، والمناخ، وحقوق الإنسان، "
                    "والتنمية المستدامة."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "رسم لمقر الأمم المتحدة في نيويورك على ضفة النهر الشرقي",
                        "مقر الأمم المتحدة في نيويورك.",
                    ),
                    Paragraph(
                        "بصفتها عضوًا دائمًا في مجلس الأمن، تدافع فرنسا عن تعددية الأطراف "
                        "والقانون الدولي والعمل الجماعي الفعّال في مواجهة الأزمات. تجدون هنا "
                        "بياناتنا الصحفية وكلماتنا وفعالياتنا."
                    ),
                ),
            ),
            about=PageText(
                title="البعثة",
                introduction="تمثل البعثة فرنسا لدى منظمة الأمم المتحدة في نيويورك.",
                body=(
                    Heading("دورنا"),
                    Paragraph(
                        "تنقل البعثة الدائمة صوت فرنسا في اللجان الرئيسية الست للجمعية العامة "
                        "وفي مجلس الأمن والمجلس الاقتصادي والاجتماعي. وهي تتفاوض على "
                        "القرارات، وتُعِدّ للتصويت، وتقيم حوارًا دائمًا مع الدول الأعضاء "
                        "الأخرى ومع الأمانة العامة."
                    ),
                    Paragraph(
                        "يتابع فريق من نحو ستين دبلوماسيًا وخبيرًا كل ملف، من عمليات حفظ "
                        "السلام إلى ميزانية المنظمة، بتنسيق وثيق مع وزارة أوروبا والشؤون "
                        "الخارجية."
                    ),
                    Picture(
                        "assembly",
                        "رسم لقاعة الجمعية العامة وصفوف مقاعدها المواجهة للمنصة",
                        "قاعة الجمعية العامة.",
                    ),
                    Heading("أولوياتنا"),
                    Paragraph(
                        "تسترشد أعمالنا بحماية المدنيين، ومكافحة تغير المناخ، والمساواة بين "
                        "المرأة والرجل، والفرنكوفونية، وتعزيز النظام المتعدد الأطراف."
                    ),
                ),
            ),
            news=PageText(title="الأخبار", introduction="البيانات الصحفية وأخبار البعثة."),
            statements=PageText(
                title="الكلمات والبيانات",
                introduction="الكلمات التي ألقتها فرنسا في الأمم المتحدة.",
            ),
            events=PageText(
                title="الفعاليات",
                introduction="الفعاليات الجانبية وحفلات الاستقبال والاجتماعات التي تنظمها البعثة.",
            ),
            contact=ContactText(
                title="اتصل بنا",
                introduction=(
                    "راسلونا أو اتصلوا بمقسم البعثة. يتولى فريق الاتصال الرد على استفسارات الصحافة."
                ),
                opening_hours=(
                    "من الاثنين إلى الجمعة، من 9:30 صباحًا إلى 5:30 مساءً (بتوقيت نيويورك)."
                ),
            ),
        ),
    },
)
