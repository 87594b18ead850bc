/** A problem in a content file, located precisely enough to jump to it. */
export interface ContentError {
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  readonly message: string;
}

export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}

export class ContentBuildError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(`${errors.length} problem(s) in content:\n${errors.map(formatContentError).join('\n')}`);
    this.name = 'ContentBuildError';
  }
}
