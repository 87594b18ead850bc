import * as assert from 'node:assert/strict';
import { parsePython } from '../../../src/core/python/pythonParser';
import { collectImports, importedModulePaths, isModuleUnder, type ImportRecord } from '../../../src/core/python/pythonImports';

type Summary = Pick<ImportRecord, 'kind' | 'module' | 'level'> & { local?: string; path?: string; module_?: boolean };

function importsOf(text: string): Summary[] {
  return collectImports(parsePython(text), text).map((r) => ({
    kind: r.kind,
    module: r.module,
    level: r.level,
    ...(r.localName !== undefined ? { local: r.localName } : {}),
    ...(r.boundPath !== undefined ? { path: r.boundPath } : {}),
    ...(r.bindsModule ? { module_: true } : {}),
  }));
}

describe('pythonImports', () => {
  const cases: { name: string; code: string; expect: Summary[] }[] = [
    { name: 'import a.b', code: 'import django.db.models', expect: [{ kind: 'module', module: 'django.db.models', level: 0, local: 'django', path: 'django', module_: true }] },
    { name: 'import a.b as c', code: 'import django.db.models as m', expect: [{ kind: 'module', module: 'django.db.models', level: 0, local: 'm', path: 'django.db.models', module_: true }] },
    {
      name: 'import a, b as c', code: 'import os, numpy as np',
      expect: [
        { kind: 'module', module: 'os', level: 0, local: 'os', path: 'os', module_: true },
        { kind: 'module', module: 'numpy', level: 0, local: 'np', path: 'numpy', module_: true },
      ],
    },
    { name: 'from x import y as z', code: 'from fastapi import Depends as D', expect: [{ kind: 'from', module: 'fastapi', level: 0, local: 'D', path: 'fastapi.Depends' }] },
    {
      name: 'parenthesised multi-line with a trailing comma', code: 'from django.db.models import (\n    Q,\n    F as G,  # comment\n)',
      expect: [
        { kind: 'from', module: 'django.db.models', level: 0, local: 'Q', path: 'django.db.models.Q' },
        { kind: 'from', module: 'django.db.models', level: 0, local: 'G', path: 'django.db.models.F' },
      ],
    },
    { name: 'relative import', code: 'from .models import Book', expect: [{ kind: 'from', module: 'models', level: 1, local: 'Book' }] },
    { name: 'relative import of a sibling module', code: 'from . import views', expect: [{ kind: 'from', module: '', level: 1, local: 'views' }] },
    { name: 'three dots', code: 'from ...core import x', expect: [{ kind: 'from', module: 'core', level: 3, local: 'x' }] },
    { name: 'four dots', code: 'from .... import x', expect: [{ kind: 'from', module: '', level: 4, local: 'x' }] },
    { name: 'star import', code: 'from django.db.models import *', expect: [{ kind: 'star', module: 'django.db.models', level: 0 }] },
    {
      name: 'inside try/except and if TYPE_CHECKING', code: 'try:\n    import ujson as json\nexcept ImportError:\n    import json\nif TYPE_CHECKING:\n    from a import B',
      expect: [
        { kind: 'module', module: 'ujson', level: 0, local: 'json', path: 'ujson', module_: true },
        { kind: 'module', module: 'json', level: 0, local: 'json', path: 'json', module_: true },
        { kind: 'from', module: 'a', level: 0, local: 'B', path: 'a.B' },
      ],
    },
    { name: 'inside a function', code: 'def f():\n    from a.b import c\n    return c', expect: [{ kind: 'from', module: 'a.b', level: 0, local: 'c', path: 'a.b.c' }] },
    { name: 'an unfinished from-import', code: 'from django.db.models', expect: [] },
    { name: 'an unfinished name list', code: 'from django.db.models import (Q,', expect: [{ kind: 'from', module: 'django.db.models', level: 0, local: 'Q', path: 'django.db.models.Q' }] },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => assert.deepEqual(importsOf(c.code), c.expect));
  }

  it('records where the imported and the bound names are', () => {
    const text = 'from fastapi import Depends as D';
    const [r] = collectImports(parsePython(text), text);
    assert.ok(r);
    assert.equal(text.slice(r.nameFrom, r.nameTo), 'Depends');
    assert.equal(text.slice(r.localFrom, r.localTo), 'D');
  });

  it('lists the modules a file imports, with from-imported names as possible submodules', () => {
    const text = 'import os.path\nfrom django.db import models\nfrom . import x\nfrom rest_framework.decorators import *';
    assert.deepEqual([...importedModulePaths(collectImports(parsePython(text), text))].sort(), [
      'django.db', 'django.db.models', 'os.path', 'rest_framework.decorators',
    ]);
  });

  it('compares dotted paths by components', () => {
    assert.equal(isModuleUnder('django.db.models', 'django'), true);
    assert.equal(isModuleUnder('django', 'django'), true);
    assert.equal(isModuleUnder('djangox', 'django'), false);
    assert.equal(isModuleUnder('django_filters', 'django'), false);
    assert.equal(isModuleUnder('pydantic_settings', 'pydantic'), false);
    assert.equal(isModuleUnder('django', 'django.db'), false);
  });
});
