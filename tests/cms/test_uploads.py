"""An upload that is not a valid file of its declared kind is refused with a form error.

Found by an attack on the demo: a GIF/JavaScript polyglot sent to Wagtail's multiple
image upload made Pillow raise ``UnidentifiedImageError`` inside the form's validation,
so the admin answered 500 (with the traceback under DEBUG). These tests post the
attacker's files to the real admin views (single and multiple upload, and "replace
file" on the edit page) of images and documents, as the Secretariat and as a mission
webmaster, and check: no 500, an error the webmaster can read, and nothing saved.
Files that are what they say they are still upload. The checks live in cms.uploads.
"""

import html
import io
import struct
import zipfile
import zlib
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

Image = get_image_model()
Document = get_document_model()


# --- files ------------------------------------------------------------------------


def png(width=40, height=30, colour=(0, 158, 219)):
    """A real, valid PNG."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def png_declaring(width, height):
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb
    in the making: Pillow reads the size from the header before decoding anything).

    The IHDR chunk follows the 8-byte signature: length (4), type (4), width (4),
    height (4), five one-byte fields, then the CRC of type + data."""
    data = bytearray(png(8, 8))
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


# A file that is both a GIF (by its magic bytes) and a script: as JavaScript it reads
# ``GIF89a = 1; alert(document.domain) // ...``.
GIF_JS_POLYGLOT = b"GIF89a=1;alert(document.domain)//" + b"\x00" * 32
HTML_PAGE = b"<!doctype html><html><body><script>alert(document.domain)</script></body></html>"
SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'
)


def truncated_png():
    """A PNG cut short: its header is fine, its pixels cannot be decoded."""
    noisy = PILImage.frombytes("RGB", (400, 300), bytes(range(256)) * 1406 + bytes(164))
    buffer = io.BytesIO()
    noisy.save(buffer, format="PNG")
    whole = buffer.getvalue()
    return whole[: len(whole) // 2]


def zip_file(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def ooxml(folder):
    """The skeleton of an Office Open XML file (docx: word/, xlsx: xl/, pptx: ppt/)."""
    return zip_file(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": b"<Relationships/>",
            f"{folder}/document.xml": b"<document/>",
        }
    )


def odt():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", b"<office:document-content/>")
    return buffer.getvalue()


OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)

VALID_DOCUMENTS = {
    "statement.pdf": MINIMAL_PDF,
    "statement.docx": ooxml("word"),
    "budget.xlsx": ooxml("xl"),
    "briefing.pptx": ooxml("ppt"),
    "statement.odt": odt(),
    "statement.doc": OLE_SIGNATURE + b"\x00" * 504,
    "notes.txt": "Déclaration de la France — séance du 5 octobre\n".encode(),
    # Excel on Windows saves CSV in Windows-1252: the declared fallback.
    "contacts.csv": "nom;pays\nCécile;France\n".encode("cp1252"),
}

# file name -> (content, words the error must contain)
INVALID_IMAGES = {
    "polyglot": ("cat.gif", GIF_JS_POLYGLOT, "not a valid GIF image"),
    "html renamed .png": ("cat.png", HTML_PAGE, "not a valid PNG image"),
    "truncated png": ("cat.png", truncated_png(), "not a valid PNG image"),
    "bomb": ("bomb.png", png_declaring(50_000, 50_000), "10,000"),
    "over Pillow's limit": ("bomb.png", png_declaring(9_500, 9_500), "40,000,000"),
    "too many pixels": ("big.png", png_declaring(8_000, 6_000), "40,000,000"),
    "too wide": ("banner.png", png_declaring(20_000, 100), "10,000"),
}

