"""The ownership registry: which models a mission owns, and how each reaches its mission.

Each owned model is registered once (see :mod:`missions.isolation.owned`) with the road
from one of its objects to the mission it belongs to::

    ownership.register("wagtailcore.Page", via=PageTree())
    ownership.register(get_image_model(), via=ForeignKey("collection"))
    ownership.register(Candidature, via=ForeignKey("mission"))

A road either ends at the mission (the page tree under its home pages, its collection
tree, a field of the Mission record, a foreign key to Mission) or goes through another
owned model (an image through its collection, a task state through its workflow state),
so a dependent object is owned exactly as its owner is.

The registry then answers every question isolation asks, for any registered model:
"what of this model may the user touch" (:meth:`Ownership.user_may_touch`), "is this id
another mission's" (:meth:`Ownership.is_foreign`), "which mission owns this object"
(:meth:`Ownership.mission_of`). Content of no mission (a page outside every mission's
tree, shared media) is nobody's, and stays with Wagtail's own permissions.

Every answer is a queryset filter by primary key (a subquery), the one lookup that also
works on querysets passed to the search backend, which only filters indexed fields.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Model, Q
from django.db.models.functions import Cast, Substr

from missions.isolation.membership import foreign_missions, is_unrestricted


def _model(model_or_label):
    if isinstance(model_or_label, str):
        return apps.get_model(model_or_label)
    return model_or_label


class Via:
    """A road from the objects of a model to the missions that own them."""

    def owned(self, model, missions):
        """The objects of ``model`` that ``missions`` (a queryset of missions) own."""
        raise NotImplementedError

    def owners(self, model):
        """The models this road goes through (the owners it depends on), for the record."""
        return ()


class PageTree(Via):
    """Pages, through the tree: everything under the mission's home pages, every language.

    Mission homes are children of the root (provisioning puts them there), so the first
    two steps of a page's tree path name the home it lives under.
    """

    @staticmethod
    def home_path_length():
        return apps.get_model("wagtailcore", "Page").steplen * 2

    def owned(self, model, missions):
        page = apps.get_model("wagtailcore", "Page")
        homes = missions.values("site__root_page__translation_key")
        home_paths = page.objects.filter(depth=2, translation_key__in=homes).values("path")
        return model._default_manager.alias(
            mission_home_path=Substr("path", 1, self.home_path_length())
        ).filter(mission_home_path__in=home_paths)

    def mission_of(self, obj, missions):
        """One query: the mission whose home (in any language) heads ``obj``'s path."""
        length = self.home_path_length()
        if not obj.path or len(obj.path) < length:
            return None  # not in the tree yet
        page = apps.get_model("wagtailcore", "Page")
        home_keys = page.objects.filter(path=obj.path[:length]).values("translation_key")
        return missions.filter(site__root_page__translation_key__in=home_keys).first()


class CollectionTree(Via):
    """Collections: the mission's collection and every collection under it."""

    def owned(self, model, missions):
        length = model.steplen * 2
        tops = model._default_manager.filter(pk__in=missions.values("collection")).values("path")
        return model._default_manager.alias(
            mission_collection_path=Substr("path", 1, length)
        ).filter(mission_collection_path__in=tops)


class MissionField(Via):
    """What a field (or several) of the Mission record names: its site, workflow, groups."""

    def __init__(self, *fields):
        self.fields = fields

    def owned(self, model, missions):
        named = Q()
        for field in self.fields:
            named |= Q(pk__in=missions.values(field))
        return model._default_manager.filter(named)


class Itself(Via):
    """The Mission record: each mission owns itself."""

    def owned(self, model, missions):
        return missions


class ForeignKey(Via):
    """Through a foreign key (or a path of them, Django lookup style) to an owned model.

    ``ForeignKey("mission")`` for a record of a mission; ``ForeignKey("collection")`` for
    an image; ``ForeignKey("workflow_tasks__workflow")`` for a task, through the workflows
    it is in. The model at the end of the path must be registered too (Mission is).
    """

    def __init__(self, path):
        self.path = path

    def target(self, model):
        for name in self.path.split("__"):
            model = model._meta.get_field(name).related_model
        return model

    def owned(self, model, missions):
        target = self.target(model)
        owners = ownership.owned(target, missions)
        return model._default_manager.filter(**{f"{self.path}__in": owners.values("pk")})

    def owners(self, model):
        return (self.target(model),)


