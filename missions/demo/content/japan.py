# Real Japanese and Chinese text: its full-width punctuation is meant.
# ruff: noqa: RUF001
"""Demo content for the Permanent Mission of Japan (Japanese, with English and Chinese).

Japan's statements are delivered in English in New York, so each statement gives its
text as delivered in English for the PDF.
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
    Representative,
    SiteDetails,
    Statement,
    TranslatedPages,
)

AMBASSADOR = "佐藤健一 国連日本政府代表部 常駐代表・特命全権大使"
DEPUTY = "中村由美 国連日本政府代表部 次席常駐代表・大使"
AMBASSADOR_EN = "H.E. Mr. Kenichi Sato, Permanent Representative of Japan"
DEPUTY_EN = "H.E. Ms. Yumi Nakamura, Deputy Permanent Representative of Japan"

MISSION = DemoMission(
    iso3="JPN",
    name="japan",
    languages=("ja", "en", "zh-hans"),
    details=SiteDetails(
        display_name="国際連合日本政府代表部",
        address="605 Second Avenue, 21st floor\nNew York, NY 10016\nUnited States",
        phone="+1 212 555 0171",
        email="mission.japan@example.org",
        social_handle="japanun-demo",
        brand_colour="#9B1B30",
        footer_text="デモサイトです。掲載している人物、演説、行事はすべて架空のものです。",
    ),
    flag=Flag(stripes=("#FFFFFF",), disc="#BC002D"),
    home=PageText(
        title="国際連合日本政府代表部",
        introduction="国連における日本の取組：平和と安全、人間の安全保障、持続可能な開発。",
        body=(
            Picture(
                "headquarters",
                "ニューヨークのイースト川沿いに建つ国連本部のイラスト",
                "ニューヨークの国連本部。",
            ),
            Paragraph(
                "日本は国連加盟以来、平和構築、軍縮・不拡散、防災、保健など幅広い分野で"
                "国連の活動を支えてきました。このサイトでは、代表部のお知らせ、演説、"
                "行事をご紹介します。"
            ),
        ),
    ),
    about=PageText(
        title="代表部について",
        introduction="国連日本政府代表部は、ニューヨークの国連において日本を代表しています。",
        body=(
            Heading("代表部の役割"),
            Paragraph(
                "代表部は、総会とその主要委員会、安全保障理事会、経済社会理事会などの"
                "会合に出席し、決議の交渉や各国との協議を行っています。"
            ),
            Paragraph(
                "外交官と各省庁から派遣された専門家が、平和維持、軍縮、開発、人権、"
                "予算など、それぞれの分野を担当しています。"
            ),
            Picture(
                "assembly",
                "演壇に向かって座席が並ぶ総会議場のイラスト",
                "国連総会議場。",
            ),
            Heading("重点分野"),
            Paragraph(
                "核兵器のない世界に向けた取組、人間の安全保障、防災、国連改革、"
                "特に安全保障理事会の改革に力を入れています。"
            ),
        ),
    ),
    news_index=PageText(title="お知らせ", introduction="代表部からのプレスリリースとお知らせ。"),
    statements_index=PageText(
        title="演説・ステートメント", introduction="国連における日本の演説。"
    ),
    events_index=PageText(title="行事", introduction="代表部が主催・共催する行事。"),
    contact=ContactText(
        title="お問い合わせ",
        introduction=(
            "代表部へのお問い合わせは、電子メールまたはお電話でお願いします。"
            "旅券・査証については在ニューヨーク日本国総領事館にお問い合わせください。"
        ),
        opening_hours="月曜日から金曜日、午前9時30分から午後6時まで（ニューヨーク時間）。",
    ),
    representative=Representative(
        slug="permanent-representative",
        name="佐藤健一 大使",
        role="国連日本政府代表部 常駐代表・特命全権大使",
        credentials_presented_on=datetime.date(2025, 1, 14),
        title="常駐代表",
        introduction="このプロフィールはデモ用に作成した架空のものです。実在の人物ではありません。",
        body=(
            Paragraph(
                "佐藤健一大使は、2025年1月14日に国連事務総長に信任状を提出しました。"
                "着任前は外務省総合外交政策局で国連関係の業務を統括していました。"
            ),
            Paragraph(
                "これまでにジュネーブ、ジャカルタ、ワシントンに勤務し、軍縮や人道支援を"
                "担当しました。"
            ),
            Paragraph("東京の大学で法学を学びました。趣味は囲碁と登山です。"),
        ),
    ),
    news=(
        NewsItem(
            slug="disaster-risk-reduction-day",
            title="「世界津波の日」記念行事を開催",
            publication_date=datetime.date(2026, 11, 5),
            summary="代表部は「世界津波の日」に合わせ、防災の重要性を訴える行事を開催しました。",
            tags=("防災", "津波"),
            body=(
                Paragraph(
                    "11月5日の「世界津波の日」に合わせ、代表部は国連防災機関と共に記念行事を"
                    "開催し、早期警報と避難訓練の重要性について議論しました。"
                ),
                Picture(
                    "conference",
                    "円卓を囲んで座る各国代表のイラスト",
                    "記念行事の様子。",
                ),
            ),
        ),
        NewsItem(
            slug="npt-working-paper",
            title="核兵器不拡散条約に関する作業文書を提出",
            publication_date=datetime.date(2026, 4, 27),
            summary="日本は、透明性の向上に関する作業文書を他の国々と共同で提出しました。",
            tags=("軍縮", "核兵器"),
            body=(
                Paragraph(
                    "日本は、核兵器国による透明性の向上と報告に関する作業文書を、"
                    "軍縮・不拡散イニシアティブの参加国と共同で提出しました。"
                ),
                Paragraph("日本は唯一の戦争被爆国として、核兵器のない世界を目指します。"),
            ),
        ),
        NewsItem(
            slug="human-security-fund",
            title="人間の安全保障基金への新たな拠出",
            publication_date=datetime.date(2026, 2, 18),
            summary="日本は人間の安全保障基金に新たに拠出することを発表しました。",
            tags=("人間の安全保障", "開発"),
            body=(
                Paragraph(
                    "日本は、国連人間の安全保障信託基金に新たな拠出を行うことを発表しました。"
                    "保健や教育の分野で、最も弱い立場にある人々を支援する事業に活用されます。"
                ),
                Paragraph("日本はこの基金の最大の拠出国です。"),
            ),
        ),
        NewsItem(
            slug="un-day-concert",
            title="国連デー記念コンサートに協力",
            publication_date=datetime.date(2025, 10, 24),
            summary="国連デーを記念し、日本の若手音楽家が総会議場で演奏しました。",
            tags=("文化",),
            body=(
                Paragraph(
                    "国連デーの記念コンサートで、日本の若手音楽家による和太鼓と弦楽器の演奏が"
                    "披露されました。"
                ),
                Paragraph("多くの外交団や国連職員が鑑賞しました。"),
            ),
        ),
    ),
    statements=(
        Statement(
            slug="first-committee-general-debate",
            title="第一委員会一般討論における演説",
            un_body="C1",
            session="第81回国連総会",
            agenda_item="議題90～108：軍縮と国際安全保障に関する議題",
            meeting_date=datetime.date(2026, 10, 8),
            speaker=AMBASSADOR,
            summary="核兵器のない世界に向けた現実的な取組を呼びかけました。",
            body=(
                Paragraph("議長、"),
                Paragraph(
                    "国際的な安全保障環境が厳しさを増す今こそ、核兵器のない世界に向けた"
                    "現実的で実践的な取組が必要です。"
                ),
                Paragraph(
                    "日本は、核兵器用核分裂性物質生産禁止条約の交渉開始と、包括的核実験禁止"
                    "条約の早期発効を強く求めます。"
                ),
            ),
            delivered=DeliveredText(
                title="Statement by Japan at the general debate of the First Committee",
                speaker=AMBASSADOR_EN,
                paragraphs=(
                    "Mr. Chair,",
                    "At a time when the international security environment is becoming ever "
                    "more severe, realistic and practical steps towards a world without "
                    "nuclear weapons are needed more than ever.",
                    "Japan strongly calls for the immediate start of negotiations on a fissile "
                    "material cut-off treaty and for the early entry into force of the "
                    "Comprehensive Nuclear-Test-Ban Treaty.",
                ),
            ),
        ),
        Statement(
            slug="security-council-peacebuilding",
            title="安全保障理事会公開討論：平和構築と持続的な平和",
            un_body="SC",
            session="公開討論",
            agenda_item="平和構築と持続的な平和",
            meeting_date=datetime.date(2026, 5, 21),
            speaker=AMBASSADOR,
            summary="制度構築と人への投資が持続的な平和の鍵であると述べました。",
            body=(
                Paragraph("議長、"),
                Paragraph(
                    "紛争の再発を防ぐためには、法の支配と公正な制度、そして人への投資が"
                    "欠かせません。"
                ),
                Paragraph("日本は平和構築基金への支援を続けていきます。"),
            ),
            delivered=DeliveredText(
                title="Statement by Japan at the Security Council open debate on peacebuilding",
                speaker=AMBASSADOR_EN,
                paragraphs=(
                    "Mr. President,",
                    "To prevent conflicts from recurring, the rule of law, fair institutions "
                    "and investment in people are indispensable.",
                    "Japan will continue to support the Peacebuilding Fund.",
                ),
            ),
        ),
        Statement(
            slug="ecosoc-humanitarian-segment",
            title="経済社会理事会人道問題部会における演説",
            un_body="ECOSOC",
            session="2025年会期",
            agenda_item="人道問題部会",
            meeting_date=datetime.date(2025, 6, 18),
            speaker=DEPUTY,
            summary="人道・開発・平和の連携の重要性を強調しました。",
            body=(
                Paragraph("議長、"),
                Paragraph(
                    "人道支援のニーズが過去最高に達する中、人道、開発、平和の取組を連携させる"
                    "ことが重要です。"
                ),
                Paragraph("日本は、防災への投資が人命と資金の双方を救うことを強調します。"),
            ),
            delivered=DeliveredText(
                title="Statement by Japan at the ECOSOC Humanitarian Affairs Segment",
                speaker=DEPUTY_EN,
                paragraphs=(
                    "Mr. President,",
                    "As humanitarian needs reach record levels, linking humanitarian, "
                    "development and peace efforts is essential.",
                    "Japan stresses that investing in disaster risk reduction saves both lives "
                    "and money.",
                ),
            ),
        ),
        Statement(
            slug="general-assembly-security-council-reform",
            title="総会：安全保障理事会改革に関する討論",
            un_body="GA",
            session="第80回国連総会",
            agenda_item="議題123：安全保障理事会の議席の衡平な配分と理事国の増加",
            meeting_date=datetime.date(2025, 11, 17),
            speaker=AMBASSADOR,
            summary="常任・非常任の両議席の拡大を求めました。",
            body=(
                Paragraph("議長、"),
                Paragraph(
                    "安全保障理事会は、今日の世界をより良く反映するものでなければなりません。"
                    "日本は常任・非常任の両方の議席の拡大を支持します。"
                ),
                Paragraph("政府間交渉が条文に基づく交渉へと進むことを期待します。"),
            ),
            delivered=DeliveredText(
                title="Statement by Japan on the reform of the Security Council",
                speaker=AMBASSADOR_EN,
                paragraphs=(
                    "Mr. President,",
                    "The Security Council must better reflect the world of today. Japan "
                    "supports the expansion of both permanent and non-permanent seats.",
                    "We hope that the intergovernmental negotiations will move on to "
                    "text-based negotiations.",
                ),
            ),
        ),
    ),
    events=(
        Event(
            slug="seminar-human-security",
            title="人間の安全保障に関するセミナー",
            introduction="人間の安全保障の考え方を次の世代に伝えるためのセミナーです。",
            body=(
                Paragraph(
                    "各国の若手外交官や学生を対象に、人間の安全保障の実践例を紹介します。"
                    "英語で行います。"
                ),
            ),
            location="国連本部 会議室5",
            days_from_today=33,
            starts_at=datetime.time(15, 0),
            registration_url="https://example.org/register/human-security",
        ),
        Event(
            slug="emperors-birthday-reception",
            title="天皇誕生日祝賀レセプション",
            introduction="代表部は天皇誕生日を祝うレセプションを開催しました。",
            body=(Paragraph("各国の代表や国連関係者など多数の方にご出席いただきました。"),),
            location="常駐代表公邸（ニューヨーク）",
            days_from_today=-275,
            starts_at=datetime.time(18, 0),
        ),
    ),
    translations={
        "en": TranslatedPages(
            display_name="Permanent Mission of Japan to the United Nations",
            footer_text=(
                "Demonstration site: the people, statements and events shown are fictional."
            ),
            home=PageText(
                title="Permanent Mission of Japan to the United Nations",
                introduction=(
                    "Japan at the United Nations: peace and security, human security and "
                    "sustainable development."
                ),
                body=(
                    Picture(
                        "headquarters",
                        "Drawing of the United Nations Headquarters on the East River in New York",
                        "United Nations Headquarters, New York.",
                    ),
                    Paragraph(
                        "Since joining the United Nations, Japan has supported its work in "
                        "many fields, from peacebuilding, disarmament and non-proliferation to "
                        "disaster risk reduction and health. This site presents the Mission's "
                        "news, statements and events."
                    ),
                ),
            ),
            about=PageText(
                title="About the Mission",
                introduction=(
                    "The Permanent Mission of Japan represents Japan at the United Nations in "
                    "New York."
                ),
                body=(
                    Heading("Our role"),
                    Paragraph(
                        "The Mission takes part in the meetings of the General Assembly and its "
                        "Main Committees, the Security Council and the Economic and Social "
                        "Council, negotiating resolutions and consulting other countries."
                    ),
                    Paragraph(
                        "Diplomats and experts seconded from ministries each cover a field: "
                        "peacekeeping, disarmament, development, human rights or the budget."
                    ),
                    Picture(
                        "assembly",
                        "Drawing of the General Assembly Hall with rows of seats facing the "
                        "rostrum",
                        "The General Assembly Hall.",
                    ),
                    Heading("Priorities"),
                    Paragraph(
                        "Work towards a world without nuclear weapons, human security, disaster "
                        "risk reduction and the reform of the United Nations, in particular of "
                        "the Security Council."
                    ),
                ),
            ),
            news=PageText(title="News", introduction="Press releases and news from the Mission."),
            statements=PageText(
                title="Statements", introduction="Statements by Japan at the United Nations."
            ),
            events=PageText(
                title="Events", introduction="Events organised or co-hosted by the Mission."
            ),
            contact=ContactText(
                title="Contact",
                introduction=(
                    "Please contact the Mission by e-mail or telephone. For passports and "
                    "visas, please contact the Consulate General of Japan in New York."
                ),
                opening_hours="Monday to Friday, 9.30 am to 6 pm (New York time).",
            ),
        ),
        "zh-hans": TranslatedPages(
            display_name="日本常驻联合国代表团",
            footer_text=("演示网站：所展示的人物、发言和活动均为虚构。"),
            home=PageText(
                title="日本常驻联合国代表团",
                introduction="日本在联合国：和平与安全、人的安全和可持续发展。",
                body=(
                    Picture(
                        "headquarters",
                        "位于纽约东河畔的联合国总部插图",
                        "纽约联合国总部。",
                    ),
                    Paragraph(
                        "自加入联合国以来，日本在建设和平、裁军与不扩散、减少灾害风险和卫生等"
                        "众多领域支持联合国的工作。本网站介绍代表团的新闻、发言和活动。"
                    ),
                ),
            ),
            about=PageText(
                title="关于代表团",
                introduction="日本常驻联合国代表团在纽约联合国代表日本。",
                body=(
                    Heading("代表团的职责"),
                    Paragraph(
                        "代表团出席大会及其各主要委员会、安全理事会和经济及社会理事会的会议，"
                        "就决议进行谈判并与各国协商。"
                    ),
                    Paragraph(
                        "外交官和各部委派遣的专家分别负责维持和平、裁军、发展、人权和预算等领域。"
                    ),
                    Picture(
                        "assembly",
                        "座位成排面向讲台的大会堂插图",
                        "联合国大会堂。",
                    ),
                    Heading("重点领域"),
                    Paragraph(
                        "致力于实现无核武器世界、人的安全、减少灾害风险以及联合国改革，"
                        "特别是安全理事会改革。"
                    ),
                ),
            ),
            news=PageText(title="新闻", introduction="代表团的新闻稿和消息。"),
            statements=PageText(title="发言", introduction="日本在联合国的发言。"),
            events=PageText(title="活动", introduction="代表团主办或合办的活动。"),
            contact=ContactText(
                title="联系我们",
                introduction=(
                    "请通过电子邮件或电话联系代表团。护照和签证事宜请联系日本国驻纽约总领事馆。"
                ),
                opening_hours="星期一至星期五，上午9时30分至下午6时（纽约时间）。",
            ),
        ),
    },
)
