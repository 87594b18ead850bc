"""A small FastAPI service: an in-memory task list with dependencies and background work."""

import itertools
import time
from collections.abc import Iterator
from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, ConfigDict, Field, field_validator

app = FastAPI(title="Tasks")


_tasks: dict[int, dict] = {}
_task_ids = itertools.count(1)


class Store:
    """Stands in for a database session: one per request, closed afterwards."""

    def __init__(self, tasks: dict[int, dict]) -> None:
        self.tasks = tasks
        self.closed = False

    def add(self, record: dict) -> dict:
        record = {**record, "id": next(_task_ids)}
        self.tasks[record["id"]] = record
        return record

    def close(self) -> None:
        self.closed = True


def get_store() -> Iterator[Store]:
    # A dependency with yield: FastAPI's context manager around the request. Since
    # FastAPI 0.118 the code after yield runs once the response has been sent.
    store = Store(_tasks)
    try:
        yield store
    finally:
        store.close()


def current_user(x_user: Annotated[str | None, Header()] = None) -> str:
    if not x_user:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Missing X-User header")
    return x_user


StoreDep = Annotated[Store, Depends(get_store)]
UserDep = Annotated[str, Depends(current_user)]


class TaskIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    priority: int = Field(default=3, ge=1, le=5)
    tags: list[str] = []

    @field_validator("title")
    @classmethod
    def title_is_not_blank(cls, value: str) -> str:
        stripped = value.strip()
        if not stripped:
            raise ValueError("title must not be blank")
        return stripped

    @field_validator("tags")
    @classmethod
    def tags_are_lowercase(cls, value: list[str]) -> list[str]:
        return sorted({tag.lower() for tag in value})


class TaskOut(TaskIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
    owner: str
    done: bool = False


def notify_watchers(task_id: int, owner: str) -> None:
    # BackgroundTasks run in the same process after the response is sent: fine
    # for a quick email or log line, not a replacement for a task queue (Celery)
    # when the work is long, must survive a restart, or needs retries.
    time.sleep(0.1)
    print(f"task {task_id} created by {owner}")


@app.post("/tasks", response_model=TaskOut, status_code=status.HTTP_201_CREATED)
async def create_task(task: TaskIn, store: StoreDep, user: UserDep, background_tasks: BackgroundTasks) -> TaskOut:
    record = store.add({**task.model_dump(), "owner": user, "done": False})
    background_tasks.add_task(notify_watchers, record["id"], user)
    return TaskOut.model_validate(record)


@app.get("/tasks/{task_id}", response_model=TaskOut)
async def read_task(task_id: int, store: StoreDep) -> TaskOut:
    record = store.tasks.get(task_id)
    if record is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"Task {task_id} not found")
    return TaskOut.model_validate(record)


@app.get("/report")
def build_report(store: StoreDep) -> dict[str, int]:
    # A plain `def` endpoint runs in FastAPI's thread pool, so blocking code here
    # does not stall the event loop. Threads still share one GIL (CPython's global
    # interpreter lock): CPU-heavy work does not run in parallel this way; move it
    # to a process pool or a worker. An `async def` endpoint must never block.
    time.sleep(0.05)  # stands in for a blocking library call
    return {"total": len(store.tasks), "done": sum(task["done"] for task in store.tasks.values())}
