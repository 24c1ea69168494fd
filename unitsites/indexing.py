"""Search and reference indexing held back while many objects are saved, then done once.

Every save of a page updates its search index entry and its reference index rows at once (the
search backend's and Wagtail's post_save handlers). Provisioning saves each new page several
times; inside `indexing_held` those saves are only noted, and when the block ends each saved
object is indexed once, the search entries model by model in bulk, in the same transaction.
The indexes end as if every save had updated them; deletions update them at once as always.
"""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

# {model: {pk}} saved while indexing is held; None when it is not.
_held = ContextVar("saved_while_indexing_held", default=None)
# The models the search backend indexes on save (allow_holding_indexing fills it, at start-up).
_searched_models = set()


@contextmanager
def indexing_held():
    """Note what the code inside saves; index each saved object once when it ends."""
    if _held.get() is not None:  # the outermost block indexes everything
        yield
        return
    saved = defaultdict(set)
    token = _held.set(saved)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _held.reset(token)
    with transaction.atomic():
        index_saved(saved)


def index_saved(saved):
    """Bring the search and reference indexes up to date for {model: {pk}}, as the tasks the
    saves would have run do (the search entries in bulk, one model at a time)."""
    searched = defaultdict(list)
    for model, pks in saved.items():
        if model in _searched_models:
            for instance in model.get_indexed_objects().filter(pk__in=pks):
                indexed = instance.get_indexed_instance()
                if indexed is not None:
                    searched[type(indexed)].append(indexed)
        if model in ReferenceIndex.tracked_models:
            app_label, model_name = model._meta.app_label, model._meta.model_name
            for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True):
                update_reference_index_task.call(app_label, model_name, pk)
    for model, instances in searched.items():
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, instances)


def _index_unless_held(sender, instance, **kwargs):
    if _held.get() is None:
        post_save_signal_handler(instance, sender=sender, **kwargs)


def _note_saved(sender, instance, raw=False, **kwargs):
    saved = _held.get()
    if saved is not None and not raw:
        saved[type(instance)].add(instance.pk)


def _remove_references_now(sender, instance, **kwargs):
    # Wagtail's own removal is off inside the block with the rest of its auto-update.
    if _held.get() is not None and sender in ReferenceIndex.tracked_models:
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)


def allow_holding_indexing():
    """Put `_index_unless_held` in the search backend's place on every model it indexes on
    save, and note every save made while indexing is held."""
    for model in index.get_indexed_models():
        if post_save.disconnect(post_save_signal_handler, sender=model):
            post_save.connect(_index_unless_held, sender=model)
            _searched_models.add(model)
    post_save.connect(_note_saved)
    post_delete.connect(_remove_references_now)
