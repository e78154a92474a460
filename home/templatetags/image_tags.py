from django import template

from home.images import picture

register = template.Library()


@register.simple_tag
def responsive_image(image, shape, priority=False, **attrs):
    """{% responsive_image page.image "card" alt="" %}: see home.images.SHAPES."""
    return picture(image, shape, priority, **attrs)
