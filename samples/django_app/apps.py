from django.apps import AppConfig


class CatalogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "django_app"

    def ready(self) -> None:
        # Connect the @receiver handlers; importing the module is what registers them.
        from . import signals  # noqa: F401
