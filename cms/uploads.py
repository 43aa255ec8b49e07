"""Uploaded images and documents must really be what their names say.

Wagtail checks an image's extension, its size in bytes, the format its first bytes
announce and, from the header, its pixel count; it does not decode the image. A
GIF/JavaScript polyglot (``GIF89a=1;alert(1)//``) passes the first checks, then makes
Pillow raise ``UnidentifiedImageError`` inside the form's validation: the admin answered
500. A PNG whose header is fine but whose pixels are broken, or too many to decode, was
saved, and failed later, on every thumbnail. Wagtail checks only a document's
extension, so a web page renamed ``statement.pdf`` was accepted, and such a file, served
from the site, could run script.

Here an upload is refused with a form error, and nothing is saved, unless:

* an image decodes completely with Pillow, in the format its extension names, within
  ``UPLOADS_MAX_IMAGE_SIDE`` pixels a side and ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` pixels
  in all (and never more than Pillow's own ``PIL.Image.MAX_IMAGE_PIXELS``, above which
  Pillow suspects a decompression bomb);
* a document's content is of the kind its extension names: see ``DOCUMENT_CHECKS``.

Wagtail builds every image and document form (single and multiple upload, "replace
file" on the edit page, the chooser's upload tab) on the base classes named by the
settings ``WAGTAILIMAGES_IMAGE_FORM_BASE`` and ``WAGTAILDOCS_DOCUMENT_FORM_BASE``: they
point at ``ImageForm`` and ``DocumentForm`` below. Wagtail's own checks still run.
"""

import codecs
import io
import logging
import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

logger = logging.getLogger(__name__)

# Image extension -> (the name a webmaster knows, the formats Pillow may find inside).
# Pillow calls some camera JPEGs "MPO", and may read AVIF through its HEIF plugin.
IMAGE_KINDS = {
    "avif": ("AVIF", {"AVIF", "HEIF"}),
    "gif": ("GIF", {"GIF"}),
    "jpg": ("JPEG", {"JPEG", "MPO"}),
    "jpeg": ("JPEG", {"JPEG", "MPO"}),
    "png": ("PNG", {"PNG"}),
    "webp": ("WebP", {"WEBP"}),
    "heic": ("HEIC", {"HEIF"}),
}

INVALID_IMAGE = _(
    "This file is not a valid %(kind)s image. It may be damaged or be another kind of file."
)
IMAGE_TOO_LARGE = _(
    "This image is %(width)s × %(height)s pixels. Images can be at most %(max_side)s "  # noqa: RUF001
    "pixels wide and %(max_side)s pixels high: please make it smaller and try again."
)
IMAGE_TOO_MANY_PIXELS = _(
    "This image has %(pixels)s pixels (%(width)s × %(height)s). Images can have at most "  # noqa: RUF001
    "%(max_pixels)s pixels: please make it smaller and try again."
)
ANIMATION_TOO_MANY_PIXELS = _(
    "This animated image has %(pixels)s pixels in its %(frames)s frames (%(width)s × "  # noqa: RUF001
    "%(height)s each). Images can have at most %(max_pixels)s pixels in all: please make "
    "it smaller or shorter and try again."
)
# Pillow refuses to even read the size of an image far over its limit.
IMAGE_BOMB = _(
    "This image has too many pixels. Images can be at most %(max_side)s pixels wide and "
    "%(max_side)s pixels high, with at most %(max_pixels)s pixels in all: please make it "
    "smaller and try again."
)
IMAGE_LIMITS_HELP = _("Images can be at most %(max_side)s pixels wide and %(max_side)s high.")


def max_image_side():
    return getattr(settings, "UPLOADS_MAX_IMAGE_SIDE", 10_000)


def max_image_pixels():
    """Wagtail's limit, never above Pillow's decompression-bomb limit (None: no limit)."""
    wagtail_limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
    limits = [limit for limit in (wagtail_limit, PILImage.MAX_IMAGE_PIXELS) if limit]
    return min(limits) if limits else None


def _number(value):
    return number_format(value, force_grouping=True)


