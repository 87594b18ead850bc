// A fixed catalog for ranking tests: realistic titles, terms and phrasings, no bodies.
import { Catalog } from '../../../src/core/catalog/catalog';
import { CATALOG_FORMAT, type Note, type Term } from '../../../src/core/catalog/catalogTypes';

interface Spec {
  id: string;
  title: string;
  area: string;
  topic: string;
  summary: string;
  asked?: string[];
  aliases?: string[];
  terms?: Term[];
}

const specs: Spec[] = [
  { id: 'n-plus-one-problem', title: 'The N+1 query problem', area: 'django', topic: 'django-orm', summary: 'One query for a list plus one per row; fix with select_related or prefetch_related.', asked: ['What is the N+1 problem?'], aliases: ['n plus one'], terms: [{ kind: 'concept', name: 'N+1', spellings: ['N+1'] }] },
  { id: 'select-related-vs-prefetch-related', title: 'select_related vs prefetch_related', area: 'django', topic: 'django-orm', summary: 'A JOIN for single-valued relations; a second query for many-valued ones.', asked: ['When do you use prefetch_related?'], terms: [{ kind: 'member', name: 'select_related', requires: ['django'], shapes: ['call'] }, { kind: 'member', name: 'prefetch_related', requires: ['django'], shapes: ['call'] }, { kind: 'symbol', name: 'Prefetch', module: 'django.db.models' }] },
  { id: 'q-objects', title: 'Q objects', area: 'django', topic: 'django-orm', summary: 'Combine filter conditions with OR, AND and NOT.', asked: ['How do you write an OR query in Django?'], terms: [{ kind: 'symbol', name: 'Q', module: 'django.db.models' }] },
  { id: 'csrf-protection', title: 'CSRF and how Django protects against it', area: 'django', topic: 'django-security', summary: 'A secret token in forms and a cookie that a cross-site request cannot read.', asked: ['How does the CSRF token work?'], aliases: ['cross-site request forgery', 'csrf token'], terms: [{ kind: 'symbol', name: 'csrf_exempt', module: 'django.views.decorators.csrf' }] },
  { id: 'fastapi-dependency-injection', title: 'Dependency injection with Depends', area: 'fastapi', topic: 'fastapi-dependencies', summary: 'Declare what a path operation needs; FastAPI calls the dependency, caches it per request and cleans up after yield.', asked: ['How does Depends work?', 'How do you close a database session after the request?'], terms: [{ kind: 'symbol', name: 'Depends', module: 'fastapi' }] },
  { id: 'fastapi-background-tasks', title: 'BackgroundTasks in FastAPI', area: 'fastapi', topic: 'fastapi-dependencies', summary: 'Run a small function after the response is sent, in the same process.', terms: [{ kind: 'symbol', name: 'BackgroundTasks', module: 'fastapi' }] },
  { id: 'the-gil', title: 'The GIL', area: 'python', topic: 'python-concurrency', summary: 'The global interpreter lock lets one thread run Python bytecode at a time in CPython.', asked: ['What is the GIL?'], aliases: ['global interpreter lock'], terms: [{ kind: 'concept', name: 'GIL', spellings: ['GIL'] }] },
  { id: 'put-vs-patch', title: 'PUT vs PATCH', area: 'apis', topic: 'rest-design', summary: 'PUT replaces the resource and is idempotent; PATCH applies a partial change.', asked: ['What is the difference between PUT and PATCH?'] },
  { id: 'django-signals', title: 'Django signals', area: 'django', topic: 'django-request', summary: 'Decoupled hooks such as post_save that run synchronously in the same transaction.', terms: [{ kind: 'symbol', name: 'post_save', module: 'django.db.models.signals' }] },
  { id: 'orm-performance', title: 'ORM performance', area: 'django', topic: 'django-orm', summary: 'only/defer, Prefetch objects, indexes, explain() and counting queries in tests.', asked: ['How do you speed up slow Django queries?'] },
];

export function searchCatalog(): Catalog {
  const areaLabels: Record<string, string> = { django: 'Django', fastapi: 'FastAPI and Pydantic', python: 'Python', apis: 'APIs and security' };
  const notes: Note[] = specs.map((spec) => ({
    id: spec.id, title: spec.title, areaId: spec.area, topicId: spec.topic, summary: spec.summary,
    asked: spec.asked ?? [], aliases: spec.aliases ?? [], terms: spec.terms ?? [], related: [], docs: [],
    versions: {}, quiz: [], html: '', text: '', source: `content/${spec.area}/${spec.id}.md`,
  }));
  const topicIds = [...new Set(specs.map((s) => s.topic))];
  return new Catalog({
    format: CATALOG_FORMAT,
    areas: Object.entries(areaLabels).map(([id, label]) => ({ id, label, topicIds: topicIds.filter((t) => specs.find((s) => s.topic === t)!.area === id) })),
    topics: topicIds.map((id) => ({ id, label: id, areaId: specs.find((s) => s.topic === id)!.area, noteIds: specs.filter((s) => s.topic === id).map((s) => s.id) })),
    notes,
  });
}
