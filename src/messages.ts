/** The views every printer of a Message uses: the console, the build report and `extract`. */
import type { Message, RemovalView } from './types.ts';

/** A rejection: the file did not become an article. */
export const rejection = (file: string, rule: string, reason: string, line?: number): Message =>
  ({ file, ...(line !== undefined ? { line } : {}), rule, reason, severity: 'error' });

/** A warning: the file was published, but something in it needs a maintainer's look. */
export const warning = (file: string, rule: string, reason: string, line?: number): Message =>
  ({ file, ...(line !== undefined ? { line } : {}), rule, reason, severity: 'warning' });

/** One line for a terminal: "rejected: seeds/a.txt:3 [rule] reason". */
export function messageLine(m: Message): string {
  const label = m.severity === 'error' ? 'rejected' : m.severity === 'warning' ? 'warning' : 'note';
  return `${label}: ${m.file}${m.line ? `:${m.line}` : ''} [${m.rule}] ${m.reason}`;
}

/** A removed line, as `extract` and the build report list it. */
export const removalView = (m: Message): RemovalView => ({ line: m.line ?? 0, text: m.text ?? '', rule: m.rule });
