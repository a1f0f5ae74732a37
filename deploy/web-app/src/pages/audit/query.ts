/** The two audit trails an auditor reads: the registry's (organisations, campaigns, models) and recognition's. */
export const TRAILS = ["registry", "recognition"] as const;
export type Trail = (typeof TRAILS)[number];

/** The actions each trail records (the services' AuditAction); the API refuses any other. */
export const ACTIONS: Record<Trail, string[]> = {
  registry: [
    "ORGANISATION_CREATED", "ORGANISATION_RENAMED", "ORGANISATION_MOVED", "ORGANISATION_DEACTIVATED",
    "ORGANISATION_REACTIVATED", "ORGANISATIONS_IMPORTED", "CAMPAIGN_CREATED", "CAMPAIGN_UPDATED", "CAMPAIGN_OPENED",
    "CAMPAIGN_CLOSED", "INDICATORS_REPORTED", "MODEL_EDITED",
  ],
  recognition: [
    "CASE_ACTION", "SCORE", "COUNCIL_CREATED", "COUNCIL_CHANGED", "VOTE", "LEVEL_RULES_SET", "DECISION_ISSUED",
    "DECISION_REVOKED",
  ],
};

/** What the auditor filters by, as the form holds it: dates as the date inputs give them (yyyy-mm-dd). */
export interface AuditFilter {
  trail: Trail;
  actor: string;
  action: string | null;
  subjectId: string;
  fromDay: string;
  toDay: string;
}

export const NO_FILTER: AuditFilter = { trail: "registry", actor: "", action: null, subjectId: "", fromDay: "", toDay: "" };

/** The query parameters the audit endpoints take. */
export interface AuditQuery {
  actor?: string;
  action?: string;
  subjectId?: string;
  from?: string;
  to?: string;
}

/** The province's days begin at midnight in Vietnam (UTC+7), whatever the browser's zone. */
const PROVINCE_OFFSET = "+07:00";

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The filter as the API's query: blank texts left out, an action only if this trail records it, and the days as
 * instants, from the first day's midnight to the midnight after the last day, on the province's calendar.
 */
export function auditQuery(filter: AuditFilter): AuditQuery {
  const text = (value: string) => (value.trim() === "" ? undefined : value.trim());
  return {
    actor: text(filter.actor),
    action: filter.action && ACTIONS[filter.trail].includes(filter.action) ? filter.action : undefined,
    subjectId: text(filter.subjectId),
    from: filter.fromDay ? `${filter.fromDay}T00:00:00${PROVINCE_OFFSET}` : undefined,
    to: filter.toDay ? `${nextDay(filter.toDay)}T00:00:00${PROVINCE_OFFSET}` : undefined,
  };
}
