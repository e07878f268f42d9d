import "./globals.css";
/* eslint-disable @next/next/no-html-link-for-pages -- outside every locale layout: a full page load is wanted */

// Reached only for paths outside every locale (e.g. a missing file); bilingual, like the service.
export default function GlobalNotFound() {
  return (
    <html lang="ja" data-theme="standard">
      <head>
        <title>ページが見つかりません / Page not found</title>
      </head>
      <body>
        <main className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="text-2xl font-bold">ページが見つかりません</h1>
          <p className="mt-2" lang="en">
            Page not found
          </p>
          <p className="mt-6">
            <a href="/ja">トップページへ戻る</a> /{" "}
            <a href="/en" lang="en">
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
