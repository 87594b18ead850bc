from django.db.models import Count, F, Q
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from .models import Author, Book


@require_GET
def book_list(request: HttpRequest) -> JsonResponse:
    # N+1: looping over books and touching book.author would run one query per
    # book. select_related joins the ForeignKey in the same SQL query;
    # prefetch_related runs one extra query for all the tags (many-to-many).
    books = (
        Book.objects.select_related("author")
        .prefetch_related("tags")
        .annotate(review_count=Count("reviews"))
    )
    query = request.GET.get("q")
    if query:
        # Q objects combine conditions with OR (|), AND (&) and NOT (~).
        books = books.filter(Q(title__icontains=query) | Q(author__name__icontains=query))
    return JsonResponse(
        {
            "books": [
                {
                    "title": book.title,
                    "author": book.author.name,  # no extra query: joined above
                    "tags": [tag.name for tag in book.tags.all()],  # served from the prefetch
                    "reviews": book.review_count,
                }
                for book in books[:50]
            ]
        }
    )


@require_GET
def author_detail(request: HttpRequest, pk: int) -> JsonResponse:
    author = get_object_or_404(
        Author.objects.prefetch_related("books__tags").annotate(book_count=Count("books")),
        pk=pk,
    )
    return JsonResponse(
        {
            "name": author.name,
            "book_count": author.book_count,
            "books": [book.title for book in author.books.all()],
        }
    )


@require_POST
def record_view(request: HttpRequest, pk: int) -> JsonResponse:
    # F() makes the database do the arithmetic: UPDATE ... SET view_count = view_count + 1,
    # so two concurrent requests cannot overwrite each other's increment.
    updated = Book.objects.filter(pk=pk).update(view_count=F("view_count") + 1)
    if not updated:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse({"ok": True})


@require_GET
def in_demand(request: HttpRequest) -> JsonResponse:
    # F() also compares two columns of the same row: more views than copies in stock.
    titles = Book.objects.filter(view_count__gt=F("stock")).values_list("title", flat=True)
    return JsonResponse({"titles": list(titles)})
