"""Demo content for the Permanent Mission of Egypt (Arabic, with English and French).

The only demo site whose default language is written right to left. Its statements give
an English version as delivered for the PDF.
"""

import datetime

from .types import (
    ContactText,
    DeliveredText,
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

AMBASSADOR = "السفير كريم عبد الحميد منصور، المندوب الدائم"
DEPUTY = "السيدة نادية فؤاد الشريف، نائبة المندوب الدائم"
AMBASSADOR_EN = "H.E. Mr. Karim Abdel-Hamid Mansour, Permanent Representative of Egypt"
DEPUTY_EN = "Ms. Nadia Fouad El-Sherif, Deputy Permanent Representative of Egypt"

MISSION = DemoMission(
    iso3="EGY",
    name="egypt",
    languages=("ar", "en", "fr"),
    about_update="ومنذ يناير، تضم البعثة قسمًا جديدًا للشؤون الإنسانية.",
    details=SiteDetails(
        display_name="البعثة الدائمة لجمهورية مصر العربية لدى الأمم المتحدة",
        address="221 East 49th Street\nNew York, NY 10017\nUnited States",
        phone="+1 212 555 0196",
        email="mission.egypt@example.org",
        social_handle="egyptun-demo",
        brand_colour="#8A1538",
        footer_text="موقع تجريبي: الأشخاص والكلمات والفعاليات المعروضة فيه متخيَّلة.",
    ),
    flag=Flag(stripes=("#CE1126", "#FFFFFF", "#000000"), disc="#C09300", disc_ratio=0.12),
    home=PageText(
        title="البعثة الدائمة لجمهورية مصر العربية لدى الأمم المتحدة",
        introduction=(
            "مصر في الأمم المتحدة: السلام والأمن في أفريقيا والشرق الأوسط، وحفظ السلام، "
            "والتنمية المستدامة، والعمل المناخي."
        ),
        body=(
            Picture(
                "headquarters",
                "رسم لمقر الأمم المتحدة في نيويورك على ضفة النهر الشرقي",
                "مقر الأمم المتحدة في نيويورك.",
            ),
            Paragraph(
                "مصر من الدول المؤسسة للأمم المتحدة، ومن أكبر المساهمين بقوات في عمليات حفظ "
                "السلام. تجدون في هذا الموقع أخبار البعثة وكلماتها وفعالياتها."
            ),
        ),
    ),
    about=PageText(
        title="عن البعثة",
        introduction="تمثل البعثة جمهورية مصر العربية لدى منظمة الأمم المتحدة في نيويورك.",
        body=(
            Heading("دورنا"),
            Paragraph(
                "تشارك البعثة في أعمال الجمعية العامة ولجانها الرئيسية، ومجلس الأمن، "
                "والمجلس الاقتصادي والاجتماعي، ولجنة بناء السلام، وتنسق مواقفها مع "
                "المجموعة الأفريقية والمجموعة العربية."
            ),
            Paragraph(
                "يتابع دبلوماسيو البعثة قضايا السلام والأمن، ونزع السلاح، والتنمية، وحقوق "
                "الإنسان، والشؤون القانونية، والميزانية."
            ),
            Picture(
                "council",
                "رسم لطاولة مجلس الأمن على شكل حدوة حصان",
                "قاعة مجلس الأمن.",
            ),
            Heading("أولوياتنا"),
            Paragraph(
                "السلام والاستقرار في أفريقيا والشرق الأوسط، وإصلاح عمليات حفظ السلام، "
                "والأمن المائي، وتمويل التنمية والعمل المناخي."
            ),
        ),
    ),
    news_index=PageText(title="الأخبار", introduction="البيانات الصحفية وأخبار البعثة."),
    statements_index=PageText(
        title="الكلمات والبيانات", introduction="الكلمات التي ألقتها مصر في الأمم المتحدة."
    ),
    events_index=PageText(title="الفعاليات", introduction="الفعاليات التي تنظمها البعثة."),
    contact=ContactText(
        title="اتصل بنا",
        introduction=(
            "للاستفسارات العامة، يرجى مراسلة البعثة أو الاتصال بها هاتفيًا. أما الخدمات "
            "القنصلية فتقدمها القنصلية العامة في نيويورك."
        ),
        opening_hours="من الاثنين إلى الجمعة، من 9:30 صباحًا إلى 5:00 مساءً (بتوقيت نيويورك).",
    ),
    representative=Representative(
        slug="permanent-representative",
        name="السفير كريم عبد الحميد منصور",
        role="المندوب الدائم لجمهورية مصر العربية لدى الأمم المتحدة",
        credentials_presented_on=datetime.date(2024, 10, 1),
        title="المندوب الدائم",
        introduction="هذه سيرة متخيَّلة أُعدّت لعرض هذا الموقع التجريبي، ولا وجود لهذا الشخص.",
        body=(
            Paragraph(
                "قدّم السفير كريم عبد الحميد منصور أوراق اعتماده إلى الأمين العام في الأول من "
                "أكتوبر 2024. وكان قبل ذلك مساعدًا لوزير الخارجية للشؤون متعددة الأطراف."
            ),
            Paragraph("عمل في جنيف وأديس أبابا وبروكسل، وتابع ملفات حفظ السلام ونزع السلاح."),
            Paragraph("تخرّج في كلية الاقتصاد والعلوم السياسية بجامعة القاهرة."),
        ),
    ),
    news=(
        NewsItem(
            slug="peacekeeping-training-centre",
            title="مصر تستضيف دورة تدريبية لحفظة السلام الأفارقة",
            publication_date=datetime.date(2026, 10, 19),
            summary="شارك في الدورة أربعون ضابطًا من خمس عشرة دولة أفريقية.",
            tags=("حفظ السلام", "أفريقيا"),
            body=(
                Paragraph(
                    "نظّمت مصر، بالتعاون مع إدارة عمليات السلام، دورة تدريبية حول حماية "
                    "المدنيين لضباط من خمس عشرة دولة أفريقية."
                ),
                Quote(
                    "الاستثمار في التدريب استثمار في أمن القارة.",
                    "المندوب الدائم",
                ),
            ),
        ),
        NewsItem(
            slug="water-security-dialogue",
            title="حوار رفيع المستوى حول الأمن المائي",
            publication_date=datetime.date(2026, 3, 23),
            summary="في اليوم العالمي للمياه، نظّمت البعثة حوارًا حول ندرة المياه.",
            tags=("المياه", "التنمية"),
            body=(
                Paragraph(
                    "بمناسبة اليوم العالمي للمياه، جمعت البعثة خبراء وممثلي دول لمناقشة "
                    "التعاون في إدارة الموارد المائية العابرة للحدود."
                ),
                Picture(
                    "conference",
                    "رسم لمشاركين يجلسون حول طاولة مستديرة",
                    "جانب من الحوار.",
                ),
            ),
        ),
        NewsItem(
            slug="climate-adaptation-africa",
            title="مصر تدعو إلى مضاعفة تمويل التكيف في أفريقيا",
            publication_date=datetime.date(2026, 9, 22),
            summary="خلال أسبوع المناخ، أكدت مصر أن أفريقيا الأقل إسهامًا في الانبعاثات.",
            tags=("المناخ",),
            body=(
                Paragraph(
                    "أكدت مصر أن القارة الأفريقية تتحمل عبئًا غير متناسب من آثار تغير المناخ، "
                    "ودعت إلى مضاعفة تمويل التكيف."
                ),
                Paragraph("وشددت على أهمية تفعيل صندوق الخسائر والأضرار."),
            ),
        ),
        NewsItem(
            slug="culture-week",
            title="أسبوع الثقافة المصرية في الأمم المتحدة",
            publication_date=datetime.date(2025, 11, 25),
            summary="معرض للصور الفوتوغرافية وأمسية موسيقية في مقر الأمم المتحدة.",
            tags=("ثقافة",),
            body=(
                Paragraph(
                    "افتتحت البعثة معرضًا للصور يعرّف بالتراث المصري، أعقبته أمسية موسيقية "
                    "حضرها عدد كبير من الدبلوماسيين."
                ),
                Paragraph("استمر المعرض أسبوعين في بهو الزوار."),
            ),
        ),
    ),
    statements=(
        Statement(
            slug="security-council-middle-east",
            title="كلمة مصر أمام مجلس الأمن بشأن الحالة في الشرق الأوسط",
            un_body="SC",
            session="مناقشة مفتوحة",
            agenda_item="الحالة في الشرق الأوسط، بما فيها القضية الفلسطينية",
            meeting_date=datetime.date(2026, 1, 27),
            speaker=AMBASSADOR,
            summary="مصر تدعو إلى وقف دائم لإطلاق النار وإلى إيصال المساعدات دون عوائق.",
            body=(
                Paragraph("السيد الرئيس،"),
                Paragraph(
                    "إن حماية المدنيين وإيصال المساعدات الإنسانية دون عوائق التزامان بموجب "
                    "القانون الدولي الإنساني لا يجوز التهاون فيهما."
                ),
                Paragraph(
                    "وتؤكد مصر أن الحل العادل والدائم يمر عبر إقامة الدولة الفلسطينية المستقلة."
                ),
                Paragraph("وشكرًا."),
            ),
            delivered=DeliveredText(
                title="Statement by Egypt at the Security Council on the situation in the "
                "Middle East",
                speaker=AMBASSADOR_EN,
                paragraphs=(
                    "Mr. President,",
                    "Protecting civilians and allowing humanitarian aid to flow without "
                    "obstacles are obligations under international humanitarian law that "
                    "cannot be compromised.",
                    "Egypt stresses that a just and lasting solution requires the "
                    "establishment of an independent Palestinian State.",
                    "I thank you.",
                ),
            ),
        ),
        Statement(
            slug="fourth-committee-peacekeeping",
            title="كلمة مصر أمام اللجنة الرابعة بشأن عمليات حفظ السلام",
            un_body="C4",
            session="الدورة الحادية والثمانون",
            agenda_item="البند 55: استعراض شامل لعمليات حفظ السلام",
            meeting_date=datetime.date(2026, 10, 29),
            speaker=DEPUTY,
            summary="ولايات واضحة وموارد كافية لعمليات حفظ السلام.",
            body=(
                Paragraph("السيد الرئيس،"),
                Paragraph(
                    "تحتاج عمليات حفظ السلام إلى ولايات واضحة وقابلة للتنفيذ، وإلى موارد "
                    "تتناسب مع المهام الموكلة إليها."
                ),
                Paragraph("وتولي مصر أهمية خاصة لسلامة حفظة السلام وأمنهم."),
            ),
            delivered=DeliveredText(
                title="Statement by Egypt at the Fourth Committee on peacekeeping operations",
                speaker=DEPUTY_EN,
                paragraphs=(
                    "Mr. Chair,",
                    "Peacekeeping operations need clear and achievable mandates, and "
                    "resources that match the tasks entrusted to them.",
                    "Egypt attaches particular importance to the safety and security of "
                    "peacekeepers.",
                ),
            ),
        ),
        Statement(
            slug="general-assembly-general-debate",
            title="كلمة مصر في المناقشة العامة للدورة الثمانين للجمعية العامة",
            un_body="GA",
            session="الدورة الثمانون",
            agenda_item="البند 8: المناقشة العامة",
            meeting_date=datetime.date(2025, 9, 26),
            speaker=AMBASSADOR,
            summary="مصر تدعو إلى نظام دولي أكثر عدلًا وإلى إصلاح المؤسسات المالية الدولية.",
            body=(
                Paragraph("السيد الرئيس،"),
                Paragraph(
                    "بعد ثمانين عامًا على إنشاء الأمم المتحدة، ما زالت شعوب كثيرة تنتظر أن "
                    "يفي النظام الدولي بوعوده في السلام والتنمية."
                ),
                Paragraph(
                    "وتدعو مصر إلى إصلاح المؤسسات المالية الدولية وإلى معالجة أعباء الديون "
                    "التي تثقل كاهل الدول النامية."
                ),
            ),
            delivered=DeliveredText(
                title="Statement by Egypt at the general debate of the 80th session of the "
                "General Assembly",
                speaker=AMBASSADOR_EN,
                paragraphs=(
                    "Mr. President,",
                    "Eighty years after the founding of the United Nations, many peoples "
                    "are still waiting for the international system to deliver on its "
                    "promises of peace and development.",
                    "Egypt calls for the reform of the international financial institutions "
                    "and for action on the debt burden of developing countries.",
                ),
            ),
        ),
        Statement(
            slug="ecosoc-operational-activities",
            title="كلمة مصر في الجزء المتعلق بالأنشطة التنفيذية للمجلس الاقتصادي والاجتماعي",
            un_body="ECOSOC",
            session="دورة عام 2026",
            agenda_item="البند 7: الأنشطة التنفيذية من أجل التنمية",
            meeting_date=datetime.date(2026, 5, 20),
            speaker=DEPUTY,
            summary="منظومة إنمائية تستجيب لأولويات الدول الوطنية.",
            body=(
                Paragraph("السيد الرئيس،"),
                Paragraph(
                    "ينبغي أن تستجيب منظومة الأمم المتحدة الإنمائية لأولويات الدول الوطنية، "
                    "وأن تحظى بتمويل أساسي يمكن التنبؤ به."
                ),
                Paragraph("وترحب مصر بعمل المنسقين المقيمين في دعم الخطط الوطنية."),
            ),
            delivered=DeliveredText(
                title="Statement by Egypt at the ECOSOC Operational Activities Segment",
                speaker=DEPUTY_EN,
                paragraphs=(
                    "Mr. President,",
                    "The United Nations development system should respond to national "
                    "priorities and receive predictable core funding.",
                    "Egypt welcomes the work of the resident coordinators in support of "
                    "national plans.",
                ),
            ),
        ),
    ),
    events=(
        Event(
            slug="side-event-nile-heritage",
            title="فعالية جانبية: التراث الثقافي والتنمية المستدامة",
            introduction="كيف يسهم صون التراث في خلق فرص العمل وتنمية المجتمعات المحلية.",
            body=(
                Paragraph(
                    "يتحدث في الفعالية خبراء من منظمة اليونسكو ومن مصر عن تجارب ناجحة في "
                    "السياحة المستدامة. تتوفر ترجمة فورية إلى الإنجليزية والفرنسية."
                ),
            ),
            location="قاعة الاجتماعات 9، مقر الأمم المتحدة",
            days_from_today=21,
            starts_at=datetime.time(13, 15),
            duration=datetime.timedelta(hours=1, minutes=30),
            registration_url="https://example.org/register/heritage",
        ),
        Event(
            slug="national-day-reception",
            title="حفل استقبال بمناسبة العيد الوطني",
            introduction="احتفلت البعثة بالعيد الوطني بحضور ممثلي الدول والأمم المتحدة.",
            body=(Paragraph("قُدّمت خلال الحفل عروض موسيقية ومأكولات مصرية تقليدية."),),
            location="مقر إقامة المندوب الدائم، نيويورك",
            days_from_today=-128,
            starts_at=datetime.time(18, 30),
        ),
    ),
    translations={
        "en": TranslatedPages(
            display_name="Permanent Mission of the Arab Republic of Egypt to the United Nations",
            footer_text=(
                "Demonstration site: the people, statements and events shown are fictional."
            ),
            home=PageText(
                title="Permanent Mission of the Arab Republic of Egypt to the United Nations",
                introduction=(
                    "Egypt at the United Nations: peace and security in Africa and the Middle "
                    "East, peacekeeping, sustainable development and climate action."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Drawing of the United Nations Headquarters in New York, on the East River",
                        "United Nations Headquarters, New York.",
                    ),
                    Paragraph(
                        "Egypt is a founding member of the United Nations and one of the "
                        "largest contributors of troops to peacekeeping operations. This site "
                        "presents the Mission's news, statements and events."
                    ),
                ),
            ),
            about=PageText(
                title="About the Mission",
                introduction=(
                    "The Mission represents the Arab Republic of Egypt at the United Nations in "
                    "New York."
                ),
                body=(
                    Heading("Our role"),
                    Paragraph(
                        "The Mission takes part in the work of the General Assembly and its "
                        "Main Committees, the Security Council, the Economic and Social "
                        "Council and the Peacebuilding Commission, and coordinates its "
                        "positions with the African Group and the Arab Group."
                    ),
                    Paragraph(
                        "The Mission's diplomats follow peace and security, disarmament, "
                        "development, human rights, legal affairs and the budget."
                    ),
                    Picture(
                        "council",
                        "Drawing of the horseshoe-shaped table of the Security Council",
                        "The Security Council Chamber.",
                    ),
                    Heading("Our priorities"),
                    Paragraph(
                        "Peace and stability in Africa and the Middle East, the reform of "
                        "peacekeeping, water security, and financing for development and "
                        "climate action."
                    ),
                ),
            ),
            news=PageText(title="News", introduction="Press releases and news from the Mission."),
            statements=PageText(
                title="Statements",
                introduction="Statements delivered by Egypt at the United Nations.",
            ),
            events=PageText(title="Events", introduction="Events organised by the Mission."),
            contact=ContactText(
                title="Contact us",
                introduction=(
                    "For general enquiries, please write to or call the Mission. Consular "
                    "services are provided by the Consulate General in New York."
                ),
                opening_hours="Monday to Friday, 9.30 am to 5 pm (New York time).",
            ),
        ),
        "fr": TranslatedPages(
            display_name=(
                "Mission permanente de la République arabe d'Égypte auprès des Nations Unies"
            ),
            footer_text=(
                "Site de démonstration : les personnes, déclarations "
                "et événements présentés sont fictifs."
            ),
            home=PageText(
                title="Mission permanente de la République arabe d'Égypte auprès des Nations Unies",
                introduction=(
                    "L'Égypte aux Nations Unies : paix et sécurité en Afrique et au "
                    "Moyen-Orient, maintien de la paix, développement durable et action "
                    "climatique."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Dessin du siège des Nations Unies à New York, au bord de l'East River",
                        "Le siège des Nations Unies, à New York.",
                    ),
                    Paragraph(
                        "L'Égypte est membre fondateur des Nations Unies et l'un des principaux "
                        "pays contributeurs de troupes aux opérations de maintien de la paix. "
                        "Ce site présente les actualités, les déclarations et les événements "
                        "de la Mission."
                    ),
                ),
            ),
            about=PageText(
                title="La Mission",
                introduction=(
                    "La Mission représente la République arabe d'Égypte auprès des Nations "
                    "Unies à New York."
                ),
                body=(
                    Heading("Notre rôle"),
                    Paragraph(
                        "La Mission participe aux travaux de l'Assemblée générale et de ses "
                        "grandes commissions, du Conseil de sécurité, du Conseil économique "
                        "et social et de la Commission de consolidation de la paix, et "
                        "coordonne ses positions avec le Groupe africain et le Groupe arabe."
                    ),
                    Paragraph(
                        "Les diplomates de la Mission suivent la paix et la sécurité, le "
                        "désarmement, le développement, les droits de l'homme, les affaires "
                        "juridiques et le budget."
                    ),
                    Picture(
                        "council",
                        "Dessin de la table en fer à cheval du Conseil de sécurité",
                        "La salle du Conseil de sécurité.",
                    ),
                    Heading("Nos priorités"),
                    Paragraph(
                        "La paix et la stabilité en Afrique et au Moyen-Orient, la réforme du "
                        "maintien de la paix, la sécurité hydrique, le financement du "
                        "développement et l'action climatique."
                    ),
                ),
            ),
            news=PageText(
                title="Actualités",
                introduction="Communiqués de presse et actualités de la Mission.",
            ),
            statements=PageText(
                title="Déclarations",
                introduction="Les déclarations prononcées par l'Égypte aux Nations Unies.",
            ),
            events=PageText(
                title="Événements", introduction="Événements organisés par la Mission."
            ),
            contact=ContactText(
                title="Nous contacter",
                introduction=(
                    "Pour toute demande, écrivez à la Mission ou appelez-la. Les services "
                    "consulaires relèvent du Consulat général à New York."
                ),
                opening_hours="Du lundi au vendredi, de 9 h 30 à 17 h (heure de New York).",
            ),
        ),
    },
)