INVALID_DOCUMENTS = {
    "html renamed .pdf": ("statement.pdf", HTML_PAGE, "not a PDF document"),
    "svg renamed .pdf": ("statement.pdf", SVG_WITH_SCRIPT, "not a PDF document"),
    "pdf header after html": (
        "statement.pdf",
        HTML_PAGE + b"\n" + MINIMAL_PDF,
        "not a PDF document",
    ),
    "html renamed .docx": ("statement.docx", HTML_PAGE, "not a Word document"),
    "zip without Office parts as .docx": (
        "statement.docx",
        zip_file({"index.html": HTML_PAGE}),
        "not a Word document",
    ),
    "html before a docx": ("statement.docx", HTML_PAGE + ooxml("word"), "not a Word document"),
    "workbook renamed .docx": ("statement.docx", ooxml("xl"), "not a Word document"),
    "html renamed .xlsx": ("budget.xlsx", HTML_PAGE, "not an Excel workbook"),
    "html renamed .pptx": ("briefing.pptx", HTML_PAGE, "not a PowerPoint presentation"),
    "spreadsheet renamed .odt": (
        "statement.odt",
        zip_file({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        "not an OpenDocument text",
    ),
    "html renamed .doc": ("statement.doc", HTML_PAGE, "not a Word 97-2003 document"),
    "image renamed .txt": ("notes.txt", png(), "not plain text"),
    "binary renamed .csv": ("contacts.csv", b"name,country\n\x00\x01\x02", "not plain text"),
}


def upload(name, content):
    return SimpleUploadedFile(name, content)


# --- who uploads ----------------------------------------------------------------
#
# Every view is tried as the Secretariat and as a mission's webmaster; the long lists of
# bad files only as the Secretariat, since provisioning a mission takes seconds and the
# checks of the file do not depend on who sends it.


def log_in(client, user, collection):
    client.force_login(user)
    return SimpleNamespace(client=client, user=user, collection=collection)


@pytest.fixture
def secretariat(client, superuser):
    """The Secretariat (a superuser), uploading to the root collection."""
    return log_in(client, superuser, Collection.get_first_root_node())


@pytest.fixture(params=["secretariat", "webmaster"])
def uploader(request, client, db):
    """The Secretariat, or mission A's webmaster uploading to their mission's collection."""
    if request.param == "secretariat":
        return request.getfixturevalue("secretariat")
    mission = request.getfixturevalue("mission_a")
    return log_in(client, request.getfixturevalue("webmaster_a"), mission.collection)


def post_image(uploader, view, name, content):
    """POST a file to the single ("add") or multiple ("add_multiple") image upload."""
    if view == "add":
        return uploader.client.post(
            reverse("wagtailimages:add"),
            {
                "title": "A picture",
                "collection": uploader.collection.pk,
                "file": upload(name, content),
            },
        )
    return uploader.client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": uploader.collection.pk, "files[]": upload(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def post_document(uploader, view, name, content):
    if view == "add":
        return uploader.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "A document",
                "collection": uploader.collection.pk,
                "file": upload(name, content),
            },
        )
    return uploader.client.post(
        reverse("wagtaildocs:add_multiple"),
        {"collection": uploader.collection.pk, "files[]": upload(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def error_text(response, view):
    """What the webmaster reads: the JSON error of the multiple upload, else the page
    (a form shown again, with its errors: not a 500, not a redirect after saving)."""
    assert response.status_code == 200, response.status_code
    if view == "add_multiple":
        data = response.json()
        assert data["success"] is False, data
        return data["error_message"]
    return html.unescape(response.content.decode())


def media_files(settings, folder):
    root = settings.MEDIA_ROOT / folder
    return sorted(p.name for p in root.rglob("*") if p.is_file()) if root.exists() else []


def assert_nothing_saved(settings, model, folder, before):
    assert (model.objects.count(), UploadedFile.objects.count()) == before
    assert media_files(settings, folder) == []


# --- images ---------------------------------------------------------------------

VIEWS = ["add", "add_multiple"]


@pytest.mark.parametrize("view", VIEWS)
def test_the_polyglot_of_the_attack_is_refused_in_plain_words(uploader, view, settings):
    before = Image.objects.count(), UploadedFile.objects.count()

    response = post_image(uploader, view, "cat.gif", GIF_JS_POLYGLOT)

    assert (
        "This file is not a valid GIF image. It may be damaged or be another kind of file."
        in error_text(response, view)
    )
    assert_nothing_saved(settings, Image, "original_images", before)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("case", INVALID_IMAGES, ids=str)
def test_an_invalid_image_is_refused_with_a_clear_error(secretariat, view, case, settings):
    name, content, expected = INVALID_IMAGES[case]
    before = Image.objects.count(), UploadedFile.objects.count()

    response = post_image(secretariat, view, name, content)

    assert expected in error_text(response, view)
    assert_nothing_saved(settings, Image, "original_images", before)


@pytest.mark.parametrize("view", VIEWS)
def test_the_size_errors_say_what_the_limits_are(secretariat, view):
    too_wide = error_text(post_image(secretariat, view, "b.png", png_declaring(20_000, 100)), view)
    too_many = error_text(post_image(secretariat, view, "b.png", png_declaring(8_000, 6_000)), view)

    assert "20,000 × 100 pixels" in too_wide  # noqa: RUF001
    assert "at most 10,000 pixels wide and 10,000 pixels high" in too_wide
    assert "48,000,000 pixels" in too_many
    assert "at most 40,000,000 pixels" in too_many


def test_the_upload_page_tells_the_size_limit(secretariat):
    response = secretariat.client.get(reverse("wagtailimages:add_multiple"))

    assert response.status_code == 200
    assert "Images can be at most 10,000 pixels wide and 10,000 high." in html.unescape(
        response.content.decode()
    )


@pytest.mark.parametrize("view", VIEWS)
def test_a_valid_image_still_uploads(uploader, view, settings):
    response = post_image(uploader, view, "flag.png", png())

    if view == "add":
        assert response.status_code == 302, error_text(response, view)
    else:
        assert response.json()["success"] is True, response.json()
    image = Image.objects.get()
    assert (image.width, image.height) == (40, 30)
    assert image.collection == uploader.collection
    assert len(media_files(settings, "original_images")) == 1


@pytest.mark.parametrize("kind", ["JPEG", "GIF", "WEBP", "AVIF"])
def test_valid_images_of_every_allowed_kind_still_upload(secretariat, kind):
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), (200, 16, 46)).save(buffer, format=kind)

    response = post_image(secretariat, "add_multiple", f"flag.{kind.lower()}", buffer.getvalue())

    assert response.json()["success"] is True, response.json()


def test_an_animated_gif_still_uploads(secretariat):
    frames = [PILImage.new("P", (20, 20), index) for index in range(3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=100)

    response = post_image(secretariat, "add_multiple", "spinner.gif", buffer.getvalue())

    assert response.json()["success"] is True, response.json()


def make_image(uploader):
    return Image.objects.create(
        title="Flag",
        file=ContentFile(png(), name="flag.png"),
        collection=uploader.collection,
        uploaded_by_user=uploader.user,
    )


def replace_image_file(uploader, image, name, content):
    """POST the edit page of ``image`` with a new file ("Change image file")."""
    return uploader.client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": image.title,
            "collection": uploader.collection.pk,
            "tags": "",
            "file": upload(name, content),
        },
    )


