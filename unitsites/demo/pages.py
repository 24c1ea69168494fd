"""Creating demo pages idempotently: a page is identified by its slug under its parent, made and
published only when missing; its English twin is made by copying it for translation."""

from wagtail.models import Page

from unitsites.publishing import system_publication


def section(home, slug):
    """The unit's section page at `slug` (made by provisioning)."""
    return Page.objects.child_of(home).get(slug=slug).specific


def apply(page, values):
    """Set field values; a list for a child relation (steps, executives) replaces its rows."""
    for name, value in values.items():
        setattr(page, name, value)


DEMO = "demo content, loaded as an import"


def publish(page):
    with system_publication(DEMO):
        page.save_revision().publish()


def ensure_page(parent, model, slug, values):
    """The child of `parent` at `slug`; created as a `model` with `values()` and published when
    missing. Returns (page, created)."""
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug)
    apply(page, values())
    with system_publication(DEMO):
        parent.add_child(instance=page)
        publish(page)
    return page, True


def ensure_translation(page, home_en, values):
    """The English twin of `page` with `values()`, made and published when missing.
    Does nothing for a unit without English content (`home_en` None)."""
    if home_en is None:
        return None
    existing = page.get_translation_or_none(home_en.locale)
    if existing is not None:
        return existing.specific
    english = page.copy_for_translation(home_en.locale).specific
    apply(english, values())
    publish(english)
    return english


def fill_fixed_page(page, values):
    """Give a fixed page made empty by provisioning (e.g. the contact page) its content, once:
    a page whose first field is already filled is left as the editors made it."""
    first_field = next(iter(values))
    if getattr(page, first_field):
        return page
    apply(page, values)
    publish(page)
    return page


def ensure_item(parent, home_en, model, slug, thai, english):
    """A Thai page and, for units with English content, its English twin. `thai` and `english`
    are callables returning the field values, so files are only made for pages being created."""
    page, _created = ensure_page(parent, model, slug, thai)
    ensure_translation(page, home_en, english)
    return page