def _extension(uploaded):
    return os.path.splitext(getattr(uploaded, "name", "") or "")[1].lower().lstrip(".")


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, which also decodes the image before accepting it.

    Wagtail calls ``check_image_pixel_size`` after its checks of the extension, the file
    size and the format; here it opens the image with Pillow first, refuses it if it is
    too large (before decoding a single pixel), then decodes every frame. Any error of
    Willow or Pillow becomes a form error instead of a 500.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limits = IMAGE_LIMITS_HELP % {"max_side": _number(max_image_side())}
        self.help_text = f"{self.help_text} {limits}".strip()

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError as error:
            if getattr(error, "code", None) == "invalid_image":
                raise self.invalid(data) from error
            raise
        except Exception as error:  # whatever a broken file makes Willow or Pillow raise
            logger.info("Refused image upload %r: %r", getattr(data, "name", ""), error)
            raise self.invalid(data) from error

    def invalid(self, uploaded):
        kind = IMAGE_KINDS.get(_extension(uploaded))
        if kind is None:
            return ValidationError(
                self.error_messages["invalid_image_extension"], code="invalid_image_extension"
            )
        return ValidationError(INVALID_IMAGE % {"kind": kind[0]}, code="invalid_image")

    def check_image_pixel_size(self, f):
        f.seek(0)
        stream = io.BytesIO(f.read())  # at most WAGTAILIMAGES_MAX_UPLOAD_SIZE bytes
        f.seek(0)
        try:
            image = PILImage.open(stream)
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as error:
            raise self.bomb() from error
        except Exception as error:  # whatever a broken file makes Pillow raise
            logger.info("Refused image upload %r: %r", f.name, error)
            raise self.invalid(f) from error
        with image:
            self.check_decoded_image(f, image)
        super().check_image_pixel_size(f)
        f.seek(0)

    def check_decoded_image(self, f, image):
        kind = IMAGE_KINDS.get(_extension(f))
        if kind is None or image.format not in kind[1]:
            raise self.invalid(f)
        width, height = image.size
        frames = getattr(image, "n_frames", 1)
        side = max_image_side()
        if side and (width > side or height > side):
            raise ValidationError(
                IMAGE_TOO_LARGE
                % {"width": _number(width), "height": _number(height), "max_side": _number(side)},
                code="image_too_large",
            )
        limit = max_image_pixels()
        if limit and width * height * frames > limit:
            message = IMAGE_TOO_MANY_PIXELS if frames == 1 else ANIMATION_TOO_MANY_PIXELS
            raise ValidationError(
                message
                % {
                    "pixels": _number(width * height * frames),
                    "frames": _number(frames),
                    "width": _number(width),
                    "height": _number(height),
                    "max_pixels": _number(limit),
                },
                code="file_too_many_pixels",
            )
        try:
            for frame in range(frames):
                image.seek(frame)
                image.load()
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as error:
            raise self.bomb() from error
        except Exception as error:  # whatever a broken file makes Pillow raise
            logger.info("Refused image upload %r: %r", f.name, error)
            raise self.invalid(f) from error

    def bomb(self):
        return ValidationError(
            IMAGE_BOMB
            % {
                "max_side": _number(max_image_side()),
                "max_pixels": _number(max_image_pixels() or PILImage.MAX_IMAGE_PIXELS or 0),
            },
            code="file_too_many_pixels",
        )


# --- documents ----------------------------------------------------------------------

# One whole sentence a kind, so that each language can word it in its own grammar.
NOT_A_PDF = _(
    "The name of this file ends in .pdf, but its content is not a PDF document. It may be "
    "damaged, or be another kind of file that was renamed."
)
NOT_A_DOC = _(
    "The name of this file ends in .doc, but its content is not a Word 97-2003 document. It "
    "may be damaged, or be another kind of file that was renamed."
)
NOT_A_DOCX = _(
    "The name of this file ends in .docx, but its content is not a Word document. It may be "
    "damaged, or be another kind of file that was renamed."
)
NOT_AN_XLSX = _(
    "The name of this file ends in .xlsx, but its content is not an Excel workbook. It may "
    "be damaged, or be another kind of file that was renamed."
)
NOT_A_PPTX = _(
    "The name of this file ends in .pptx, but its content is not a PowerPoint presentation. "
    "It may be damaged, or be another kind of file that was renamed."
)
NOT_AN_ODT = _(
    "The name of this file ends in .odt, but its content is not an OpenDocument text. It "
    "may be damaged, or be another kind of file that was renamed."
)
NOT_TEXT = _(
    "The name of this file ends in .%(extension)s, but its content is not plain text. "
    "Please save it as text (UTF-8) and try again."
)
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # Word 97-2003 and other OLE files
ZIP_SIGNATURE = b"PK\x03\x04"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
CHUNK = 64 * 1024


