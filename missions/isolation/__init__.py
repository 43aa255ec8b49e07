"""Mission isolation: a mission's webmasters touch their own mission and nothing else.

The heart is the ownership registry (:mod:`.registry`, filled in :mod:`.owned`): every
model a mission owns is registered once, with how it reaches its mission. Everything
else asks it:

* :mod:`.querysets` narrows listings, searches, choosers and the admin API;
* :mod:`.middleware` refuses an admin URL that names another mission's object, and
  answers mission users with the scoped views of :mod:`.scoped_views` (any generic
  listing or chooser of an owned model included) and :mod:`.bulk_actions`;
* :mod:`.policy` wraps the Wagtail permission policy of owned models that are not pages;
* :mod:`.forms` refuses another mission's object typed into a form's chooser field;
* :mod:`.listings`, :mod:`.choosers`, :mod:`.translations` and :mod:`.dashboard` are
  the Wagtail admin views that list every mission at once, narrowed;
* :mod:`.hooks` plugs the above into Wagtail's hooks; :mod:`.membership` says who
  belongs to which mission.

``tests/missions/isolation/test_isolation_inventory.py`` walks every admin URL and fails on one
that names an object this package does not cover.

This module imports nothing: the page models import :mod:`.forms`, which must load
before the models do.
"""