class GenericForeignKey(Via):
    """Through a content type and a text object id (revisions, workflow states) to pages.

    Wagtail stores a page's revisions and workflow states against the base ``Page``
    content type, with the page's id as text.
    """

    def __init__(
        self, to="wagtailcore.Page", content_type="base_content_type", object_id="object_id"
    ):
        self.to = to
        self.content_type = content_type
        self.object_id = object_id

    def owned(self, model, missions):
        target = _model(self.to)
        ids = ownership.owned(target, missions).values_list(Cast("pk", CharField()), flat=True)
        return model._default_manager.filter(
            **{
                self.content_type: ContentType.objects.get_for_model(target),
                f"{self.object_id}__in": ids,
            }
        )

    def owners(self, model):
        return (_model(self.to),)


class TranslationKey(Via):
    """Through a page's translation key, shared by the page in every language.

    wagtail-localize names a translated object (``TranslatableObject``, a translation
    source, a translation context) by its translation key.
    """

    def __init__(self, field):
        self.field = field

    def owned(self, model, missions):
        pages = ownership.owned(apps.get_model("wagtailcore", "Page"), missions)
        return model._default_manager.filter(
            **{f"{self.field}__in": pages.values("translation_key")}
        )

    def owners(self, model):
        return (apps.get_model("wagtailcore", "Page"),)


class AnyOf(Via):
    """Owned when any of the roads leads to the mission (a workflow state: by its page or
    by its workflow)."""

    def __init__(self, *roads):
        self.roads = roads

    def owned(self, model, missions):
        found = Q()
        for road in self.roads:
            found |= Q(pk__in=road.owned(model, missions).values("pk"))
        return model._default_manager.filter(found)

    def owners(self, model):
        return tuple(owner for road in self.roads for owner in road.owners(model))


class Ownership:
    """The registry: owned models and their road to the mission (see the module)."""

    def __init__(self):
        self._pending = []  # (model or "app_label.Model", via), resolved on first use
        self._roads = {}

    def register(self, model, via):
        """Declare that missions own ``model`` (a class or "app_label.Model"), reached ``via``.

        A subclass of a registered model (a page type, a custom image model) is owned
        the same way unless registered itself.
        """
        self._pending.append((model, via))

    def _resolve(self):
        if not self._pending and self._roads:
            return
        # Loaded on first use, not at import: the registrations name models, and the
        # page models import this package for their admin form.
        import missions.isolation.owned  # noqa: F401

        while self._pending:
            model, via = self._pending.pop(0)
            self._roads[_model(model)] = via

    @property
    def models(self):
        """Every registered model."""
        self._resolve()
        return list(self._roads)

    def road_of(self, model):
        """The road of ``model`` (or of its nearest registered ancestor), or None."""
        self._resolve()
        for cls in model.__mro__:
            if cls in self._roads:
                return self._roads[cls]
        return None

    def covers(self, model):
        """Whether missions own objects of ``model``."""
        return (
            isinstance(model, type) and issubclass(model, Model) and self.road_of(model) is not None
        )

    def owned(self, model, missions):
        """The objects of ``model`` that ``missions`` own (none for an unowned model)."""
        road = self.road_of(model)
        if road is None:
            return model._default_manager.none()
        return road.owned(model, missions)

    def foreign(self, user, model):
        """The objects of ``model`` that belong to a mission other than the user's."""
        return self.owned(model, foreign_missions(user))

    def user_may_touch(self, user, queryset):
        """``queryset`` without the objects of other missions."""
        if is_unrestricted(user) or self.road_of(queryset.model) is None:
            return queryset
        return queryset.exclude(pk__in=self.foreign(user, queryset.model).values("pk"))

    def is_foreign(self, user, model, pk):
        """True when ``pk`` names an object of ``model`` that is another mission's.

        An unknown id is not foreign: the view itself answers 404 for it.
        """
        if is_unrestricted(user) or self.road_of(model) is None:
            return False
        return self.foreign(user, model).filter(pk=pk).exists()

    def mission_of(self, obj):
        """The mission that owns ``obj``, or None."""
        road = self.road_of(type(obj))
        if road is None:
            return None
        missions = apps.get_model("missions", "Mission")._default_manager
        if isinstance(road, PageTree):
            # One query, and it also answers for a page not yet saved (by its path).
            return road.mission_of(obj, missions.all())
        if obj.pk is None:
            return None
        # One query a mission: asked of one object at a time, and rarely (who may act
        # on an object); pages, asked on every save, take the road above.
        for mission in missions.all():
            if road.owned(type(obj), missions.filter(pk=mission.pk)).filter(pk=obj.pk).exists():
                return mission
        return None


ownership = Ownership()
