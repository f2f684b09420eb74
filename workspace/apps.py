from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    name = "workspace"
    verbose_name = _("Members' workspace")

    def ready(self):
        from django.db.models.signals import post_save

        from workspace.access import restrict_new_workspace
        from workspace.models import WorkspacePage

        post_save.connect(
            restrict_new_workspace, sender=WorkspacePage, dispatch_uid="iscn_private_workspace"
        )
