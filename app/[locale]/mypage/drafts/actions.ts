"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale, requireUser } from "@/app/_server/guards";
import { discardDraft } from "@/lib/applications/draft-list";
import { fileStore } from "@/lib/files/storage";
import { isRecordId } from "@/lib/security/ids";

/** 削除 after its confirmation: the user's own draft and its files; anything else changes nothing. */
export async function deleteDraft(rawLocale: string, id: string) {
  const locale = checkedLocale(rawLocale);
  const page = `/${locale}/mypage/drafts`;
  const { user } = await requireUser(locale, page);
  const gone = isRecordId(id) && (await discardDraft(db(), fileStore(), user.id, id));
  redirect(gone ? `${page}?deleted=1` : page);
}
