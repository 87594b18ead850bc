// Table-driven tests of hover resolution over small Python snippets. `‸` marks the hovered
// position; `expect` is the qualified name of the term, or undefined for "no hover".
import * as assert from 'node:assert/strict';
import { analyzePython } from '../../../src/core/python/documentAnalysis';
import { resolveAll, resolveAt } from '../../../src/core/hover/termResolver';
import { buildTermIndex } from '../../../src/core/hover/termIndex';
import { glossaryIndex, hoverAt, hoversIn, withCursor } from './glossaryIndex';

interface Case {
  readonly name: string;
  readonly code: string;
  readonly expect: string | undefined;
  readonly frameworks?: readonly string[];
}

function runCases(cases: readonly Case[]): void {
  for (const c of cases) {
    it(`${c.name} -> ${c.expect ?? 'no hover'}`, () => {
      const options = c.frameworks ? { frameworks: new Set(c.frameworks) } : undefined;
      assert.equal(hoverAt(c.code, options)?.qualifiedName, c.expect);
    });
  }
}

describe('termResolver', () => {
  describe('symbol terms resolve through imports', () => {
    runCases([
      { name: 'from-import', code: 'from django.db.models import Q\nQ‸(a=1)', expect: 'django.db.models.Q' },
      { name: 'module imported from its package', code: 'from django.db import models\nmodels.Q‸(a=1)', expect: 'django.db.models.Q' },
      { name: 'module alias', code: 'import django.db.models as m\nm.Q‸(a=1)', expect: 'django.db.models.Q' },
      { name: 'fully qualified after import of the module', code: 'import django.db.models\ndjango.db.models.Q‸(a=1)', expect: 'django.db.models.Q' },
      { name: 'fully qualified after import of the package', code: 'import django\ndjango.db.models.Q‸()', expect: 'django.db.models.Q' },
      { name: 'star import', code: 'from django.db.models import *\nQ‸()', expect: 'django.db.models.Q' },
      { name: 'decorator through a module', code: 'from django.db import transaction\n@transaction.atomic‸\ndef f(): pass', expect: 'django.db.transaction.atomic' },
      { name: 'context manager through a module', code: 'from django.db import transaction\nwith transaction.atomic‸():\n    pass', expect: 'django.db.transaction.atomic' },
      { name: 'on_commit through a module', code: 'from django.db import transaction\ntransaction.on_commit‸(f)', expect: 'django.db.transaction.on_commit' },
      { name: 'decorator imported directly', code: 'from django.db.transaction import atomic\n@atomic‸\ndef f(): pass', expect: 'django.db.transaction.atomic' },
      { name: 'alsoFrom module', code: 'from django.db.models.query_utils import Q\nQ‸()', expect: 'django.db.models.Q' },
      { name: 'alsoFrom (sqlalchemy.future)', code: 'from sqlalchemy.future import select\nselect‸(A)', expect: 'sqlalchemy.select' },
      { name: 'alias of a from-import', code: 'from fastapi import Depends as D\ndef f(x=D‸(g)): pass', expect: 'fastapi.Depends' },
      { name: 'the imported name in the import line', code: 'from django.db.models import Q‸', expect: 'django.db.models.Q' },
      { name: 'the alias in the import line', code: 'from django.db.models import Q as QQ‸', expect: 'django.db.models.Q' },
      { name: 'a module name in an import line', code: 'from django.db import models‸', expect: undefined },
      { name: 'parenthesised multi-line import', code: 'from django.db.models import (\n    Count,\n    Q,\n)\nQ‸()', expect: 'django.db.models.Q' },
      { name: 'import inside try/except', code: 'try:\n    from django.db.models import JSONField, Q\nexcept ImportError:\n    pass\nQ‸()', expect: 'django.db.models.Q' },
      { name: 'same import in try and except', code: 'try:\n    from django.db.models import Q\nexcept ImportError:\n    from django.db.models.query_utils import Q\nQ‸()', expect: 'django.db.models.Q' },
      { name: 'import under if TYPE_CHECKING', code: 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sqlalchemy.orm import Session\ndef f(db: Session‸): pass', expect: 'sqlalchemy.orm.Session' },
      { name: 'import inside a function', code: 'def f():\n    from django.db.models import F\n    return F‸("x")', expect: 'django.db.models.F' },
      { name: 'a class body sees its own import', code: 'class A:\n    from django.db.models import F\n    x = F‸("y")', expect: 'django.db.models.F' },
      { name: 'a class attribute does not shadow inside methods', code: 'from django.db.models import Q\nclass A:\n    Q = 1\n    def m(self):\n        return Q‸()', expect: 'django.db.models.Q' },
      { name: 'a hover at the end of the name', code: 'from django.db.models import Q\nQ‸', expect: 'django.db.models.Q' },
    ]);
  });

  describe('ambiguous names resolve by import', () => {
    runCases([
      { name: 'django Field', code: 'from django.db import models\nclass A(models.Model):\n    x = models.Field‸()', expect: 'django.db.models.Field' },
      { name: 'pydantic Field', code: 'from pydantic import BaseModel, Field\nclass A(BaseModel):\n    x: int = Field‸(gt=0)', expect: 'pydantic.Field' },
      { name: 'DRF Field', code: 'from rest_framework import serializers\nclass S(serializers.Serializer):\n    x = serializers.Field‸()', expect: 'rest_framework.serializers.Field' },
      { name: 'asyncio Lock', code: 'import asyncio\nlock = asyncio.Lock‸()', expect: 'asyncio.Lock' },
      { name: 'threading Lock', code: 'from threading import Lock\nlock = Lock‸()', expect: 'threading.Lock' },
      { name: 'multiprocessing Lock', code: 'import multiprocessing as mp\nlock = mp.Lock‸()', expect: 'multiprocessing.Lock' },
      { name: 'queue Queue', code: 'import queue\nq = queue.Queue‸()', expect: 'queue.Queue' },
      { name: 'asyncio Queue', code: 'from asyncio import Queue\nq = Queue‸()', expect: 'asyncio.Queue' },
      { name: 'DRF Response', code: 'from rest_framework.response import Response\nResponse‸({})', expect: 'rest_framework.response.Response' },
      { name: 'DRF Request', code: 'from rest_framework.request import Request\ndef f(r: Request‸): pass', expect: 'rest_framework.request.Request' },
      { name: 'fastapi Path', code: 'from fastapi import Path\ndef f(i: int = Path‸(ge=1)): pass', expect: 'fastapi.Path' },
      { name: 'django path', code: 'from django.urls import path\nurls = [path‸("a/", v)]', expect: 'django.urls.path' },
      { name: 'flask session', code: 'from flask import session\nsession‸["x"] = 1', expect: 'flask.session' },
      { name: 'sqlalchemy Session', code: 'from sqlalchemy.orm import Session\nwith Session‸(engine) as s: pass', expect: 'sqlalchemy.orm.Session' },
      { name: 'django cache', code: 'from django.core.cache import cache\ncache‸.get("k")', expect: 'django.core.cache.cache' },
      { name: 'django redirect', code: 'from django.shortcuts import redirect\nredirect‸("/")', expect: 'django.shortcuts.redirect' },
      { name: 'the same name from two different modules', code: 'try:\n    from django.db.models import Q\nexcept ImportError:\n    from elasticsearch_dsl import Q\nQ‸()', expect: undefined },
      { name: 'a relative import', code: 'from .models import Q\nQ‸()', expect: undefined },
      { name: 'a later star import of an unknown module', code: 'from django.db.models import *\nfrom .helpers import *\nQ‸()', expect: undefined },
      { name: 'the last star import decides', code: 'from .helpers import *\nfrom django.db.models import *\nQ‸()', expect: 'django.db.models.Q' },
      { name: 'a submodule attribute of an unbound name', code: 'import django.db.models\nmodels.Q‸()', expect: undefined },
      { name: 'a name imported from a module with no such term', code: 'from django.db.models import CharField\nCharField‸()', expect: undefined },
    ]);
  });

  describe('locally rebound names resolve to nothing', () => {
    runCases([
      { name: 'a local def', code: 'from django.db.models import Q\ndef Q(x): pass\nQ‸()', expect: undefined },
      { name: 'an assignment', code: 'from django.db.models import Q\nQ = 1\nQ‸', expect: undefined },
      { name: 'an augmented assignment', code: 'from django.db.models import Q\nQ += 1\nQ‸', expect: undefined },
      { name: 'a parameter', code: 'from django.db.models import F\ndef f(F):\n    return F‸("x")', expect: undefined },
      { name: 'outside the function with the parameter', code: 'from django.db.models import F\ndef f(F):\n    return F("x")\nF‸("y")', expect: 'django.db.models.F' },
      { name: 'a keyword-only parameter', code: 'from django.db.models import F\ndef f(*, F=None):\n    return F‸', expect: undefined },
      { name: 'a class named like the import', code: 'from django.dispatch import Signal\nclass Signal: pass\nSignal‸()', expect: undefined },
      { name: 'a for target', code: 'from django.db.models import Q\nfor a, Q in items:\n    Q‸', expect: undefined },
      { name: 'a with target', code: 'from django.db.models import Q\nwith open(p) as Q:\n    Q‸', expect: undefined },
      { name: 'an except target', code: 'from django.db.models import Q\ntry:\n    pass\nexcept E as Q:\n    Q‸', expect: undefined },
      { name: 'a walrus target', code: 'from django.db.models import Q\nif (Q := 1):\n    Q‸', expect: undefined },
      { name: 'a lambda parameter', code: 'from django.db.models import Q\nf = lambda Q: Q‸', expect: undefined },
      { name: 'a comprehension target', code: 'from django.db.models import Q\nx = [Q‸ for Q in y]', expect: undefined },
      { name: 'a tuple unpacking target', code: 'from django.db.models import Q\n(a, [Q, b]) = t\nQ‸', expect: undefined },
      { name: 'a parameter of the enclosing function', code: 'from django.db.models import Q\ndef outer(Q):\n    def inner():\n        return Q‸\n    return inner', expect: undefined },
      { name: 'an assignment after `global`', code: 'from django.db.models import Q\ndef f():\n    global Q\n    Q = 2\n    return Q\nQ‸', expect: undefined },
      { name: 'a match capture', code: 'from django.db.models import Q\nmatch x:\n    case [Q]:\n        Q‸', expect: undefined },
      { name: 'a local function named like a framework method', code: 'import django\ndef select_related(qs):\n    return qs\nselect_related‸(x)', expect: undefined },
    ]);
  });

  describe('member terms', () => {
    runCases([
      { name: 'a queryset method call', code: 'from django.db import models\nqs.select_related‸("a")', expect: 'QuerySet.select_related' },
      { name: 'in a DRF file without a django import', code: 'from rest_framework import viewsets\nq = Book.objects.select_related‸()', expect: 'QuerySet.select_related' },
      { name: 'a distinctive name on an unknown receiver', code: 'import django\ndef f(entries):\n    return entries.select_related‸("user")', expect: 'QuerySet.select_related' },
      { name: 'a parameter named qs', code: 'import django\ndef f(qs):\n    return qs.values‸("id")', expect: 'QuerySet.values' },
      { name: 'a receiver assigned from a manager', code: 'import django\nqs = Book.objects.all()\nqs.values‸("id")', expect: 'QuerySet.values' },
      { name: 'self attribute from a manager', code: 'import django\nclass V:\n    def setup(self):\n        self.qs = Book.objects.all()\n    def get(self):\n        return self.qs.values‸("id")', expect: 'QuerySet.values' },
      { name: 'without an import under requires', code: 'import json\nqs.select_related‸("a")', expect: undefined },
      { name: 'requires is a dotted prefix, not a string prefix', code: 'import djangox\nqs.values‸()', expect: undefined },
      { name: 'a dict literal receiver', code: 'import django\n{}.values‸()', expect: undefined },
      { name: 'a string literal receiver', code: 'import django\n"a".values‸()', expect: undefined },
      { name: 'a parenthesised literal receiver', code: 'import django\n({"a": 1}).values‸()', expect: undefined },
      { name: 'a comprehension receiver', code: 'import django\n{k: v for k, v in x}.values‸()', expect: undefined },
      { name: 'a name bound to a dict', code: 'import django\nd = {}\nd.values‸()', expect: undefined },
      { name: 'a name bound to dict()', code: 'import django\nd = dict(a=1)\nd.values‸()', expect: undefined },
      { name: 'dict.values(d)', code: 'import django\ndict.values‸(d)', expect: undefined },
      { name: 'vars(obj).values()', code: 'import django\nvars(obj).values‸()', expect: undefined },
      { name: '**kwargs', code: 'import django\ndef f(**kwargs):\n    return kwargs.values‸()', expect: undefined },
      { name: 'a parameter annotated dict', code: 'import django\ndef f(d: dict[str, int]):\n    return d.values‸()', expect: undefined },
      { name: 'self attribute bound to a dict', code: 'import django\nclass A:\n    def __init__(self):\n        self.cache = {}\n    def m(self):\n        return self.cache.values‸()', expect: undefined },
      { name: 'the class\'s own method on self', code: 'import django\nclass R:\n    def values(self):\n        return []\n    def m(self):\n        return self.values‸()', expect: undefined },
      { name: 'a pandas DataFrame', code: 'import django\nimport pandas as pd\ndf = pd.DataFrame()\ndf.aggregate‸("sum")', expect: undefined },
      { name: 'a chained pandas call', code: 'import django\nimport pandas as pd\ndef f(df: pd.DataFrame):\n    return df.groupby("a").aggregate‸("sum")', expect: undefined },
      { name: 'pathlib Path.exists', code: 'import django\nfrom pathlib import Path\nPath("x").exists‸()', expect: undefined },
      { name: 'a name bound to a Path', code: 'import django\nfrom pathlib import Path\np = Path("x") / "y"\np.exists‸()', expect: undefined },
      { name: 'os.path.exists', code: 'import django\nimport os\nos.path.exists‸("x")', expect: undefined },
      { name: 'a method attribute that is not called', code: 'import django\nqs.values‸', expect: undefined },
      { name: 'in a comment', code: 'import django\n# qs.values‸()', expect: undefined },
      { name: 'in a string', code: 'import django\nx = "qs.values‸()"', expect: undefined },
      { name: 'an attribute shape', code: 'from rest_framework import serializers\ns.validated_data‸["x"]', expect: 'Serializer.validated_data' },
      { name: 'an attribute shape when called', code: 'from rest_framework import serializers\ns.validated_data‸()', expect: undefined },
      { name: 'a call shape in a decorator', code: 'from fastapi import FastAPI\napp = FastAPI()\n@app.middleware‸("http")\nasync def m(request, call_next): pass', expect: 'FastAPI.middleware' },
      { name: 'an exception handler decorator', code: 'from fastapi import FastAPI\napp = FastAPI()\n@app.exception_handler‸(E)\nasync def h(request, exc): pass', expect: 'FastAPI.exception_handler' },
      { name: 'dependency_overrides', code: 'from fastapi import FastAPI\napp.dependency_overrides‸[get_db] = fake', expect: 'FastAPI.dependency_overrides' },
      { name: 'a method definition in a class', code: 'from rest_framework import permissions\nclass P(permissions.BasePermission):\n    def has_object_permission‸(self, r, v, o): pass', expect: 'BasePermission.has_object_permission' },
      { name: 'a decorated method definition', code: 'from rest_framework import permissions\nclass P:\n    @staticmethod\n    def has_object_permission‸(r, v, o): pass', expect: 'BasePermission.has_object_permission' },
      { name: 'a module-level def of that name', code: 'from rest_framework import permissions\ndef has_object_permission‸(r): pass', expect: undefined },
      { name: 'a prefix pattern (validate_*)', code: 'from rest_framework import serializers\nclass S(serializers.Serializer):\n    def validate_title‸(self, v): return v', expect: 'Serializer.validate_<field>' },
      { name: 'validate itself is not validate_*', code: 'from rest_framework import serializers\nclass S(serializers.Serializer):\n    def validate‸(self, attrs): return attrs', expect: undefined },
      { name: 'a class-body assignment', code: 'from rest_framework import generics\nclass V(generics.ListAPIView):\n    permission_classes‸ = [X]', expect: 'APIView.permission_classes' },
      { name: 'an annotated class-body assignment', code: 'from rest_framework import generics\nclass V:\n    permission_classes‸: list = [X]', expect: 'APIView.permission_classes' },
      { name: 'a module-level assignment', code: 'from rest_framework import generics\npermission_classes‸ = []', expect: undefined },
      { name: 'the decorator of the same name is a symbol', code: 'from rest_framework.decorators import permission_classes\n@permission_classes‸([X])\ndef v(r): pass', expect: 'rest_framework.decorators.permission_classes' },
      { name: 'a keyword argument of a decorator call', code: 'from rest_framework.decorators import action\n@action(detail=True, permission_classes‸=[X])\ndef f(self): pass', expect: 'APIView.permission_classes' },
      { name: 'bind=True', code: 'from celery import shared_task\n@shared_task(bind‸=True)\ndef t(self): pass', expect: 'task(bind=True)' },
      { name: 'lifespan=', code: 'from fastapi import FastAPI\napp = FastAPI(lifespan‸=lifespan)', expect: 'FastAPI(lifespan=...)' },
      { name: 'bind= outside celery files', code: 'from functools import partial\npartial(f, bind‸=True)', expect: undefined },
      { name: 'self.retry', code: 'from celery import shared_task\ndef t(self, e):\n    raise self.retry‸(exc=e)', expect: 'Task.retry' },
      { name: 'task.delay', code: 'from celery import shared_task\nfrom .tasks import charge\ncharge.delay‸(1)', expect: 'Task.delay' },
      { name: 'task.delay without celery', code: 'from .tasks import charge\ncharge.delay‸(1)', expect: undefined },
      { name: 'model_dump', code: 'from pydantic import BaseModel\nitem.model_dump‸()', expect: 'BaseModel.model_dump' },
    ]);
  });

  describe('concept terms', () => {
    runCases([
      { name: 'in a comment', code: '# the GIL‸ blocks threads', expect: 'GIL' },
      { name: 'at the start of the word', code: '# the ‸GIL blocks threads', expect: 'GIL' },
      { name: 'in a docstring', code: 'def f():\n    """Holds the GIL‸."""', expect: 'GIL' },
      { name: 'in the text of an f-string', code: 'x = f"GIL‸ {y}"', expect: 'GIL' },
      { name: 'a longer spelling', code: '# holds the global interpreter lock‸', expect: 'GIL' },
      { name: 'a plain identifier', code: 'GIL‸ = None', expect: 'GIL' },
      { name: 'N+1', code: '# avoid N+1‸ queries', expect: 'N+1 queries' },
      { name: 'CSRF', code: '# send the CSRF‸ token', expect: 'CSRF' },
      { name: 'idempotency', code: '"""Idempotency‸ keys"""', expect: 'idempotent' },
      { name: 'call_next as a parameter', code: 'from fastapi import Request\nasync def mw(request: Request, call_next‸): pass', expect: 'call_next' },
      { name: 'part of a longer word', code: '# GILs‸ everywhere', expect: undefined },
      { name: 'another case', code: '# the gil‸', expect: undefined },
      { name: 'N+10 is not N+1', code: '# N+1‸0', expect: undefined },
      { name: 'inside an identifier', code: '# csrf_token‸ and CSRF_COOKIE', expect: undefined },
      { name: 'an imported name is never a concept', code: 'from mylib import GIL\nGIL‸', expect: undefined },
      { name: 'an attribute is not a plain identifier', code: 'x.GIL‸', expect: undefined },
    ]);
  });

  describe('the framework filter', () => {
    runCases([
      { name: 'django term, django enabled', code: 'from django.db.models import Q\nQ‸()', frameworks: ['django'], expect: 'django.db.models.Q' },
      { name: 'django term, only fastapi enabled', code: 'from django.db.models import Q\nQ‸()', frameworks: ['fastapi'], expect: undefined },
      { name: 'rest_framework maps to drf', code: 'from rest_framework.response import Response\nResponse‸()', frameworks: ['drf'], expect: 'rest_framework.response.Response' },
      { name: 'rest_framework is not django', code: 'from rest_framework.response import Response\nResponse‸()', frameworks: ['django'], expect: undefined },
      { name: 'starlette maps to fastapi', code: 'from starlette.middleware.cors import CORSMiddleware\nCORSMiddleware‸', frameworks: ['fastapi'], expect: 'fastapi.middleware.cors.CORSMiddleware' },
      { name: 'pydantic_settings maps to pydantic', code: 'from pydantic_settings import BaseSettings\nBaseSettings‸', frameworks: ['pydantic'], expect: 'pydantic_settings.BaseSettings' },
      { name: 'asgiref maps to django', code: 'from asgiref.sync import sync_to_async\nsync_to_async‸(f)', frameworks: ['django'], expect: 'asgiref.sync.sync_to_async' },
      { name: 'asyncio maps to python', code: 'import asyncio\nasyncio.gather‸()', frameworks: ['python'], expect: 'asyncio.gather' },
      { name: 'a member required by django or drf, drf enabled', code: 'import django\nqs.values‸()', frameworks: ['drf'], expect: 'QuerySet.values' },
      { name: 'a member, neither enabled', code: 'import django\nqs.values‸()', frameworks: ['flask'], expect: undefined },
      { name: 'a concept counts as python', code: '# GIL‸', frameworks: ['python'], expect: 'GIL' },
      { name: 'a concept with python disabled', code: '# GIL‸', frameworks: ['django'], expect: undefined },
    ]);
  });

  describe('the traps of glossary.md give no hover', () => {
    runCases([
      { name: 'Q from elasticsearch_dsl', code: 'from elasticsearch_dsl import Q\nQ‸("match", a=1)', expect: undefined },
      { name: 'torch F', code: 'import torch.nn.functional as F\nF‸.relu(x)', expect: undefined },
      { name: 'an attribute of torch F', code: 'import torch.nn.functional as F\nF.relu‸(x)', expect: undefined },
      { name: 'pyspark F', code: 'from pyspark.sql import functions as F\nF‸.col("a")', expect: undefined },
      { name: 'pathlib Path', code: 'from pathlib import Path\nPath‸("x")', expect: undefined },
      { name: 'os.path', code: 'import os\nos.path‸.join(a)', expect: undefined },
      { name: 'from os import path', code: 'from os import path\npath‸.join(a)', expect: undefined },
      { name: 'builtin sum', code: 'from django.db.models import Sum\nsum‸(x)', expect: undefined },
      { name: 'builtin max', code: 'from django.db.models import Max\nmax‸(x)', expect: undefined },
      { name: 'builtin min', code: 'from django.db.models import Min\nmin‸(x)', expect: undefined },
      { name: 'stdlib signal', code: 'import signal\nsignal.signal‸(signal.SIGINT, h)', expect: undefined },
      { name: 'blinker Signal', code: 'from blinker import Signal\nSignal‸()', expect: undefined },
      { name: 'functools.cache', code: 'from functools import cache\n@cache‸\ndef f(): pass', expect: undefined },
      { name: 'django cached_property', code: 'from django.utils.functional import cached_property\n@cached_property‸\ndef f(self): pass', expect: undefined },
      { name: 'flask redirect', code: 'from flask import redirect\nredirect‸("/")', expect: undefined },
      { name: 'requests.Session', code: 'import requests\ns = requests.Session‸()', expect: undefined },
      { name: 'requests Session imported', code: 'from requests import Session\nSession‸()', expect: undefined },
      { name: 'a requests session variable', code: 'import requests\nsession = requests.Session()\nsession‸.get(u)', expect: undefined },
      { name: 'a parameter named session', code: 'from flask import session\ndef f(session):\n    session‸.add(x)', expect: undefined },
      { name: 'flask_login login_required', code: 'from flask_login import login_required\n@login_required‸\ndef v(): pass', expect: undefined },
      { name: 'starlette JSONResponse', code: 'from starlette.responses import JSONResponse\nJSONResponse‸({})', expect: undefined },
      { name: 'DRF reverse', code: 'from rest_framework.reverse import reverse\nreverse‸("x")', expect: undefined },
      { name: 'builtin reversed', code: 'from django.urls import reverse\nreversed‸(x)', expect: undefined },
      { name: 'werkzeug HTTPException', code: 'from werkzeug.exceptions import HTTPException\nraise HTTPException‸()', expect: undefined },
      { name: 'starlette BackgroundTask', code: 'from starlette.background import BackgroundTask\nBackgroundTask‸(f)', expect: undefined },
      { name: 'django test Client', code: 'from django.test import Client\nClient‸()', expect: undefined },
      { name: 'sqlalchemy ForeignKey', code: 'from sqlalchemy import ForeignKey\nForeignKey‸("a.id")', expect: undefined },
      { name: 'sqlalchemy exists()', code: 'import django\nfrom sqlalchemy import exists\nexists‸()', expect: undefined },
      { name: 'django.core.serializers', code: 'from django.core import serializers\nserializers.Serializer‸', expect: undefined },
      { name: 'kombu Queue', code: 'from kombu import Queue\nQueue‸("q")', expect: undefined },
      { name: 'starlette Request', code: 'from starlette.requests import Request\nRequest‸', expect: undefined },
      { name: 'requests Response', code: 'from requests import Response\nResponse‸', expect: undefined },
      { name: 'dict.values() on a literal', code: 'from django.db import models\n{}.values‸()', expect: undefined },
    ]);
  });

  describe('generic member names (receiver: queryset) need a receiver shown to be a queryset', () => {
    runCases([
      { name: 'a default manager', code: 'import django\nBook.objects.values‸("id")', expect: 'QuerySet.values' },
      { name: 'through a chain of calls', code: 'import django\nBook._default_manager.using(db).filter(a=1).exists‸()', expect: 'QuerySet.exists' },
      { name: 'get_queryset()', code: 'import django\nclass V:\n    def get(self):\n        return self.get_queryset().filter(a=1).values‸("id")', expect: 'QuerySet.values' },
      { name: 'super().get_queryset()', code: 'import django\nclass A:\n    def get_queryset(self, request):\n        return super().get_queryset(request).only‸("id")', expect: 'QuerySet.only' },
      { name: 'a name ending in _qs', code: 'import django\nactive_qs.exists‸()', expect: 'QuerySet.exists' },
      { name: 'a parameter annotated QuerySet', code: 'import django\ndef f(books: QuerySet):\n    return books.values‸("id")', expect: 'QuerySet.values' },
      { name: 'a parameter annotated models.QuerySet', code: 'from django.db import models\ndef f(books: models.QuerySet):\n    return books.iterator‸()', expect: 'QuerySet.iterator' },
      { name: 'a parameter annotated QuerySet[Book]', code: 'from django.db.models import QuerySet\ndef f(books: QuerySet[Book]):\n    return books.exists‸()', expect: 'QuerySet.exists' },
      { name: 'an annotated assignment', code: 'import django\nbooks: QuerySet[Book] = load()\nbooks.values‸("id")', expect: 'QuerySet.values' },
      { name: 'a parameter annotated Optional[...]', code: 'import django\ndef f(books: Optional[Shelf]):\n    return books.values‸()', expect: undefined },
      { name: 'two assignments away from a manager', code: 'import django\na = Book.objects.filter(x=1)\nb = a.exclude(y=2)\nb.aggregate‸(n=1)', expect: 'QuerySet.aggregate' },
      { name: 'a self attribute set from a manager in the class body', code: 'import django\nclass V:\n    books = Book.objects.all()\n    def get(self):\n        return self.books.defer‸("body")', expect: 'QuerySet.defer' },
      { name: 'a dict attribute of self', code: 'import django\nclass Apps:\n    def m(self):\n        return self.app_configs.values‸()', expect: undefined },
      { name: 'a dict attribute of a parameter', code: 'import django\ndef f(form):\n    return form.errors.values‸()', expect: undefined },
      { name: 'a storage', code: 'import django\ndef f(storage):\n    return storage.exists‸("x")', expect: undefined },
      { name: 'a sql.Query', code: 'import django\nclass E:\n    def m(self):\n        return self.query.exists‸(using="default")', expect: undefined },
      { name: 'a context manager named bulk_update', code: 'import django\nwith apps.bulk_update‸():\n    pass', expect: undefined },
      { name: 'matplotlib annotate', code: 'import django\ndef plot(ax):\n    ax.annotate‸("peak", xy=(1, 2))', expect: undefined },
      { name: 'in_bulk returns a dict', code: 'import django\nBook.objects.in_bulk(ids).values‸()', expect: undefined },
      { name: 'get returns a row', code: 'import django\nBook.objects.get(pk=1).values‸()', expect: undefined },
      { name: 'a queryset among the arguments is not the receiver', code: 'import django\ndict(zip(qs, names)).values‸()', expect: undefined },
      { name: 'a name rebound from itself ends the search', code: 'import django\ndef f(x):\n    x = x.filter(a=1)\n    return x.values‸()', expect: undefined },
    ]);
  });

  describe('DRF names Django forms and fields share (receiver: serializer) need a serializer', () => {
    const DRF = 'from rest_framework import serializers\n';
    runCases([
      { name: 'a variable named serializer', code: `${DRF}def f(request):\n    serializer = make(request.data)\n    serializer.is_valid‸(raise_exception=True)`, expect: 'Serializer.is_valid' },
      { name: 'get_serializer()', code: `${DRF}class V:\n    def post(self, request):\n        s = self.get_serializer(data=request.data)\n        s.is_valid‸()`, expect: 'Serializer.is_valid' },
      { name: 'a serializer class called', code: `${DRF}BookSerializer(data=d).is_valid‸()`, expect: 'Serializer.is_valid' },
      { name: 'validate_<field> in a serializer class', code: `${DRF}class BookSerializer(serializers.ModelSerializer):\n    def validate_title‸(self, value):\n        return value`, expect: 'Serializer.validate_<field>' },
      { name: 'validate_<field> through a base class in the file', code: `${DRF}class Base(serializers.Serializer):\n    pass\nclass Book(Base):\n    def validate_title‸(self, value):\n        return value`, expect: 'Serializer.validate_<field>' },
      { name: 'a Django form in a DRF file', code: `${DRF}def f(request):\n    form = BookForm(request.POST)\n    return form.is_valid‸()`, expect: undefined },
      { name: 'validate_<name> in a DRF field class', code: `${DRF}class Precise(serializers.DecimalField):\n    def validate_precision‸(self, value):\n        return value`, expect: undefined },
      { name: 'validate_<name> in a plain class', code: `${DRF}class Checker:\n    def validate_empty_values‸(self, data):\n        return data`, expect: undefined },
      { name: 'a metaclass keyword is not a base', code: `${DRF}class Checker(metaclass=SerializerMeta):\n    def validate_x‸(self, data):\n        return data`, expect: undefined },
    ]);
  });

  describe('bind= (receiver: celery-task) only in a call of a Celery task decorator', () => {
    const CELERY = 'from celery import shared_task\nfrom sqlalchemy.orm import sessionmaker\n';
    runCases([
      { name: '@shared_task(bind=True)', code: `${CELERY}@shared_task(bind‸=True)\ndef f(self):\n    pass`, expect: 'task(bind=True)' },
      { name: '@app.task(bind=True)', code: `${CELERY}@app.task(bind‸=True, max_retries=3)\ndef f(self):\n    pass`, expect: 'task(bind=True)' },
      { name: 'app.task(bind=True)(f)', code: `${CELERY}send = app.task(bind‸=True)(send_email)`, expect: 'task(bind=True)' },
      { name: 'sessionmaker(bind=engine)', code: `${CELERY}Session = sessionmaker(bind‸=engine)`, expect: undefined },
      { name: 'a decorator that is not a task', code: `${CELERY}@retrying(bind‸=True)\ndef f(self):\n    pass`, expect: undefined },
    ]);
  });

  describe('concepts with requires (call_next) only in files that import one of them', () => {
    runCases([
      { name: 'call_next in a FastAPI middleware', code: 'from fastapi import FastAPI\nasync def timing(request, call_next):\n    return await call_next‸(request)', expect: 'call_next' },
      { name: 'call_next in a Starlette middleware', code: 'from starlette.middleware.base import BaseHTTPMiddleware\nasync def dispatch(self, request, call_next‸):\n    pass', expect: 'call_next' },
      { name: 'a local function named call_next elsewhere', code: 'import asyncio\ndef call_next‸(gen):\n    return next(gen)', expect: undefined },
      { name: 'in a comment of a file without FastAPI', code: 'import asyncio\n# then call_next‸ runs', expect: undefined },
    ]);
  });

  describe('resolveAt and resolveAll', () => {
    it('returns the name as written and its offsets', () => {
      const { text, offset } = withCursor('from fastapi import Depends as D\ndef f(x=D‸(g)): pass');
      const hit = resolveAt(analyzePython(text), offset, glossaryIndex());
      assert.ok(hit);
      assert.equal(hit.nameAsWritten, 'D');
      assert.equal(hit.noteId, 'glossary-fastapi-and-pydantic');
      assert.equal(text.slice(hit.start, hit.end), 'D');
      assert.deepEqual(hit.term, { kind: 'symbol', name: 'Depends', module: 'fastapi' });
    });

    it('gives the concept word\'s range inside a comment', () => {
      const { text, offset } = withCursor('x = 1  # the GI‸L again');
      const hit = resolveAt(analyzePython(text), offset, glossaryIndex());
      assert.ok(hit);
      assert.equal(text.slice(hit.start, hit.end), 'GIL');
    });

    it('lists every hover of a file in order', () => {
      const text = 'from django.db.models import Q, F\n# N+1 here\nqs.filter(Q(a=1)).values(b=F("c"))\n';
      assert.deepEqual(hoversIn(text), [
        'Q=django.db.models.Q', 'F=django.db.models.F', 'N+1=N+1 queries', 'Q=django.db.models.Q',
        'values=QuerySet.values', 'F=django.db.models.F',
      ]);
    });

    it('finds nothing with an empty index', () => {
      const empty = buildTermIndex([]);
      assert.deepEqual(hoversIn('from django.db.models import Q\n# GIL\nQ()', undefined, empty), []);
    });

    it('finds nothing outside identifiers, comments and strings', () => {
      const { text, offset } = withCursor('from django.db.models import Q\nQ(a=1) ‸+ 2');
      assert.equal(resolveAt(analyzePython(text), offset, glossaryIndex()), undefined);
    });

    it('is the same hover whether asked at a position or listed', () => {
      const text = 'from django.db import models, transaction\n@transaction.atomic\ndef f(qs):\n    return qs.select_related("a"), models.Q()\n';
      const doc = analyzePython(text);
      for (const hit of resolveAll(doc, glossaryIndex())) {
        for (let o = hit.start; o < hit.end; o++) assert.equal(resolveAt(doc, o, glossaryIndex())?.qualifiedName, hit.qualifiedName);
      }
    });
  });
});
