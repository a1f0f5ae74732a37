import type { components } from "../../api/generated/recognition";

/** recognition-service's schemas, as its OpenAPI document names them. */
export type Recognition = components["schemas"];
export type CaseView = Recognition["CaseView"];
export type QueueEntry = Recognition["Entry"];
export type DecisionView = Recognition["DecisionView"];
export type CertificateView = Recognition["CertificateView"];

export const LEVELS = ["BASE", "BLOC", "PROVINCE"] as const;
export const FIELDS = ["ECONOMY", "CULTURE_SOCIETY", "DEFENSE_SECURITY", "POLITICAL_SYSTEM"] as const;
export const KINDS = ["MODEL", "EXEMPLAR"] as const;
