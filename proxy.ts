import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing, LOCALE_COOKIE, FROM_LOCALE_PARAM, isJaEnOnly, isLocale, splitLocalePath } from "./lib/i18n/routing";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { MAX_REQUEST_BYTES } from "./lib/files/limits";
import { databaseStillDown } from "./lib/db/outage";

const intl = createMiddleware(routing);

/**
 * A form posted with more than the service reads (files chosen without JavaScript, over the limit)
 * gets a page that says so, not a failed parse: browsers state the size of what they send.
 */
function tooLarge() {
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>送信できません / Too large</title></head><body><main><h1>送信できません</h1><p>送信する内容（添付ファイルを含む）が大きすぎます。合計${MAX_REQUEST_BYTES / 1024 / 1024}MB未満にして、ブラウザの「戻る」で入力画面に戻ってください。</p><p lang="en">What you sent (attached files included) is too large. Keep it under ${MAX_REQUEST_BYTES / 1024 / 1024} MB in all and use the browser's Back button to return to the form.</p></main></body></html>`;
  return new NextResponse(html, {
    status: 413,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'" },
  });
}

/**
 * While the database is down, a page (or a form posted without JavaScript) gets this 503, rendered
 * here in the page's language: Next.js would answer with an error shell that only JavaScript fills.
 */
async function unavailable(locale: string | null) {
  const lang = locale ?? routing.defaultLocale;
  const { errors } = (await import(`./messages/${lang}.json`)) as { errors: Record<string, string> };
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(errors.errorTitle)}</title></head><body><main><h1>${escape(errors.errorTitle)}</h1><p>${escape(errors.errorBody)}</p><p><a href="/${lang}">${escape(errors.home)}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'",
      "cache-control": "no-store",
      "retry-after": "5",
    },
  });
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return tooLarge();
  const { locale, rest } = splitLocalePath(pathname);
  const isDocument = (request.headers.get("sec-fetch-dest") ?? "document") === "document";
  if (isDocument && (await databaseStillDown())) return unavailable(locale);

  // "/" (and any path without a locale) goes to the language chosen before, else Japanese.
  if (!locale) {
    const saved = request.cookies.get(LOCALE_COOKIE)?.value;
    const target = isLocale(saved) ? saved : routing.defaultLocale;
    const url = request.nextUrl.clone();
    url.pathname = `/${target}${pathname === "/" ? "" : pathname}`;
    return NextResponse.redirect(url);
  }

  // ja/en-only screens in another language land on English, with a note (the query survives).
  if (locale !== "ja" && locale !== "en" && isJaEnOnly(rest)) {
    const url = request.nextUrl.clone();
    url.pathname = `/en${rest}`;
    url.searchParams.set(FROM_LOCALE_PARAM, locale);
    return NextResponse.redirect(url);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  // The current page without its locale, so the Language menu and theme form can stay on it.
  headers.set("x-return-path", rest + search);

  const response = intl(new NextRequest(request.url, { headers, method: request.method }));
  response.headers.set("content-security-policy", csp);
  if (isDocument && request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}

export const config = {
  // Every page, whatever its URL looks like (a dot included): only API routes, Next's own files and
  // the real static file (the icon) and the test-only bare page skip the proxy and its CSP.
  matcher: "/((?!api(?:/|$)|_next/|_vercel/|icon\\.svg$|bare$).*)",
};
