from django.urls import include, path

from . import views
from .api import router

urlpatterns = [
    path("books/", views.book_list, name="book-list"),
    path("books/<int:pk>/view/", views.record_view, name="book-view"),
    path("books/in-demand/", views.in_demand, name="book-in-demand"),
    path("authors/<int:pk>/", views.author_detail, name="author-detail"),
    path("api/", include(router.urls)),
]
