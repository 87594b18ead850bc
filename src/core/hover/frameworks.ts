// Which framework a hover term belongs to, so users can turn hovers off per framework.
// Derived from the term's module (symbols) or its `requires` roots (members): the
// content decides, no list of terms lives in code.
import type { Term } from '../catalog/catalogTypes';

export const FRAMEWORK_IDS = ['django', 'drf', 'fastapi', 'pydantic', 'flask', 'sqlalchemy', 'celery', 'python'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** Top-level packages that belong to a framework other than their own name. */
const ROOT_TO_FRAMEWORK: Readonly<Record<string, FrameworkId>> = {
  django: 'django',
  asgiref: 'django',
  rest_framework: 'drf',
  fastapi: 'fastapi',
  starlette: 'fastapi',
  pydantic: 'pydantic',
  pydantic_settings: 'pydantic',
  pydantic_core: 'pydantic',
  flask: 'flask',
  werkzeug: 'flask',
  sqlalchemy: 'sqlalchemy',
  celery: 'celery',
  kombu: 'celery',
};

/**
 * The framework of a dotted module path. The standard library (asyncio, threading,
 * functools, ...) and anything not listed count as 'python', the general group.
 */
export function frameworkOfModule(module: string): FrameworkId {
  const dot = module.indexOf('.');
  const root = dot < 0 ? module : module.slice(0, dot);
  return ROOT_TO_FRAMEWORK[root] ?? 'python';
}

/** The frameworks a term belongs to; a term is shown when any of them is enabled. */
export function termFrameworks(term: Term): FrameworkId[] {
  switch (term.kind) {
    case 'symbol':
      return unique([term.module, ...(term.alsoFrom ?? [])].map(frameworkOfModule));
    case 'member':
      return unique(term.requires.map(frameworkOfModule));
    case 'concept':
      // Concepts (GIL, N+1, CSRF) are general knowledge, not one framework's API.
      return ['python'];
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
