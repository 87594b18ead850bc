// Turns zod's issues into ContentErrors that name the field and its line.
import type { ContentError } from './contentError';

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly input?: unknown;
  readonly keys?: readonly string[];
}

export function formatZodIssues(file: string, issues: readonly Issue[], lineOf: (path: readonly PropertyKey[]) => number): ContentError[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    let message = issue.message;
    if (issue.code === 'invalid_type' && issue.input === undefined) message = 'is required but missing';
    if (issue.code === 'unrecognized_keys' && issue.keys) message = `unknown field(s): ${issue.keys.join(', ')}`;
    return { file, line: lineOf(issue.path), message: field ? `${field}: ${message}` : message };
  });
}
