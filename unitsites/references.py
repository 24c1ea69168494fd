"""A unit's pages use only their own unit's images, documents, pages and snippets (DESIGN.md,
Isolation). Another unit is reached by a plain address, never by a chooser or an id: an id
typed into the form data or the StreamField JSON is refused at save, naming what was refused,
and nothing is saved.

Wagtail's reference index finds every reference an object holds (foreign keys, chooser blocks,
rich-text links and embeds); each referenced object is then mapped to the unit owning it: a page
by the unit home above it, an image or a document by its collection, a snippet by its `unit`.
Objects of no unit (the shared collection, the portal's own pages, accounts, the registry
itself, which the links page lists) may be used by every unit."""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField, StreamBlockValidationError
from wagtail.models import Collection, Page, ReferenceIndex

from network.models import Unit

# Unit homes (both languages) and unit collections sit right under their tree's root.
UNIT_TREE_DEPTH = 2


@dataclass(frozen=True)
class ForeignReference:
    field: str  # the field, or child relation, holding the reference
    target: object
    unit: Unit

    @property
    def message(self):
        return _(
            "%(kind)s “%(title)s” belongs to another unit (%(unit)s): a unit's pages may use "
            "only its own images, documents, pages and data. Link to another unit's site by "
            "its web address instead."
        ) % {
            "kind": capfirst(self.target._meta.verbose_name),
            "title": self.target,
            "unit": self.unit.name_th,
        }


def unit_tree_top(node):
    """The path of the unit home at the top of `node`'s tree (a page, or a collection)."""
    return node.path[: node.steplen * UNIT_TREE_DEPTH]


def unit_id_at(path):
    """The unit whose tree holds the page at `path` (None outside every unit's tree)."""
    from unitsites.models.home import UnitHomePage

    top = path[: Page.steplen * UNIT_TREE_DEPTH]
    return UnitHomePage.objects.filter(path=top).values_list("unit_id", flat=True).first()


def _relation_to(model, name, related_model):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field.many_to_one and issubclass(field.related_model, related_model)


def _owners(model, ids):
    """{object: unit id or None} for the objects of `model` with primary keys `ids`."""
    if issubclass(model, Page):
        from unitsites.models.home import UnitHomePage

        pages = list(model.objects.filter(pk__in=ids))
        homes = dict(
            UnitHomePage.objects.filter(
                path__in={unit_tree_top(page) for page in pages}
            ).values_list("path", "unit_id")
        )
        return {page: homes.get(unit_tree_top(page)) for page in pages}
    if _relation_to(model, "collection", Collection):
        objects = list(model.objects.filter(pk__in=ids).select_related("collection"))
        units = dict(
            Unit.objects.filter(
                collection__path__in={unit_tree_top(obj.collection) for obj in objects}
            ).values_list("collection__path", "pk")
        )
        return {obj: units.get(unit_tree_top(obj.collection)) for obj in objects}
    if _relation_to(model, "unit", Unit):
        return {obj: obj.unit_id for obj in model.objects.filter(pk__in=ids)}
    return {}


def references_of(obj, with_children=True):
    """(field, content type id, object id) of every reference `obj` holds; its child objects'
    (inline panels) too unless `with_children` is false."""
    children = set()
    if not with_children and isinstance(obj, ClusterableModel):
        children = {relation.get_accessor_name() for relation in get_all_child_relations(obj)}
    # The extraction Wagtail's reference index itself runs when an object is saved.
    for (
        content_type_id,
        object_id,
        model_path,
        _path,
    ) in ReferenceIndex._extract_references_from_object(obj):
        field = model_path.split(".", 1)[0]
        if field not in children:
            yield field, content_type_id, object_id


def foreign_references(unit_id, references):
    """The `references` (from `references_of`) to objects owned by a unit other than `unit_id`."""
    wanted = defaultdict(lambda: defaultdict(list))  # model -> object id -> fields
    for field, content_type_id, object_id in references:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and model is not Unit:
            wanted[model][object_id].append(field)
    found = []
    for model, fields_by_id in wanted.items():
        for target, owner in _owners(model, list(fields_by_id)).items():
            if owner is not None and owner != unit_id:
                found += [(field, target, owner) for field in fields_by_id[str(target.pk)]]
    units = Unit.objects.in_bulk({owner for _field, _target, owner in found})
    return [ForeignReference(field, target, units[owner]) for field, target, owner in found]


def refuse_foreign_references(page):
    """The guard under every save of a unit page (create, draft, submission, publication,
    import): raises ValidationError naming each reference to another unit's object."""
    references = list(references_of(page))
    # Most saves hold no reference at all: no need to look up whose tree the page is in.
    unit_id = unit_id_at(page.path) if references and page.path else None
    if unit_id is None:
        return
    found = foreign_references(unit_id, references)
    if found:
        raise ValidationError([reference.message for reference in found])


def refuse_copy(page, destination, recursive):
    """A copy of `page` (with its descendants when `recursive`) under `destination` may hold
    only references the destination's unit may use; raises ValidationError otherwise. Wagtail
    saves the copies below the first without validation, so this is asked before copying."""
    unit_id = unit_id_at(destination.path)
    if unit_id is None:
        return
    pages = [page, *page.get_descendants()] if recursive else [page]
    found = [
        reference
        for copied in pages
        for reference in foreign_references(unit_id, references_of(copied.specific))
    ]
    if found:
        raise ValidationError(sorted({reference.message for reference in found}))


class UnitPageForm(WagtailAdminPageForm):
    """The admin form of every unit page: shows the refusal on the field that holds the
    reference, before the page's own guard would refuse the save."""

    def is_valid(self):
        return super().is_valid() and self._uses_only_own_unit()

    def _uses_only_own_unit(self):
        page = self.instance
        path = page.path or (self.parent_page.path if self.parent_page else "")
        unit_id = unit_id_at(path) if path else None
        if unit_id is None:
            return True
        # The page's own fields, then each child form kept (its instance holds the new values).
        forms = [(self, references_of(page, with_children=False))]
        for formset in self.formsets.values():
            forms += [
                (form, references_of(form.instance))
                for form in formset.forms
                if not form.cleaned_data.get("DELETE")
            ]
        valid = True
        for form, references in forms:
            messages = defaultdict(list)
            for reference in foreign_references(unit_id, references):
                field = reference.field if reference.field in form.fields else None
                messages[field].append(reference.message)
            for field, field_messages in messages.items():
                form.add_error(field, _field_error(form, field, field_messages))
                valid = False
        return valid


def _field_error(form, field, messages):
    # A StreamField's editor shows one error object: every message goes into it.
    if field and isinstance(form.fields[field], BlockField):
        return StreamBlockValidationError(non_block_errors=messages)
    return ValidationError(messages)
