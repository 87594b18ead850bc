"""A Flask 3 application factory with one blueprint, sessions and per-request state in g."""

import os
import sqlite3
from functools import wraps

from flask import Blueprint, Flask, abort, g, redirect, render_template_string, request, session, url_for

notes = Blueprint("notes", __name__, url_prefix="/notes")

PAGE = """
<h1>Notes{% if g.user %} of {{ g.user }}{% endif %}</h1>
<ul>{% for note in notes %}<li><a href="{{ url_for('notes.detail', note_id=note['id']) }}">{{ note['title'] }}</a></li>{% endfor %}</ul>
<form method="post" action="{{ url_for('notes.create') }}"><input name="title"><button>Add</button></form>
"""

LOGIN_PAGE = """
{% if error %}<p role="alert">{{ error }}</p>{% endif %}
<form method="post"><input name="name" placeholder="Your name"><button>Log in</button></form>
"""


def get_db() -> sqlite3.Connection:
    # g lives for one application context (one request): open the connection on
    # first use, reuse it for the rest of the request, close it in teardown.
    if "db" not in g:
        g.db = sqlite3.connect(os.environ.get("NOTES_DB", ":memory:"))
        g.db.row_factory = sqlite3.Row
        g.db.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, owner TEXT, title TEXT)")
    return g.db


def close_db(exception: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if g.user is None:
            return redirect(url_for("notes.login", next=request.path))
        return view(*args, **kwargs)

    return wrapped


@notes.before_app_request
def load_user() -> None:
    # session is a signed cookie: readable by the client, tamper-proof thanks
    # to SECRET_KEY. Keep only small, non-secret values in it.
    g.user = session.get("user")


@notes.route("/login", methods=["GET", "POST"])
def login():
    error = ""
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        if not name:
            error = "Name is required."
        else:
            session.clear()
            session["user"] = name
            next_url = request.args.get("next")
            # Only follow relative redirects: an absolute ?next= would be an open redirect.
            if next_url and next_url.startswith("/") and not next_url.startswith("//"):
                return redirect(next_url)
            return redirect(url_for("notes.index"))
    return render_template_string(LOGIN_PAGE, error=error)


@notes.get("/")
@login_required
def index():
    rows = get_db().execute("SELECT id, title FROM notes WHERE owner = ?", (g.user,)).fetchall()
    return render_template_string(PAGE, notes=rows)


@notes.post("/")
@login_required
def create():
    title = request.form.get("title", "").strip()
    if not title:
        abort(400, description="title is required")
    db = get_db()
    db.execute("INSERT INTO notes (owner, title) VALUES (?, ?)", (g.user, title))  # parameters, never f-strings: SQL injection
    db.commit()
    return redirect(url_for("notes.index"))


@notes.get("/<int:note_id>")
@login_required
def detail(note_id: int):
    row = get_db().execute("SELECT id, title FROM notes WHERE id = ? AND owner = ?", (note_id, g.user)).fetchone()
    if row is None:
        abort(404)
    return {"id": row["id"], "title": row["title"]}


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY=os.environ.get("SECRET_KEY", "dev-only-change-me"))
    if test_config:
        app.config.update(test_config)
    app.teardown_appcontext(close_db)
    app.register_blueprint(notes)

    @app.get("/")
    def home():
        return redirect(url_for("notes.index"))

    return app
