// Every hover identifier of glossary.md as the TermSpec that notes put in their front
// matter (`terms:`), grouped by the glossary's sections. Note authors copy these specs;
// a catalog-wide test checks that each one is claimed by exactly one note.
//
// Module paths are the documented import locations. `alsoFrom` lists other real
// locations of the same object that code commonly imports from (Django's own source
// imports Q from django.db.models.query_utils, old code imports include from
// django.conf.urls, pydantic v1 code imports BaseSettings from pydantic).
//
// Member `requires`: the file must import something under one of these packages.
// Django ORM methods also count in DRF files, which often import only rest_framework
// and the app's own models.
import type { TermSpec } from '../../../src/core/content/noteSchema';

export interface GlossarySection {
  readonly section: string;
  readonly terms: readonly TermSpec[];
}

const DJANGO_ORM = ['django', 'rest_framework'];
const DRF = ['rest_framework'];
const FASTAPI = ['fastapi'];
const PYDANTIC = ['pydantic', 'fastapi'];
const CELERY = ['celery'];

export const glossarySections: readonly GlossarySection[] = [
  {
    section: 'Django ORM',
    terms: [
      { kind: 'member', name: 'select_related', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.select_related' },
      { kind: 'member', name: 'prefetch_related', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.prefetch_related' },
      { kind: 'symbol', name: 'Prefetch', module: 'django.db.models', alsoFrom: ['django.db.models.query'] },
      { kind: 'symbol', name: 'Q', module: 'django.db.models', alsoFrom: ['django.db.models.query_utils'] },
      { kind: 'symbol', name: 'F', module: 'django.db.models', alsoFrom: ['django.db.models.expressions'] },
      { kind: 'member', name: 'annotate', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.annotate', receiver: 'queryset' },
      { kind: 'member', name: 'aggregate', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.aggregate', receiver: 'queryset' },
      { kind: 'symbol', name: 'Count', module: 'django.db.models', alsoFrom: ['django.db.models.aggregates'] },
      { kind: 'symbol', name: 'Sum', module: 'django.db.models', alsoFrom: ['django.db.models.aggregates'] },
      { kind: 'symbol', name: 'Avg', module: 'django.db.models', alsoFrom: ['django.db.models.aggregates'] },
      { kind: 'symbol', name: 'Max', module: 'django.db.models', alsoFrom: ['django.db.models.aggregates'] },
      { kind: 'symbol', name: 'Min', module: 'django.db.models', alsoFrom: ['django.db.models.aggregates'] },
      { kind: 'symbol', name: 'Subquery', module: 'django.db.models', alsoFrom: ['django.db.models.expressions'] },
      { kind: 'symbol', name: 'OuterRef', module: 'django.db.models', alsoFrom: ['django.db.models.expressions'] },
      { kind: 'symbol', name: 'Exists', module: 'django.db.models', alsoFrom: ['django.db.models.expressions'] },
      { kind: 'member', name: 'values', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.values', receiver: 'queryset' },
      { kind: 'member', name: 'values_list', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.values_list' },
      { kind: 'member', name: 'get_or_create', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.get_or_create' },
      { kind: 'member', name: 'update_or_create', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.update_or_create' },
      { kind: 'member', name: 'bulk_create', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.bulk_create' },
      { kind: 'member', name: 'bulk_update', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.bulk_update', receiver: 'queryset' },
      { kind: 'member', name: 'select_for_update', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.select_for_update' },
      { kind: 'member', name: 'only', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.only', receiver: 'queryset' },
      { kind: 'member', name: 'defer', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.defer', receiver: 'queryset' },
      { kind: 'member', name: 'exists', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.exists', receiver: 'queryset' },
      { kind: 'member', name: 'iterator', requires: DJANGO_ORM, shapes: ['call'], label: 'QuerySet.iterator', receiver: 'queryset' },
      { kind: 'symbol', name: 'atomic', module: 'django.db.transaction' },
      { kind: 'symbol', name: 'on_commit', module: 'django.db.transaction' },
      { kind: 'symbol', name: 'ForeignKey', module: 'django.db.models', alsoFrom: ['django.db.models.fields.related'] },
      { kind: 'symbol', name: 'OneToOneField', module: 'django.db.models', alsoFrom: ['django.db.models.fields.related'] },
      { kind: 'symbol', name: 'ManyToManyField', module: 'django.db.models', alsoFrom: ['django.db.models.fields.related'] },
      // Field (!): three different classes, resolved by import.
      { kind: 'symbol', name: 'Field', module: 'django.db.models', alsoFrom: ['django.db.models.fields'] },
      { kind: 'symbol', name: 'Field', module: 'pydantic', alsoFrom: ['pydantic.fields'] },
      { kind: 'symbol', name: 'Field', module: 'rest_framework.serializers', alsoFrom: ['rest_framework.fields'] },
    ],
  },
  {
    section: 'Django: signals, views, HTTP, auth, cache, async',
    terms: [
      { kind: 'symbol', name: 'pre_save', module: 'django.db.models.signals' },
      { kind: 'symbol', name: 'post_save', module: 'django.db.models.signals' },
      { kind: 'symbol', name: 'post_delete', module: 'django.db.models.signals' },
      { kind: 'symbol', name: 'm2m_changed', module: 'django.db.models.signals' },
      { kind: 'symbol', name: 'receiver', module: 'django.dispatch', alsoFrom: ['django.dispatch.dispatcher'] },
      { kind: 'symbol', name: 'Signal', module: 'django.dispatch', alsoFrom: ['django.dispatch.dispatcher'] },
      { kind: 'symbol', name: 'JsonResponse', module: 'django.http', alsoFrom: ['django.http.response'] },
      { kind: 'symbol', name: 'render', module: 'django.shortcuts' },
      { kind: 'symbol', name: 'redirect', module: 'django.shortcuts' },
      { kind: 'symbol', name: 'get_object_or_404', module: 'django.shortcuts' },
      { kind: 'symbol', name: 'reverse', module: 'django.urls' },
      { kind: 'symbol', name: 'path', module: 'django.urls' },
      { kind: 'symbol', name: 're_path', module: 'django.urls' },
      { kind: 'symbol', name: 'include', module: 'django.urls', alsoFrom: ['django.conf.urls'] },
      { kind: 'symbol', name: 'login_required', module: 'django.contrib.auth.decorators' },
      { kind: 'symbol', name: 'permission_required', module: 'django.contrib.auth.decorators' },
      { kind: 'symbol', name: 'LoginRequiredMixin', module: 'django.contrib.auth.mixins' },
      { kind: 'symbol', name: 'csrf_exempt', module: 'django.views.decorators.csrf' },
      { kind: 'symbol', name: 'csrf_protect', module: 'django.views.decorators.csrf' },
      { kind: 'symbol', name: 'cache_page', module: 'django.views.decorators.cache' },
      { kind: 'symbol', name: 'cache', module: 'django.core.cache' },
      { kind: 'symbol', name: 'sync_to_async', module: 'asgiref.sync' },
      { kind: 'symbol', name: 'async_to_sync', module: 'asgiref.sync' },
    ],
  },
  {
    section: 'Django REST framework',
    terms: [
      { kind: 'symbol', name: 'Serializer', module: 'rest_framework.serializers' },
      { kind: 'symbol', name: 'ModelSerializer', module: 'rest_framework.serializers' },
      { kind: 'member', name: 'is_valid', requires: DRF, shapes: ['call'], label: 'Serializer.is_valid', receiver: 'serializer' },
      { kind: 'member', name: 'validated_data', requires: DRF, shapes: ['attribute'], label: 'Serializer.validated_data' },
      { kind: 'member', name: 'validate_*', requires: DRF, shapes: ['definition'], label: 'Serializer.validate_<field>', receiver: 'serializer' },
      { kind: 'symbol', name: 'APIView', module: 'rest_framework.views' },
      { kind: 'symbol', name: 'api_view', module: 'rest_framework.decorators' },
      { kind: 'symbol', name: 'GenericAPIView', module: 'rest_framework.generics' },
      { kind: 'symbol', name: 'ListCreateAPIView', module: 'rest_framework.generics' },
      { kind: 'symbol', name: 'RetrieveUpdateDestroyAPIView', module: 'rest_framework.generics' },
      { kind: 'symbol', name: 'ViewSet', module: 'rest_framework.viewsets' },
      { kind: 'symbol', name: 'ModelViewSet', module: 'rest_framework.viewsets' },
      { kind: 'symbol', name: 'action', module: 'rest_framework.decorators' },
      { kind: 'symbol', name: 'DefaultRouter', module: 'rest_framework.routers' },
      { kind: 'symbol', name: 'SimpleRouter', module: 'rest_framework.routers' },
      // The class attribute (and the same override as a keyword of @action or as_view) ...
      { kind: 'member', name: 'permission_classes', requires: DRF, shapes: ['assignment', 'keyword'], label: 'APIView.permission_classes' },
      // ... and the decorator of function views.
      { kind: 'symbol', name: 'permission_classes', module: 'rest_framework.decorators' },
      { kind: 'symbol', name: 'IsAuthenticated', module: 'rest_framework.permissions' },
      { kind: 'symbol', name: 'IsAdminUser', module: 'rest_framework.permissions' },
      { kind: 'member', name: 'has_object_permission', requires: DRF, shapes: ['definition'], label: 'BasePermission.has_object_permission' },
      { kind: 'member', name: 'throttle_classes', requires: DRF, shapes: ['assignment', 'keyword'], label: 'APIView.throttle_classes' },
      { kind: 'symbol', name: 'throttle_classes', module: 'rest_framework.decorators' },
      { kind: 'symbol', name: 'AnonRateThrottle', module: 'rest_framework.throttling' },
      { kind: 'symbol', name: 'UserRateThrottle', module: 'rest_framework.throttling' },
      { kind: 'symbol', name: 'ScopedRateThrottle', module: 'rest_framework.throttling' },
      { kind: 'member', name: 'pagination_class', requires: DRF, shapes: ['assignment'], label: 'GenericAPIView.pagination_class' },
      { kind: 'symbol', name: 'PageNumberPagination', module: 'rest_framework.pagination' },
      { kind: 'symbol', name: 'CursorPagination', module: 'rest_framework.pagination' },
      // Response (!) and Request (!): DRF's; django.http, starlette, flask and requests
      // have their own, which get no hover unless a note claims them.
      { kind: 'symbol', name: 'Response', module: 'rest_framework.response' },
      { kind: 'symbol', name: 'Request', module: 'rest_framework.request' },
    ],
  },
  {
    section: 'FastAPI and Pydantic',
    terms: [
      { kind: 'symbol', name: 'FastAPI', module: 'fastapi' },
      { kind: 'symbol', name: 'APIRouter', module: 'fastapi' },
      { kind: 'symbol', name: 'Depends', module: 'fastapi' },
      { kind: 'symbol', name: 'Query', module: 'fastapi' },
      { kind: 'symbol', name: 'Path', module: 'fastapi' },
      { kind: 'symbol', name: 'Body', module: 'fastapi' },
      { kind: 'symbol', name: 'Header', module: 'fastapi' },
      { kind: 'symbol', name: 'Cookie', module: 'fastapi' },
      { kind: 'symbol', name: 'Form', module: 'fastapi' },
      { kind: 'symbol', name: 'File', module: 'fastapi' },
      { kind: 'symbol', name: 'UploadFile', module: 'fastapi' },
      { kind: 'symbol', name: 'HTTPException', module: 'fastapi', alsoFrom: ['fastapi.exceptions'] },
      { kind: 'symbol', name: 'RequestValidationError', module: 'fastapi.exceptions' },
      { kind: 'member', name: 'exception_handler', requires: FASTAPI, shapes: ['call'], label: 'FastAPI.exception_handler' },
      { kind: 'symbol', name: 'BackgroundTasks', module: 'fastapi' },
      { kind: 'member', name: 'middleware', requires: FASTAPI, shapes: ['call'], label: 'FastAPI.middleware' },
      // The conventional name of the middleware's second parameter: a plain local name,
      // which only a concept term can match.
      { kind: 'concept', name: 'call_next', spellings: ['call_next'], requires: ['fastapi', 'starlette'] },
      { kind: 'symbol', name: 'CORSMiddleware', module: 'fastapi.middleware.cors', alsoFrom: ['starlette.middleware.cors'] },
      { kind: 'member', name: 'lifespan', requires: FASTAPI, shapes: ['keyword'], label: 'FastAPI(lifespan=...)' },
      { kind: 'symbol', name: 'OAuth2PasswordBearer', module: 'fastapi.security' },
      { kind: 'symbol', name: 'Security', module: 'fastapi' },
      { kind: 'symbol', name: 'TestClient', module: 'fastapi.testclient', alsoFrom: ['starlette.testclient'] },
      { kind: 'member', name: 'dependency_overrides', requires: FASTAPI, shapes: ['attribute'], label: 'FastAPI.dependency_overrides' },
      { kind: 'symbol', name: 'BaseModel', module: 'pydantic' },
      { kind: 'symbol', name: 'field_validator', module: 'pydantic' },
      { kind: 'symbol', name: 'model_validator', module: 'pydantic' },
      // Pydantic v1's decorator, deprecated in v2 in favour of field_validator.
      { kind: 'symbol', name: 'validator', module: 'pydantic' },
      { kind: 'symbol', name: 'ConfigDict', module: 'pydantic' },
      { kind: 'member', name: 'model_dump', requires: PYDANTIC, shapes: ['call'], label: 'BaseModel.model_dump' },
      { kind: 'member', name: 'model_validate', requires: PYDANTIC, shapes: ['call'], label: 'BaseModel.model_validate' },
      // pydantic_settings in v2; pydantic.BaseSettings in v1 code.
      { kind: 'symbol', name: 'BaseSettings', module: 'pydantic_settings', alsoFrom: ['pydantic'] },
    ],
  },
  {
    section: 'Flask',
    terms: [
      { kind: 'symbol', name: 'url_for', module: 'flask' },
      { kind: 'symbol', name: 'Blueprint', module: 'flask' },
      { kind: 'symbol', name: 'session', module: 'flask' },
      { kind: 'symbol', name: 'g', module: 'flask' },
      { kind: 'symbol', name: 'request', module: 'flask' },
      { kind: 'symbol', name: 'current_app', module: 'flask' },
    ],
  },
  {
    section: 'SQLAlchemy, Celery',
    terms: [
      { kind: 'symbol', name: 'Session', module: 'sqlalchemy.orm' },
      { kind: 'symbol', name: 'sessionmaker', module: 'sqlalchemy.orm' },
      { kind: 'symbol', name: 'AsyncSession', module: 'sqlalchemy.ext.asyncio' },
      // sqlalchemy.future.select is the same function (kept from 1.4's 2.0-style API).
      { kind: 'symbol', name: 'select', module: 'sqlalchemy', alsoFrom: ['sqlalchemy.future'] },
      { kind: 'symbol', name: 'selectinload', module: 'sqlalchemy.orm' },
      { kind: 'symbol', name: 'joinedload', module: 'sqlalchemy.orm' },
      { kind: 'symbol', name: 'shared_task', module: 'celery' },
      { kind: 'member', name: 'bind', requires: CELERY, shapes: ['keyword'], label: 'task(bind=True)', receiver: 'celery-task' },
      { kind: 'member', name: 'retry', requires: CELERY, shapes: ['call'], label: 'Task.retry' },
      { kind: 'member', name: 'autoretry_for', requires: CELERY, shapes: ['keyword'], label: 'task(autoretry_for=...)' },
      { kind: 'member', name: 'delay', requires: CELERY, shapes: ['call'], label: 'Task.delay' },
      { kind: 'member', name: 'apply_async', requires: CELERY, shapes: ['call'], label: 'Task.apply_async' },
      { kind: 'symbol', name: 'crontab', module: 'celery.schedules' },
    ],
  },
  {
    section: 'Python concurrency and standard library',
    terms: [
      { kind: 'concept', name: 'GIL', spellings: ['GIL', 'global interpreter lock', 'Global Interpreter Lock'] },
      { kind: 'symbol', name: 'gather', module: 'asyncio' },
      { kind: 'symbol', name: 'create_task', module: 'asyncio' },
      { kind: 'symbol', name: 'TaskGroup', module: 'asyncio' },
      { kind: 'symbol', name: 'to_thread', module: 'asyncio' },
      // Lock (!), Semaphore (!), Queue (!): one term per module.
      { kind: 'symbol', name: 'Lock', module: 'asyncio' },
      { kind: 'symbol', name: 'Lock', module: 'threading' },
      { kind: 'symbol', name: 'Lock', module: 'multiprocessing' },
      { kind: 'symbol', name: 'Semaphore', module: 'asyncio' },
      { kind: 'symbol', name: 'Semaphore', module: 'threading' },
      { kind: 'symbol', name: 'Semaphore', module: 'multiprocessing' },
      { kind: 'symbol', name: 'Queue', module: 'asyncio' },
      { kind: 'symbol', name: 'Queue', module: 'queue' },
      { kind: 'symbol', name: 'Queue', module: 'multiprocessing' },
      { kind: 'symbol', name: 'ThreadPoolExecutor', module: 'concurrent.futures' },
      { kind: 'symbol', name: 'ProcessPoolExecutor', module: 'concurrent.futures' },
      { kind: 'symbol', name: 'Pool', module: 'multiprocessing', alsoFrom: ['multiprocessing.pool'] },
      { kind: 'symbol', name: 'lru_cache', module: 'functools' },
      { kind: 'symbol', name: 'cached_property', module: 'functools' },
      { kind: 'symbol', name: 'wraps', module: 'functools' },
      { kind: 'symbol', name: 'ContextVar', module: 'contextvars' },
    ],
  },
  {
    // Not a table of glossary.md: the concept words the hover issue names besides GIL.
    section: 'Concepts in comments and docstrings',
    terms: [
      { kind: 'concept', name: 'N+1 queries', spellings: ['N+1'] },
      { kind: 'concept', name: 'CSRF', spellings: ['CSRF'] },
      { kind: 'concept', name: 'WSGI', spellings: ['WSGI'] },
      { kind: 'concept', name: 'ASGI', spellings: ['ASGI'] },
      { kind: 'concept', name: 'idempotent', spellings: ['idempotent', 'idempotency', 'Idempotent', 'Idempotency'] },
    ],
  },
];

/** All terms, flattened in section order. */
export const glossaryTerms: readonly TermSpec[] = glossarySections.flatMap((s) => s.terms);

/** A stable key for a term: what a catalog test compares to check "claimed by exactly one note". */
export function termKey(term: TermSpec): string {
  switch (term.kind) {
    case 'symbol': return `symbol:${term.module}.${term.name}`;
    case 'member': return `member:${term.name}`;
    case 'concept': return `concept:${term.name}`;
  }
}
