import { test } from "node:test";
import assert from "node:assert/strict";
import { environmentProblems } from "./environment";

const good = {
  DATABASE_URL: "postgresql://app:secret@db.internal:5432/zairyu",
  AUTH_SECRET: "x".repeat(43),
};

test("a production server needs its database and session secret, each named when missing or malformed", () => {
  assert.deepEqual(environmentProblems(good), []);
  assert.deepEqual(environmentProblems({}), ["DATABASE_URL is not set", "AUTH_SECRET is not set"]);
  assert.deepEqual(
    environmentProblems({
      DATABASE_URL: "mysql://db/zairyu",
      AUTH_SECRET: "short",
      APP_BASE_URL: "zairyu.example.jp",
      SMTP_URL: "http://mail",
      JOB_POLL_MS: "5s",
    }),
    [
      "DATABASE_URL must be a URL starting with postgres:// or postgresql://",
      "AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)",
      "APP_BASE_URL must be a URL starting with http:// or https://",
      "SMTP_URL must be a URL starting with smtp:// or smtps://",
      "JOB_POLL_MS must be a whole number (0 or more)",
    ],
  );
  assert.deepEqual(environmentProblems({ ...good, AUTH_SECRET: "" }), ["AUTH_SECRET is not set"], "empty is unset");
});

test("on Vercel, mail, files and the scheduler must be the hosted kinds", () => {
  assert.deepEqual(environmentProblems({ ...good, VERCEL: "1" }), [
    "APP_BASE_URL is not set",
    "SMTP_URL is not set",
    "UPLOADTHING_TOKEN is not set",
    "CRON_SECRET is not set",
  ]);
  assert.deepEqual(
    environmentProblems({
      ...good,
      VERCEL: "1",
      APP_BASE_URL: "https://zairyu.example.jp",
      SMTP_URL: "smtps://user:pw@smtp.example.jp:465",
      UPLOADTHING_TOKEN: "token",
      CRON_SECRET: "c".repeat(32),
    }),
    [],
  );
});
