"""The demo missions, one TOML file each, written in each site's own languages.

Together they cover the five regional groups; Arabic is on three sites (France and
Mexico translate into it, Egypt writes in it first) so right-to-left pages can be seen
and tested. How to edit the files: README.md in this folder.
"""

from pathlib import Path

from demo.content.loader import load_mission

CONTENT_DIR = Path(__file__).resolve().parent
# The order the demo seeds them in and lists their addresses in.
MISSION_FILES = (
    "france.toml",
    "kenya.toml",
    "brazil.toml",
    "japan.toml",
    "poland.toml",
    "mexico.toml",
    "egypt.toml",
)

MISSIONS = [load_mission(CONTENT_DIR / name) for name in MISSION_FILES]

__all__ = ["MISSIONS", "MISSION_FILES"]
