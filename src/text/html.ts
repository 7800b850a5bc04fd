/**
 * HTML built by tagged templates that escape every interpolated value, unless it is markup
 * this code made (`SafeHtml`). Text from input can only ever reach a page as text.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = SafeHtml | string | number | null | undefined | false | Value[];

function toHtml(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(toHtml).join('');
  if (v instanceof SafeHtml) return v.value;
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => { out += toHtml(v) + strings[i + 1]!; });
  return new SafeHtml(out);
}

/** Markup produced by the renderer (already sanitised), marked as safe to embed. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** JSON inside <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonForScript(data: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}
