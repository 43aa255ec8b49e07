"""What the translation editor's footer offers a webmaster (``missions.translation_moderation``)."""

from django import template

from missions.translation_moderation import moderation_of

register = template.Library()


@register.simple_tag
def translation_moderation(translation, user):
    return moderation_of(translation, user)
