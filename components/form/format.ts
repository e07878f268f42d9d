/** Fills {name} placeholders of a client string (client components get plain strings, not next-intl). */
export function fill(template: string | undefined, params: Record<string, string | number>): string {
  return (template ?? "").replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? `{${k}}`));
}

/** Engine messages are "key" or "key:param" (see lib/forms/engine.ts). */
export function engineMessage(strings: Record<string, string>, message: string): string {
  const [key, n] = message.split(":");
  return fill(strings[key] ?? key, { n: n ?? "" });
}

export function formatBytes(n: number, lang: string): string {
  const f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${f.format(n / 1024)} KB`;
  return `${f.format(n / 1024 / 1024)} MB`;
}
