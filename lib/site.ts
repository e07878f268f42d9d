// Help-desk contact shown in お問い合わせ (manual §2.1); overridable per deployment.
export const helpDesk = {
  tel: process.env.HELPDESK_TEL ?? "050-3786-3053",
  mail: process.env.HELPDESK_MAIL ?? "mjfsupport.cw@hitachi-systems.com",
};
