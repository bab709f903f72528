import type { VoipSecurity } from "../../components/model/um-dial-plan";

/** One row of Table 2: the mutual TLS and SRTP settings a VoipSecurity level goes with. */
export interface Table2Row {
  mutualTls: boolean;
  srtp: boolean;
}

/**
 * Table 2 of seed 001, "VoipSecurity Values for Various Combinations of Mutual TLS and SRTP",
 * as data: "Enabled (required)" is `true`, "Disabled" is `false`.
 */
export const table2: Readonly<Record<VoipSecurity, Table2Row>> = {
  Unsecured: { mutualTls: false, srtp: false },
  SIPSecured: { mutualTls: true, srtp: false },
  Secured: { mutualTls: true, srtp: true },
};

export function onOff(enabled: boolean): string {
  return enabled ? "enabled" : "disabled";
}
