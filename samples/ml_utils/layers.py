"""Not web code: names that look like framework names but come from other libraries.

PyWeb Notes resolves a name through the file's imports, so F here is PyTorch's
functional module (not Django's F expression), Q builds an Elasticsearch query
(not Django's Q object), and the values method below is a plain dict's (not a
QuerySet's). None of them should get a PyWeb Notes hover. The hover tests look
these names up by their first occurrence in this file.
"""

import torch
import torch.nn.functional as F
from elasticsearch_dsl import Q, Search
from torch import nn


class TinyClassifier(nn.Module):
    def __init__(self, features: int, classes: int) -> None:
        super().__init__()
        self.hidden = nn.Linear(features, 64)
        self.out = nn.Linear(64, classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(F.relu(self.hidden(x)))


def search_titles(index: str, text: str) -> Search:
    return Search(index=index).query(Q("match", title=text))


def mean_score(scores: dict[str, float]) -> float:
    values = list(scores.values())
    return sum(values) / len(values) if values else 0.0
