"""Models of the mission sites. See each module for its part."""

from . import workflow_names  # noqa: F401 (workflow and task names read translated)
from .mission import Mission, MissionSettings
from .pages import (
    ContactPage,
    EventIndexPage,
    EventPage,
    MissionHomePage,
    NewsIndexPage,
    NewsItemPage,
    NewsItemTag,
    RepresentativePage,
    StandardPage,
    StatementIndexPage,
    StatementPage,
)
from .states import MemberState, RegionalGroup

__all__ = [
    "ContactPage",
    "EventIndexPage",
    "EventPage",
    "MemberState",
    "Mission",
    "MissionHomePage",
    "MissionSettings",
    "NewsIndexPage",
    "NewsItemPage",
    "NewsItemTag",
    "RegionalGroup",
    "RepresentativePage",
    "StandardPage",
    "StatementIndexPage",
    "StatementPage",
]