def _starts_with(signature):
    def check(f):
        return f.read(len(signature)) == signature

    return check


def _zip_names(f):
    """The member names of a ZIP file that starts as one, else None.

    Python's zipfile reads the directory at the end of the file and would accept a web
    page with a ZIP appended; Office and LibreOffice files start with a ZIP entry."""
    if f.read(len(ZIP_SIGNATURE)) != ZIP_SIGNATURE:
        return None
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None


def _office_open_xml(folder):
    """docx, xlsx and pptx: a ZIP with a ``[Content_Types].xml`` and the parts of the
    application in ``word/``, ``xl/`` or ``ppt/``."""

    def check(f):
        names = _zip_names(f)
        return bool(
            names
            and "[Content_Types].xml" in names
            and any(name.startswith(f"{folder}/") for name in names)
        )

    return check


def _opendocument_text(f):
    """odt: a ZIP whose ``mimetype`` member names an OpenDocument text."""
    if _zip_names(f) is None:
        return False
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive, archive.open("mimetype") as member:
            return member.read(len(ODT_MIMETYPE) + 2).strip() == ODT_MIMETYPE
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return False


def _plain_text(f):
    """txt and csv: no NUL byte, and decodes in one of ``UPLOADS_TEXT_ENCODINGS``
    (UTF-8, then Windows-1252, in which Excel on Windows saves CSV files)."""
    for encoding in getattr(settings, "UPLOADS_TEXT_ENCODINGS", ["utf-8"]):
        f.seek(0)
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for chunk in iter(lambda: f.read(CHUNK), b""):
                if b"\x00" in chunk:
                    return False
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return True
    return False


# Extension -> (the check of its content, the error if it fails).
# Extensions not listed are left to Wagtail's WAGTAILDOCS_EXTENSIONS check.
DOCUMENT_CHECKS = {
    "pdf": (_starts_with(b"%PDF-"), NOT_A_PDF),
    "doc": (_starts_with(OLE_SIGNATURE), NOT_A_DOC),
    "docx": (_office_open_xml("word"), NOT_A_DOCX),
    "xlsx": (_office_open_xml("xl"), NOT_AN_XLSX),
    "pptx": (_office_open_xml("ppt"), NOT_A_PPTX),
    "odt": (_opendocument_text, NOT_AN_ODT),
    "txt": (_plain_text, NOT_TEXT),
    "csv": (_plain_text, NOT_TEXT),
}


class CheckedDocumentField(WagtailDocumentField):
    """Wagtail's document field, which also refuses a file whose content is not of the
    kind its extension names (a web page renamed ``.pdf`` could run script once served)."""

    def to_python(self, data):
        f = super().to_python(data)
        if f is not None:
            self.check_document_content(f)
        return f

    def check_document_content(self, f):
        extension = _extension(f)
        if extension not in DOCUMENT_CHECKS:
            return
        check, message = DOCUMENT_CHECKS[extension]
        f.seek(0)
        try:
            valid = check(f)
        finally:
            f.seek(0)
        if not valid:
            logger.info("Refused document upload %r: not a .%s", f.name, extension)
            raise ValidationError(message, code="invalid_document", params={"extension": extension})


# --- the form base classes ----------------------------------------------------------


def _check_file_with(form, field_class):
    """Give ``form`` a ``file`` field of ``field_class``, if it has a file field.

    Wagtail's form factories build the file field themselves (``formfield_for_dbfield``),
    and a field declared on a base class would be added even to the forms that leave the
    file out (the multiple upload's edit forms), so the field is swapped here. The
    factories pass a label and a widget only."""
    field = form.fields.get("file")
    if field is None or isinstance(field, field_class):
        return
    form.fields["file"] = field_class(
        label=field.label,
        widget=field.widget,
        required=field.required,
        initial=field.initial,
        disabled=field.disabled,
    )


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), with ``CheckedImageField``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _check_file_with(self, CheckedImageField)


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), with
    ``CheckedDocumentField``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _check_file_with(self, CheckedDocumentField)
