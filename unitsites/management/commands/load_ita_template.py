from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.base import BaseCommand, CommandError

import yaml

from unitsites import ita_template


class Command(BaseCommand):
    help = (
        "Load a fiscal year's ITA (MOIT) template from a YAML file; loading it again updates it "
        "and keeps the evidence units attached. --copy-from starts a year from another."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default=str(ita_template.MOIT_2569))
        parser.add_argument("--year", type=int, help="B.E. fiscal year (default: the file's)")
        parser.add_argument(
            "--copy-from", type=int, help="copy this year's template to --year instead of loading"
        )

    def handle(self, *args, file, year, copy_from, **options):
        if copy_from:
            try:
                template = ita_template.copy_from(copy_from, year)
            except ObjectDoesNotExist as error:
                raise CommandError(f"No template for fiscal year {copy_from}.") from error
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error
        else:
            try:
                template = ita_template.load(ita_template.read(file), year)
            except (OSError, yaml.YAMLError) as error:
                raise CommandError(str(error)) from error
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                # The load is one transaction: a bad file changes nothing.
                raise CommandError(f"{file} is not an ITA template file ({error!r}).") from error
        items = template.items.count()
        subitems = sum(item.subitems.count() for item in template.items.all())
        self.stdout.write(f"{template.fiscal_year}: {items} items, {subitems} sub-items")