def assert_image_replacement_refused(uploader, case, settings):
    image = make_image(uploader)
    original = image.file.name, image.file_hash, image.width
    name, content, expected = INVALID_IMAGES[case]

    response = replace_image_file(uploader, image, name, content)

    assert expected in error_text(response, "edit")
    image.refresh_from_db()
    assert (image.file.name, image.file_hash, image.width) == original
    assert media_files(settings, "original_images") == [original[0].rsplit("/", 1)[-1]]


def test_replacing_an_image_with_the_polyglot_is_refused(uploader, settings):
    assert_image_replacement_refused(uploader, "polyglot", settings)


@pytest.mark.parametrize("case", ["truncated png", "bomb", "too many pixels", "too wide"])
def test_replacing_an_image_with_an_invalid_file_is_refused(secretariat, case, settings):
    assert_image_replacement_refused(secretariat, case, settings)


def test_replacing_an_image_with_a_valid_file_still_works(uploader):
    image = make_image(uploader)

    response = replace_image_file(uploader, image, "bigger.png", png(80, 60))

    assert response.status_code == 302, error_text(response, "edit")
    image.refresh_from_db()
    assert (image.width, image.height) == (80, 60)


# --- documents ------------------------------------------------------------------


def assert_document_refused(uploader, view, name, content, expected, settings):
    before = Document.objects.count(), UploadedFile.objects.count()

    response = post_document(uploader, view, name, content)

    text = error_text(response, view)
    assert expected in text
    assert f"ends in .{name.rsplit('.', 1)[1]}" in text
    assert_nothing_saved(settings, Document, "documents", before)


@pytest.mark.parametrize("view", VIEWS)
def test_a_web_page_renamed_pdf_is_refused(uploader, view, settings):
    assert_document_refused(
        uploader, view, "statement.pdf", HTML_PAGE, "content is not a PDF document", settings
    )


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("case", INVALID_DOCUMENTS, ids=str)
def test_a_document_that_is_not_what_its_name_says_is_refused(secretariat, view, case, settings):
    name, content, expected = INVALID_DOCUMENTS[case]
    assert_document_refused(secretariat, view, name, content, expected, settings)


