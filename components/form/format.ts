/** Fills {name} placeholders of a client string (client components get plain strings, not next-intl). */
export function fill(template: string | undefined, params: Record<string, string | number>): string {
  return (template ?? "").replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? `{${k}}`));
}

/** A validation message key with its parameters ("maxLength?n=12", see lib/forms/engine.ts) in words. */
export function validationMessage(strings: Record<string, string>, message: string): string {
  const [key, query] = message.split("?");
  return fill(strings[key] ?? key, Object.fromEntries(new URLSearchParams(query ?? "")));
}

export function formatBytes(n: number, lang: string): string {
  const f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${f.format(n / 1024)} KB`;
  return `${f.format(n / 1024 / 1024)} MB`;
}

/** A count's wording by the language's plural rules: `${base}_one`, `${base}_other` … (CLDR categories). */
export function plural(strings: Record<string, string>, base: string, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return strings[`${base}_${category}`] ?? strings[`${base}_other`] ?? strings[base] ?? "";
}
