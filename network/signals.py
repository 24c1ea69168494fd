from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from network.hosts import forget_unit_hosts
from network.models import Unit


@receiver(post_save, sender=Unit)
@receiver(post_delete, sender=Unit)
def refresh_unit_hosts(sender, **kwargs):
    forget_unit_hosts()
