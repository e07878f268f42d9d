// Field rules of the account screens (manual §3.2, §9.3). Each broken rule has its own message key.

/** §3.2 password: 10–20 characters; upper, lower, digit and a symbol from $%&=@_#*+-?!; nothing else. */
export const PASSWORD_SYMBOLS = "$%&=@_#*+-?!";

export type PasswordProblem = "length" | "upper" | "lower" | "digit" | "symbol" | "chars";

export function passwordProblems(pw: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (pw.length < 10 || pw.length > 20) problems.push("length");
  if (!/[A-Z]/.test(pw)) problems.push("upper");
  if (!/[a-z]/.test(pw)) problems.push("lower");
  if (!/[0-9]/.test(pw)) problems.push("digit");
  if (![...pw].some((c) => PASSWORD_SYMBOLS.includes(c))) problems.push("symbol");
  if ([...pw].some((c) => !/[A-Za-z0-9]/.test(c) && !PASSWORD_SYMBOLS.includes(c))) problems.push("chars");
  return problems;
}

/** 氏名(英字): 半角英大文字 with single spaces between words, at most 104 characters. */
export const NAME_ROMAN_MAX = 104;
export function isNameRoman(s: string): boolean {
  return s.length <= NAME_ROMAN_MAX && /^[A-Z]+( [A-Z]+)*$/.test(s);
}

/** 電話番号: digits only, no hyphens (入力例 012-345-6789 → 0123456789), 10–12 digits. */
export function isPhone(s: string): boolean {
  return /^0\d{9,11}$/.test(s);
}

/** 郵便番号: 7 digits without a hyphen. */
export function isPostalCode(s: string): boolean {
  return /^\d{7}$/.test(s);
}

/**
 * 法人番号: 13 digits whose first digit is the check digit of the other twelve:
 * CD = 9 − (Σ Pn × Qn mod 9), Pn counted from the right, Qn = 1 for odd n, 2 for even n.
 */
export function isCorporateNumber(s: string): boolean {
  if (!/^[1-9]\d{12}$/.test(s)) return false;
  const sum = [...s.slice(1)].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 2), 0);
  return Number(s[0]) === 9 - (sum % 9);
}

/**
 * Typed text as the service keeps it: control characters (NUL, bell …; PostgreSQL refuses NUL in
 * text and JSON) are dropped, tabs and line breaks kept, and the length bounded.
 */
export function plainText(s: string, max = 10_000): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").slice(0, max);
}

/** Full-width digits, letters and spaces typed into a half-width field mean the same thing. */
export function toHalfWidth(s: string): string {
  return s.normalize("NFKC");
}

/** Half-width ASCII, spaces and kana as their full-width forms (１－１－１, 　, ガ). */
export function toFullWidth(s: string): string {
  return s
    .replace(/[\uFF61-\uFF9F]+/g, (m) => m.normalize("NFKC"))
    .replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, "\u3000");
}

/** 在留カード番号: 2 letters, 8 digits, 2 letters (AB12345678CD). */
export function isResidenceCardNumber(s: string): boolean {
  return /^[A-Z]{2}[0-9]{8}[A-Z]{2}$/.test(s);
}

/** 登録支援機関の登録番号 as published: 2 digits, 登, a hyphen, 6 digits (20登-005746). */
export function isSupportOrgNumber(s: string): boolean {
  return /^[0-9]{2}登-[0-9]{6}$/.test(s);
}

/** Typed with or without the hyphen, or in 全角 as the official tool asks (９９登９９９９９９): one form. */
export function toSupportOrgNumber(s: string): string {
  const m = /^([0-9]{2})登[-‐－―ー−]?([0-9]{6})$/.exec(s);
  return m ? `${m[1]}登-${m[2]}` : s;
}

/** 年月 as YYYYMM with a real month, or YYYY alone when the month is not known (職歴). */
export function isYearMonth(s: string): boolean {
  return /^(19|20)\d{2}$/.test(s) || (/^(19|20)\d{4}$/.test(s) && +s.slice(4) >= 1 && +s.slice(4) <= 12);
}

export function isEmail(s: string): boolean {
  return s.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
}
