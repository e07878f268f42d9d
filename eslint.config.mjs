// ESLint (flat config): Next's rules (React, hooks, core web vitals) with typescript-eslint, the
// full jsx-a11y recommended set, and eslint-config-prettier last so style is Prettier's alone.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import prettier from "eslint-config-prettier/flat";

const config = [
  {
    name: "project/ignores",
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".bench-bare/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // eslint-config-next registers the jsx-a11y plugin already: add its recommended rules only.
    name: "project/jsx-a11y-recommended",
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Scrollable regions are focusable so keyboard users can scroll them (axe: scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": [
        "error",
        { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true },
      ],
    },
  },
  { name: "project/lint-options", linterOptions: { reportUnusedDisableDirectives: "error" } },
  prettier,
];

export default config;
