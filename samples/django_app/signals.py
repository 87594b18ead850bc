from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Book, BookStats


@receiver(post_save, sender=Book)
def create_book_stats(sender, instance: Book, created: bool, **kwargs) -> None:
    # post_save runs inside the same transaction as the save() that sent it;
    # keep it cheap. Slow work (emails, search indexing) belongs in a task queue,
    # started with transaction.on_commit so it never sees an uncommitted row.
    if created:
        BookStats.objects.create(book=instance)
