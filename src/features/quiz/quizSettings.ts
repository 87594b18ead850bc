// The quiz settings, read when a session starts so changes apply to the next one.
import * as vscode from 'vscode';

export interface QuizSettings {
  readonly sessionLength: number;
  readonly desiredRetention: number;
  readonly interviewDate?: Date;
}

export function readQuizSettings(): QuizSettings {
  const config = vscode.workspace.getConfiguration('pywebNotes.quiz');
  const sessionLength = Math.max(1, Math.min(100, Math.round(config.get<number>('sessionLength', 10))));
  const desiredRetention = config.get<number>('desiredRetention', 0.9);
  const interview = config.get<string>('interviewDate', '').trim();
  const interviewDate = /^\d{4}-\d{2}-\d{2}$/.test(interview) ? new Date(`${interview}T09:00:00`) : undefined;
  return { sessionLength, desiredRetention, ...(interviewDate && !Number.isNaN(interviewDate.getTime()) && interviewDate.getTime() > Date.now() ? { interviewDate } : {}) };
}
