import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BYTES } from "./lib/files/limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const production = process.env.NODE_ENV === "production";

// The CSP (with a per-request nonce) is set in proxy.ts; these apply to every response.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // The container image runs .next/standalone/server.js (Dockerfile); `next start` serves the same build.
  output: "standalone",
  poweredByHeader: false,
  experimental: {
    // Without JavaScript, 利用申出 sends its PDFs (20 MB in all) with the form to a server action,
    // through proxy.ts: both limits must allow that much, and no more.
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BYTES,
  },
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // API routes answer JSON and files, never pages: nothing in them may run or be framed.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
