import { notFound } from "next/navigation";

// Test-only (E2E_TEST_HOOKS=1): a bare Next.js page with one dynamic line, built with the app, so
// Lighthouse can print each screen's performance next to what the framework alone scores.
export const dynamic = "force-dynamic";

export default function BarePage() {
  if (process.env.E2E_TEST_HOOKS !== "1") notFound();
  return (
    <html lang="en">
      <head>
        <title>Bare page</title>
      </head>
      <body>
        <main>
          <h1>Bare page</h1>
          <p>{new Date().toISOString()}</p>
        </main>
      </body>
    </html>
  );
}
