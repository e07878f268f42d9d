import type { FormValues } from "../forms/types";

type Profile = {
  nameRoman: string;
  phone: string;
  organizationName: string | null;
  corporateNumber: string | null;
  postalCode: string | null;
  organizationAddress: string | null;
};

/**
 * A new draft starts from the staff member's profile: they file as 取次者, usually for their own
 * organization (利用申出's 所属機関等, a residence form's 取次者 and 所属機関). Names of fields a form
 * does not have are dropped when the draft is read.
 */
export function profilePrefill(u: Profile): FormValues {
  const org = u.organizationName ?? "";
  return {
    organizationName: org,
    corporateNumber: u.corporateNumber ?? "",
    postalCode: u.postalCode ?? "",
    organizationAddress: u.organizationAddress ?? "",
    phone: u.phone,
    staffName: u.nameRoman,
    agentName: u.nameRoman,
    agentPostalCode: u.postalCode ?? "",
    agentAddress: u.organizationAddress ?? "",
    agentOrganization: org,
    agentPhone: u.phone,
    orgName: org,
    ...(u.corporateNumber ? { orgHasCorporateNumber: "有", orgCorporateNumber: u.corporateNumber } : {}),
    orgPostalCode: u.postalCode ?? "",
    orgAddress: u.organizationAddress ?? "",
    orgPhone: u.phone,
  };
}
