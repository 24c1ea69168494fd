"""The status look-up a sender makes with their reference number and secret code, shared by the
e-services and the notice-and-takedown page: the same form, the same neutral answer when the
number is unknown or the code wrong, never cached."""

from django.utils.cache import add_never_cache_headers

from unitsites.eservices.forms import TrackingForm


def tracking_response(page, request, find, template, found_as):
    """Render `template` for `page` with the look-up form and, when the reference and code
    match, what `find(unit, reference, secret)` returned, in the context as `found_as`."""
    form = TrackingForm(request.POST if request.method == "POST" else None, unit=page.unit)
    found = None
    if form.is_bound and form.is_valid():
        found = find(page.unit, form.cleaned_data["reference"], form.cleaned_data["secret"])
        if found is None:
            form.add_error(None, form.not_found_message)
    response = page.render(
        request, template=template, context_overrides={"form": form, found_as: found}
    )
    add_never_cache_headers(response)
    return response
