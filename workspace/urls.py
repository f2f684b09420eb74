"""Topic proposals, under /<lang>/workspace/proposals/ (cms/urls.py)."""

from django.urls import path

from workspace import views

app_name = "workspace"

urlpatterns = [
    path("", views.proposal_list, name="proposals"),
    path("new/", views.propose, name="propose"),
    path("<int:pk>/vote/", views.vote, name="vote"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/decide/", views.moderate, name="moderate"),
]
