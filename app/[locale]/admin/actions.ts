"use server";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { currentSession } from "@/app/_server/session";
import { approveUsage, returnUsage } from "@/lib/applications/review";

async function officer(locale: string) {
  const { session } = await currentSession();
  if (!session) redirect(`/${locale}/login?reason=timeout`);
  if (session.user.role !== "OFFICER") notFound();
  return session.user;
}

export async function approve(locale: string, id: string) {
  const user = await officer(locale);
  const ok = await approveUsage(db(), user.id, id);
  redirect(`/${locale}/admin/applications/${id}?done=${ok ? "approved" : "already"}`);
}

export async function sendBack(locale: string, id: string, formData: FormData) {
  const user = await officer(locale);
  const message = String(formData.get("message") ?? "").trim();
  if (!message || [...message].length > 1000) redirect(`/${locale}/admin/applications/${id}?error=${message ? "long" : "empty"}#return-message`);
  const ok = await returnUsage(db(), user.id, id, message);
  redirect(`/${locale}/admin/applications/${id}?done=${ok ? "returned" : "already"}`);
}
