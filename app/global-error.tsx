"use client";
import "./globals.css";
/* eslint-disable @next/next/no-html-link-for-pages -- the layout may be what failed: a full page load is wanted */

// Last resort when the layout itself fails: bilingual, no details leaked.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ja" data-theme="standard">
      <head>
        <title>エラーが発生しました / Something went wrong</title>
      </head>
      <body>
        <main className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="text-2xl font-bold">エラーが発生しました</h1>
          <p lang="en">Something went wrong</p>
          <p className="mt-4">時間をおいて、もう一度お試しください。</p>
          <p lang="en">Please try again later.</p>
          <div className="mt-6 flex gap-4">
            <button type="button" className="btn btn-primary" onClick={reset}>
              もう一度試す / Try again
            </button>
            <a href="/ja" className="btn btn-secondary">
              トップページへ / Home
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
