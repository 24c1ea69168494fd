"""The one workflow every unit's tree uses, attached by provisioning to both language roots."""

from django.db import transaction

from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from network.models import UnitApprovalTask

WORKFLOW_NAME = "การขออนุมัติเผยแพร่ข้อมูลของหน่วยงาน"
TASK_NAME = "ผู้อนุมัติของหน่วยงาน หรือผู้ดูแลระดับจังหวัด"


@transaction.atomic
def network_workflow():
    """The network's workflow (the first one with a unit-approval task), made if missing."""
    workflow = (
        Workflow.objects.filter(workflow_tasks__task__in=UnitApprovalTask.objects.all())
        .order_by("pk")
        .first()
    )
    if workflow is None:
        task = UnitApprovalTask.objects.order_by("pk").first()
        if task is None:
            task = UnitApprovalTask.objects.create(name=TASK_NAME)
        workflow = Workflow.objects.create(name=WORKFLOW_NAME)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def attach_network_workflow(root):
    """Put the network's workflow on `root` unless it has one; True when it was attached.

    A workflow an administrator chose for the root is left alone (provisioning only adds)."""
    if WorkflowPage.objects.filter(page=root).exists():
        return False
    WorkflowPage.objects.create(page=root, workflow=network_workflow())
    return True
