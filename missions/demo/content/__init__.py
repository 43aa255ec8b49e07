"""The demo missions, one module each, written in each site's own languages.

Together they cover the five regional groups; Arabic is on three sites (France and
Mexico translate into it, Egypt writes in it first) so right-to-left pages can be seen
and tested.
"""

from . import brazil, egypt, france, japan, kenya, mexico, poland

MISSIONS = [
    france.MISSION,
    kenya.MISSION,
    brazil.MISSION,
    japan.MISSION,
    poland.MISSION,
    mexico.MISSION,
    egypt.MISSION,
]

__all__ = ["MISSIONS"]
