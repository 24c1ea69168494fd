"""Create-if-missing helpers the demo seeders share: a published page under a parent, and its
published English translation."""

from wagtail.models import Page


def ensure_child(parent, model, slug, **fields):
    """The page at `slug` under `parent`; created with `fields` and published if missing."""
    page = Page.objects.child_of(parent).filter(slug=slug).specific().first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


def ensure_translation(page, home_en, **fields):
    """The translation of `page` in `home_en`'s language; copied from `page`, given the
    translated `fields` and published if missing."""
    translation = page.get_translation_or_none(home_en.locale)
    if translation is None:
        translation = page.copy_for_translation(home_en.locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
    return translation
