// pywebNotes.hover.*: whether hovers show, and for which frameworks.
import * as vscode from 'vscode';
import { FRAMEWORK_IDS } from '../../core/hover/frameworks';

export interface HoverSettings {
  readonly enabled: boolean;
  readonly frameworks: ReadonlySet<string>;
}

export function readHoverSettings(): HoverSettings {
  const config = vscode.workspace.getConfiguration('pywebNotes.hover');
  const frameworks = config.get<string[]>('frameworks', [...FRAMEWORK_IDS]);
  return {
    enabled: config.get<boolean>('enabled', true),
    frameworks: new Set(Array.isArray(frameworks) ? frameworks.filter((f) => (FRAMEWORK_IDS as readonly string[]).includes(f)) : FRAMEWORK_IDS),
  };
}
