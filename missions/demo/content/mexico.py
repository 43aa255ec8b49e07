"""Demo content for the Permanent Mission of Mexico (Spanish, with English and Arabic)."""

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

AMBASSADOR = "Embajadora Lucía Arreola Benítez, Representante Permanente"
DEPUTY = "Ministro Andrés Villaseñor Ruiz, Representante Permanente Alterno"

MISSION = DemoMission(
    iso3="MEX",
    name="mexico",
    languages=("es", "en", "ar"),
    about_update="Desde enero, la Misión cuenta con una nueva sección de asuntos humanitarios.",
    details=SiteDetails(
        display_name="Misión Permanente de México ante las Naciones Unidas",
        address="150 East 42nd Street, 27th floor\nNew York, NY 10017\nUnited States",
        phone="+1 212 555 0129",
        email="mission.mexico@example.org",
        social_handle="mexonu-demo",
        brand_colour="#00553A",
        footer_text=(
            "Sitio de demostración: las personas, declaraciones y eventos que aparecen son "
            "ficticios."
        ),
    ),
    flag=Flag(
        stripes=("#006847", "#FFFFFF", "#CE1126"), vertical=True, disc="#8C5A2B", disc_ratio=0.16
    ),
    home=PageText(
        title="Misión Permanente de México ante las Naciones Unidas",
        introduction=(
            "México en las Naciones Unidas: desarme, derechos humanos, migración y una "
            "diplomacia feminista."
        ),
        body=(
            Picture(
                "headquarters",
                "Dibujo de la Sede de las Naciones Unidas en Nueva York, a orillas del East River",
                "La Sede de las Naciones Unidas, en Nueva York.",
            ),
            Paragraph(
                "México es miembro fundador de las Naciones Unidas y un impulsor constante del "
                "desarme, del derecho internacional y de la cooperación. Consulte aquí "
                "nuestras noticias, intervenciones y eventos."
            ),
        ),
    ),
    about=PageText(
        title="La Misión",
        introduction="La Misión representa a México ante la Organización de las Naciones Unidas.",
        body=(
            Heading("Qué hacemos"),
            Paragraph(
                "La Misión participa en los trabajos de la Asamblea General y sus comisiones "
                "principales, del Consejo de Seguridad y del Consejo Económico y Social. "
                "Negocia resoluciones y construye consensos con países de todas las regiones."
            ),
            Paragraph(
                "Nuestro equipo atiende temas de paz y seguridad, desarme, derechos humanos, "
                "migración, desarrollo sostenible y asuntos jurídicos."
            ),
            Picture(
                "assembly",
                "Dibujo del Salón de la Asamblea General, con filas de asientos frente a la "
                "tribuna",
                "El Salón de la Asamblea General.",
            ),
            Heading("Prioridades"),
            Paragraph(
                "El desarme nuclear y el control de armas pequeñas, la protección de las "
                "personas migrantes, la igualdad de género y la lucha contra el cambio "
                "climático."
            ),
        ),
    ),
    news_index=PageText(title="Noticias", introduction="Comunicados y noticias de la Misión."),
    statements_index=PageText(
        title="Intervenciones",
        introduction="Intervenciones de México en las Naciones Unidas.",
    ),
    events_index=PageText(title="Eventos", introduction="Eventos organizados por la Misión."),
    contact=ContactText(
        title="Contacto",
        introduction=(
            "Escríbanos o llame a la Misión. Para trámites de pasaportes y documentos, acuda "
            "al Consulado General de México en Nueva York."
        ),
        opening_hours="De lunes a viernes, de 9:00 a 18:00 horas (hora de Nueva York).",
    ),
    representative=Representative(
        slug="representante-permanente",
        name="Embajadora Lucía Arreola Benítez",
        role="Representante Permanente de México ante las Naciones Unidas",
        credentials_presented_on=datetime.date(2025, 3, 8),
        title="La Representante Permanente",
        introduction=(
            "Perfil ficticio creado para la demostración de este sitio: esta persona no existe."
        ),
        body=(
            Paragraph(
                "La Embajadora Lucía Arreola Benítez presentó sus cartas credenciales al "
                "Secretario General el 8 de marzo de 2025. Antes fue Subsecretaria para "
                "Asuntos Multilaterales y Derechos Humanos."
            ),
            Paragraph(
                "Ha estado adscrita en Ginebra, Viena y Guatemala, donde trabajó en temas de "
                "desarme y migración."
            ),
            Paragraph("Es licenciada en Relaciones Internacionales por una universidad pública."),
        ),
    ),
    news=(
        NewsItem(
            slug="resolucion-armas-pequenas",
            title="Primera Comisión aprueba resolución sobre armas pequeñas",
            publication_date=datetime.date(2026, 11, 3),
            summary=(
                "La resolución, promovida por México, pide frenar el tráfico ilícito de armas."
            ),
            tags=("desarme", "armas pequeñas"),
            body=(
                Paragraph(
                    "La Primera Comisión aprobó con amplio apoyo la resolución sobre el "
                    "tráfico ilícito de armas pequeñas y ligeras, presentada por México junto "
                    "con otros países."
                ),
                Paragraph(
                    "El texto subraya la responsabilidad de los Estados exportadores y la "
                    "importancia del marcaje y rastreo de armas."
                ),
            ),
        ),
        NewsItem(
            slug="dia-internacional-mujer",
            title="México conmemora el Día Internacional de la Mujer",
            publication_date=datetime.date(2026, 3, 9),
            summary="Un conversatorio reunió a embajadoras de las cinco regiones.",
            tags=("igualdad de género",),
            body=(
                Paragraph(
                    "La Misión organizó un conversatorio con embajadoras de las cinco regiones "
                    "sobre la participación de las mujeres en la diplomacia y en los procesos "
                    "de paz."
                ),
                Picture(
                    "conference",
                    "Dibujo de participantes sentadas alrededor de una mesa redonda",
                    "Conversatorio en la Misión.",
                ),
            ),
        ),
        NewsItem(
            slug="pacto-migracion-examen",
            title="Examen del Pacto Mundial para la Migración",
            publication_date=datetime.date(2026, 5, 14),
            summary="México presentó sus avances en la protección de personas migrantes.",
            tags=("migración",),
            body=(
                Paragraph(
                    "En el Foro de Examen de la Migración Internacional, México compartió sus "
                    "programas de regularización y de acceso a servicios de salud para "
                    "personas migrantes."
                ),
                Paragraph("La delegación pidió más cooperación regional y vías regulares."),
            ),
        ),
        NewsItem(
            slug="dia-de-muertos-onu",
            title="Ofrenda de Día de Muertos en la sede de la ONU",
            publication_date=datetime.date(2025, 10, 30),
            summary="Una ofrenda tradicional recordó a las y los funcionarios caídos en servicio.",
            tags=("cultura",),
            body=(
                Paragraph(
                    "La Misión instaló una ofrenda de Día de Muertos en el vestíbulo de "
                    "visitantes, en memoria del personal de las Naciones Unidas fallecido en "
                    "servicio."
                ),
                Paragraph("Cientos de visitantes conocieron esta tradición mexicana."),
            ),
        ),
    ),
    statements=(
        Statement(
            slug="primera-comision-debate-general",
            title="Primera Comisión: debate general",
            un_body="C1",
            session="81º periodo de sesiones",
            agenda_item="Temas 90 a 108: desarme y seguridad internacional",
            meeting_date=datetime.date(2026, 10, 7),
            speaker=AMBASSADOR,
            summary="México pide avanzar hacia la eliminación total de las armas nucleares.",
            body=(
                Paragraph("Señor Presidente:"),
                Paragraph(
                    "Las armas nucleares no ofrecen seguridad a nadie. México reitera su "
                    "llamado a la universalización del Tratado sobre la Prohibición de las "
                    "Armas Nucleares."
                ),
                Paragraph(
                    "Asimismo, el tráfico ilícito de armas convencionales sigue cobrando miles "
                    "de vidas en nuestra región."
                ),
                Paragraph("Muchas gracias."),
            ),
        ),
        Statement(
            slug="consejo-seguridad-mujeres-paz-seguridad",
            title="Consejo de Seguridad: mujeres, paz y seguridad",
            un_body="SC",
            session="Debate abierto anual",
            agenda_item="Las mujeres y la paz y la seguridad",
            meeting_date=datetime.date(2025, 10, 28),
            speaker=AMBASSADOR,
            summary="La participación plena de las mujeres es condición de una paz duradera.",
            body=(
                Paragraph("Señora Presidenta:"),
                Paragraph(
                    "Veinticinco años después de la resolución 1325, las mujeres siguen "
                    "ausentes de la mayoría de las mesas de negociación."
                ),
                Paragraph(
                    "México propone metas concretas de participación y financiamiento para "
                    "las organizaciones de mujeres constructoras de paz."
                ),
            ),
        ),
        Statement(
            slug="ecosoc-financiacion-desarrollo",
            title="ECOSOC: Foro sobre la Financiación para el Desarrollo",
            un_body="ECOSOC",
            session="Periodo de sesiones de 2026",
            agenda_item="Foro del ECOSOC sobre la Financiación para el Desarrollo",
            meeting_date=datetime.date(2026, 4, 21),
            speaker=DEPUTY,
            summary="Una arquitectura financiera más justa para los países de ingreso medio.",
            body=(
                Paragraph("Señor Presidente:"),
                Paragraph(
                    "Los países de ingreso medio enfrentan grandes retos de desarrollo, pero "
                    "tienen un acceso limitado a financiamiento en condiciones favorables."
                ),
                Paragraph(
                    "México apoya indicadores que vayan más allá del producto interno bruto."
                ),
            ),
        ),
        Statement(
            slug="consejo-derechos-humanos-migrantes",
            title="Consejo de Derechos Humanos: derechos de las personas migrantes",
            un_body="HRC",
            session="59º periodo de sesiones",
            agenda_item="Tema 3: Promoción y protección de todos los derechos humanos",
            meeting_date=datetime.date(2025, 6, 24),
            speaker=DEPUTY,
            summary="México pide proteger a las personas migrantes en todo el ciclo migratorio.",
            body=(
                Paragraph("Señor Presidente:"),
                Paragraph(
                    "La migración es un fenómeno humano que debe abordarse con un enfoque de "
                    "derechos humanos, de género y de atención a la niñez."
                ),
                Paragraph(
                    "México agradece el informe del Relator Especial y apoya sus recomendaciones."
                ),
            ),
        ),
    ),
    events=(
        Event(
            slug="evento-paralelo-tratado-tlatelolco",
            title="Evento paralelo: el Tratado de Tlatelolco y las zonas libres de armas nucleares",
            introduction="Lecciones de América Latina y el Caribe para otras regiones.",
            body=(
                Paragraph(
                    "Expertas y diplomáticos de las zonas libres de armas nucleares compartirán "
                    "su experiencia. Habrá interpretación al inglés."
                ),
            ),
            location="Sala de conferencias 7, Sede de las Naciones Unidas",
            days_from_today=40,
            starts_at=datetime.time(13, 15),
            duration=datetime.timedelta(hours=1, minutes=30),
            registration_url="https://example.org/registro/tlatelolco",
        ),
        Event(
            slug="recepcion-independencia",
            title="Recepción por el aniversario de la Independencia",
            introduction=(
                "La Misión celebró el Grito de Independencia con la comunidad diplomática."
            ),
            body=(Paragraph("Se ofreció un programa de música tradicional y comida mexicana."),),
            location="Residencia de la Representante Permanente, Nueva York",
            days_from_today=-74,
            starts_at=datetime.time(19, 0),
        ),
    ),
    translations={
        "en": TranslatedPages(
            display_name="Permanent Mission of Mexico to the United Nations",
            footer_text=(
                "Demonstration site: the people, statements and events shown are fictional."
            ),
            home=PageText(
                title="Permanent Mission of Mexico to the United Nations",
                introduction=(
                    "Mexico at the United Nations: disarmament, human rights, migration and a "
                    "feminist foreign policy."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Drawing of the United Nations Headquarters in New York, on the East River",
                        "United Nations Headquarters, New York.",
                    ),
                    Paragraph(
                        "Mexico is a founding member of the United Nations and a constant "
                        "champion of disarmament, international law and cooperation. Find our "
                        "news, statements and events here."
                    ),
                ),
            ),
            about=PageText(
                title="The Mission",
                introduction="The Mission represents Mexico at the United Nations.",
                body=(
                    Heading("What we do"),
                    Paragraph(
                        "The Mission takes part in the work of the General Assembly and its "
                        "Main Committees, the Security Council and the Economic and Social "
                        "Council. It negotiates resolutions and builds consensus with "
                        "countries from every region."
                    ),
                    Paragraph(
                        "Our team covers peace and security, disarmament, human rights, "
                        "migration, sustainable development and legal affairs."
                    ),
                    Picture(
                        "assembly",
                        "Drawing of the General Assembly Hall, its rows of seats facing the "
                        "rostrum",
                        "The General Assembly Hall.",
                    ),
                    Heading("Priorities"),
                    Paragraph(
                        "Nuclear disarmament and the control of small arms, the protection of "
                        "migrants, gender equality and the fight against climate change."
                    ),
                ),
            ),
            news=PageText(title="News", introduction="Press releases and news from the Mission."),
            statements=PageText(
                title="Statements", introduction="Statements by Mexico at the United Nations."
            ),
            events=PageText(title="Events", introduction="Events organised by the Mission."),
            contact=ContactText(
                title="Contact",
                introduction=(
                    "Write to us or call the Mission. For passports and other documents, "
                    "please visit the Consulate General of Mexico in New York."
                ),
                opening_hours="Monday to Friday, 9 am to 6 pm (New York time).",
            ),
        ),
        "ar": TranslatedPages(
            display_name="البعثة الدائمة للمكسيك لدى الأمم المتحدة",
            footer_text=("موقع تجريبي: الأشخاص والكلمات والفعاليات المعروضة فيه متخيَّلة."),
            home=PageText(
                title="البعثة الدائمة للمكسيك لدى الأمم المتحدة",
                introduction=(
                    "المكسيك في الأمم المتحدة: نزع السلاح، وحقوق الإنسان، والهجرة، "
                    "وسياسة خارجية نسوية."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "رسم لمقر الأمم المتحدة في نيويورك على ضفة النهر الشرقي",
                        "مقر الأمم المتحدة في نيويورك.",
                    ),
                    Paragraph(
                        "المكسيك عضو مؤسس في الأمم المتحدة ومدافع دائم عن نزع السلاح والقانون "
                        "الدولي والتعاون. تجدون هنا أخبارنا وكلماتنا وفعالياتنا."
                    ),
                ),
            ),
            about=PageText(
                title="البعثة",
                introduction="تمثل البعثة المكسيك لدى الأمم المتحدة.",
                body=(
                    Heading("عملنا"),
                    Paragraph(
                        "تشارك البعثة في أعمال الجمعية العامة ولجانها الرئيسية ومجلس الأمن "
                        "والمجلس الاقتصادي والاجتماعي. وهي تتفاوض على القرارات وتبني توافق "
                        "الآراء مع بلدان من جميع المناطق."
                    ),
                    Paragraph(
                        "يتابع فريقنا قضايا السلام والأمن، ونزع السلاح، وحقوق الإنسان، "
                        "والهجرة، والتنمية المستدامة، والشؤون القانونية."
                    ),
                    Picture(
                        "assembly",
                        "رسم لقاعة الجمعية العامة وصفوف مقاعدها المواجهة للمنصة",
                        "قاعة الجمعية العامة.",
                    ),
                    Heading("الأولويات"),
                    Paragraph(
                        "نزع السلاح النووي ومراقبة الأسلحة الصغيرة، وحماية المهاجرين، "
                        "والمساواة بين الجنسين، ومكافحة تغير المناخ."
                    ),
                ),
            ),
            news=PageText(title="الأخبار", introduction="البيانات الصحفية وأخبار البعثة."),
            statements=PageText(title="الكلمات", introduction="كلمات المكسيك في الأمم المتحدة."),
            events=PageText(title="الفعاليات", introduction="الفعاليات التي تنظمها البعثة."),
            contact=ContactText(
                title="اتصل بنا",
                introduction=(
                    "راسلونا أو اتصلوا بالبعثة. لاستخراج جوازات السفر والوثائق الأخرى، "
                    "يرجى التوجه إلى القنصلية العامة للمكسيك في نيويورك."
                ),
                opening_hours=(
                    "من الاثنين إلى الجمعة، من 9:00 صباحًا إلى 6:00 مساءً (بتوقيت نيويورك)."
                ),
            ),
        ),
    },
)