def assert_document_uploads(uploader, view, name, content, settings):
    response = post_document(uploader, view, name, content)

    if view == "add":
        assert response.status_code == 302, error_text(response, view)
    else:
        assert response.json()["success"] is True, response.json()
    document = Document.objects.get()
    assert document.collection == uploader.collection
    assert len(media_files(settings, "documents")) == 1


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("name", VALID_DOCUMENTS)
def test_a_valid_document_still_uploads(secretariat, view, name, settings):
    assert_document_uploads(secretariat, view, name, VALID_DOCUMENTS[name], settings)


@pytest.mark.parametrize("view", VIEWS)
def test_a_demo_statement_pdf_still_uploads(uploader, view, settings):
    from demo.pdf import statement_pdf

    content = statement_pdf("Statement", ["General Assembly"], ["Mr. President, ..."])

    assert_document_uploads(uploader, view, "statement.pdf", content, settings)


def make_document(uploader):
    return Document.objects.create(
        title="Statement",
        file=ContentFile(MINIMAL_PDF, name="statement.pdf"),
        collection=uploader.collection,
        uploaded_by_user=uploader.user,
    )


def replace_document_file(uploader, document, name, content):
    """POST the edit page of ``document`` with a new file ("Change document file")."""
    return uploader.client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "collection": uploader.collection.pk,
            "tags": "",
            "file": upload(name, content),
        },
    )


def test_replacing_a_document_with_an_invalid_file_is_refused(uploader, settings):
    document = make_document(uploader)
    original = document.file.name, document.file_hash

    response = replace_document_file(uploader, document, "statement.pdf", HTML_PAGE)

    assert "content is not a PDF document" in error_text(response, "edit")
    document.refresh_from_db()
    assert (document.file.name, document.file_hash) == original
    assert document.file.read() == MINIMAL_PDF
    assert media_files(settings, "documents") == [original[0].rsplit("/", 1)[-1]]


def test_replacing_a_document_with_a_valid_file_still_works(uploader):
    document = make_document(uploader)

    response = replace_document_file(uploader, document, "statement.docx", ooxml("word"))

    assert response.status_code == 302, error_text(response, "edit")
    document.refresh_from_db()
    assert document.file.name.endswith(".docx")


# --- the choosers' "Upload" tab -------------------------------------------------


def post_to_chooser(uploader, url_name, prefix, name, content):
    return uploader.client.post(
        reverse(url_name),
        {
            f"{prefix}-title": "From the chooser",
            f"{prefix}-collection": uploader.collection.pk,
            f"{prefix}-tags": "",
            f"{prefix}-file": upload(name, content),
        },
    )


@pytest.mark.parametrize(
    ("url_name", "prefix", "model", "name", "content", "expected"),
    [
        (
            "wagtailimages_chooser:create",
            "image-chooser-upload",
            Image,
            "cat.gif",
            GIF_JS_POLYGLOT,
            "This file is not a valid GIF image.",
        ),
        (
            "wagtaildocs_chooser:create",
            "document-chooser-upload",
            Document,
            "statement.pdf",
            HTML_PAGE,
            "content is not a PDF document",
        ),
    ],
    ids=["image", "document"],
)
def test_the_choosers_upload_tab_refuses_invalid_files_too(
    secretariat, url_name, prefix, model, name, content, expected
):
    response = post_to_chooser(secretariat, url_name, prefix, name, content)

    assert response.status_code == 200
    data = response.json()
    assert data["step"] == "reshow_creation_form"
    assert expected in html.unescape(data["htmlFragment"])
    assert model.objects.count() == 0


def test_the_choosers_upload_tab_still_takes_valid_files(secretariat):
    image = post_to_chooser(
        secretariat, "wagtailimages_chooser:create", "image-chooser-upload", "f.png", png()
    )
    document = post_to_chooser(
        secretariat,
        "wagtaildocs_chooser:create",
        "document-chooser-upload",
        "s.pdf",
        MINIMAL_PDF,
    )

    assert image.json()["step"] == "chosen"
    assert document.json()["step"] == "chosen"
    assert (Image.objects.count(), Document.objects.count()) == (1, 1)
