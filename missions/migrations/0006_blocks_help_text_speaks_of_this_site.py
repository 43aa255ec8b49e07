"""The shared blocks' help texts speak of "this site" (the core serves every family of
sites): Wagtail keeps help texts in a StreamField's definition. No data changes."""

import wagtail.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("missions", "0005_remove_site_texts_from_mission_settings"),
    ]

    operations = [
        migrations.AlterField(
            model_name="contactpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="eventindexpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="missionhomepage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="newsindexpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="newsitempage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="representativepage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="standardpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="statementindexpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
        migrations.AlterField(
            model_name="statementpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("image", 7),
                    ("quote", 10),
                    ("documents", 14),
                    ("embed", 17),
                    ("call_to_action", 22),
                    ("table", 23),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words of the heading.", "max_length": 200},
                    ),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-section heading")],
                            "help_text": "Use 'Section' for main parts of the page and 'Sub-section' inside them.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: ("cms.blocks.content.RichTextBlock", (), {}),
                    4: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose an image from this site's library."},
                    ),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for visitors who cannot see it, e.g. 'The Ambassador addresses the General Assembly'. Leave empty only if the image is purely decorative.",
                            "max_length": 250,
                            "required": False,
                        },
                    ),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown under the image. Optional.",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 4), ("alt_text", 5), ("caption", 6)]],
                        {},
                    ),
                    8: ("wagtail.blocks.TextBlock", (), {"help_text": "The exact words quoted."}),
                    9: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Who said it, e.g. 'H.E. the Ambassador'.",
                            "max_length": 200,
                            "required": False,
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("quote", 8), ("attribution", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. 'Downloads'.", "max_length": 200, "required": False},
                    ),
                    12: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                    13: (
                        "wagtail.blocks.ListBlock",
                        (12,),
                        {"help_text": "Choose documents from this site's library."},
                    ),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("documents", 13)]], {}),
                    15: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address (URL) of the video, e.g. from UN Web TV."},
                    ),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Optional.", "max_length": 300, "required": False},
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("url", 15), ("caption", 16)]], {}),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "A short sentence inviting the visitor.", "max_length": 250},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The words on the button.", "max_length": 60},
                    ),
                    20: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {
                            "help_text": "A page of your site to link to, or fill in the address.",
                            "required": False,
                        },
                    ),
                    21: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address outside your site.", "required": False},
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 18), ("button_label", 19), ("page", 20), ("url", 21)]],
                        {},
                    ),
                    23: ("cms.blocks.content.TableBlock", (), {}),
                },
                help_text="The main content of the page. Add headings, text, images and more.",
            ),
        ),
    ]
