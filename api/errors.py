"""The read API's errors: a JSON body that names the parameter at fault.

Every refusal is ``{"message": "...", "parameter": "..."}`` with a 4xx status, so a
consumer's code can tell which part of its request to fix; ``parameter`` is omitted
only when no single parameter is at fault (a page that does not exist). Wagtail's v2
filters raise their own ``BadRequestError`` with a message only: ``parameter_of``
recognises which parameter each of those messages is about.
"""

import re

from django.http import JsonResponse
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError


class ParameterError(BadRequestError):
    """A query parameter the API cannot honour (400)."""

    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter


class UnknownValue(ParameterError):
    """A parameter naming something that does not exist here: a site, a locale (400).

    400 rather than 404: the endpoint exists, the request is wrong. A silent empty or
    full listing would hide the consumer's typo.
    """


# The first words of each message Wagtail's v2 views and filters raise, and the
# parameter it is about (wagtail/api/v2/filters.py, pagination.py, views.py).
_WAGTAIL_MESSAGES = [
    (r"^offset ", "offset"),
    (r"^limit ", "limit"),
    (r"^fields error|^unknown fields|does not support nested fields", "fields"),
    (r"^cannot order by|^random ordering", "order"),
    (r"^child_of |^parent page doesn't exist", "child_of"),
    (r"^ancestor_of |^descendant page doesn't exist", "ancestor_of"),
    (r"^descendant_of |^ancestor page doesn't exist|filtering by descendant_of", "descendant_of"),
    (r"^translation_of ", "translation_of"),
    (r"^type doesn't exist", "type"),
    (r"^search is disabled|^filtering by tag with a search|while searching", "search"),
    (r"^field filter error\. .* for (\w+)", None),
    (r"rich_text_format", "rich_text_format"),
]


def parameter_of(error):
    """The query parameter ``error`` is about, or None."""
    if isinstance(error, ParameterError):
        return error.parameter
    message = str(error)
    for pattern, parameter in _WAGTAIL_MESSAGES:
        match = re.search(pattern, message)
        if match:
            return parameter or match.group(1)
    match = re.match(r"^query parameter is not an operation or a recognised field: (.+)$", message)
    if match:
        return match.group(1)
    return None


def error_response(status_code, message, parameter=None, headers=None):
    body = {"message": message}
    if parameter:
        body["parameter"] = parameter
    return Response(body, status=status_code, headers=headers)


def not_found(request, *args, **kwargs):
    """A JSON 404 for an address under /api/ that no endpoint answers."""
    return JsonResponse({"message": "no API endpoint at this address"}, status=404)
