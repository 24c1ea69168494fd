"""Reference numbers and secret codes of e-service submissions.

The reference (H-A-2569-00012: unit code, Buddhist Era year, running number) is what a citizen
quotes and what officers file the matter under; numbering restarts each calendar year, as a
government receipt register does. The secret code proves that the person asking about a
submission is the one who sent it: it is shown once, and only its hash is stored, made with
Django's password hashers (salted, slow, compared in constant time).
"""

import secrets

from django.contrib.auth.hashers import check_password, make_password
from django.db.models import F

from unitsites import thaidates

# No 0/O, 1/I/L: people copy the code from a screen or a piece of paper.
SECRET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # noqa: S105  (an alphabet)
SECRET_GROUPS = 3
SECRET_GROUP_LENGTH = 4  # 12 characters of 31: about 59 bits


def new_secret():
    """A fresh secret code such as 'K7QX-M2PA-R9HT'."""
    groups = (
        "".join(secrets.choice(SECRET_ALPHABET) for _ in range(SECRET_GROUP_LENGTH))
        for _ in range(SECRET_GROUPS)
    )
    return "-".join(groups)


def normalise_secret(text):
    """What a person typed, as the code was issued: capitals, hyphens between the groups."""
    compact = "".join(character for character in text.upper() if character.isalnum())
    return "-".join(
        compact[start : start + SECRET_GROUP_LENGTH]
        for start in range(0, len(compact), SECRET_GROUP_LENGTH)
    )


def hash_secret(secret):
    return make_password(normalise_secret(secret))


def secret_matches(secret, secret_hash):
    """True if `secret` is the one hashed; with no hash (unknown reference) the same work is
    done and the answer is False, so timing tells nothing."""
    if not secret_hash:
        make_password(secret)
        return False
    return check_password(normalise_secret(secret), secret_hash)


def normalise_reference(text):
    return "".join(text.split()).upper()


def next_reference(unit, when):
    """The next reference number of `unit` for the year of `when`.

    Call inside a transaction that also saves the submission. The counter row is incremented
    by one UPDATE, which PostgreSQL row-locks until commit and SQLite runs under its database
    write lock, so two submissions at the same moment never get the same number.
    """
    from unitsites.models import SubmissionCounter

    year = thaidates.be_year(thaidates.local(when))
    SubmissionCounter.objects.bulk_create(
        [SubmissionCounter(unit=unit, year=year, last_number=0)], ignore_conflicts=True
    )
    counter = SubmissionCounter.objects.filter(unit=unit, year=year)
    counter.update(last_number=F("last_number") + 1)
    number = counter.values_list("last_number", flat=True).get()
    return format_reference(unit.code, year, number)


def format_reference(unit_code, year, number):
    return f"{unit_code}-{year}-{number:05d}"


def example_reference(unit, when):
    """A reference as `unit` gives them in the year of `when`, for the look-up form's hint."""
    return format_reference(unit.code, thaidates.be_year(thaidates.local(when)), 12)
