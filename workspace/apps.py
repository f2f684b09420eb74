from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    name = "workspace"
    verbose_name = _("Members' workspace")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from workspace.access import restrict_new_workspace
        from workspace.models import WorkspacePage
        from workspace.readers import ReadersOnlyPagePermissionPolicy

        post_save.connect(
            restrict_new_workspace, sender=WorkspacePage, dispatch_uid="iscn_private_workspace"
        )
        # Every page lookup in the admin goes through it: registered for Page, it comes before
        # Wagtail's policy for AbstractPage.
        register_permission_policy(Page, ReadersOnlyPagePermissionPolicy())
