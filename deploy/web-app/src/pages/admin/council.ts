import type { components } from "../../api/generated/recognition";
import { ProblemError } from "../../api/problem";

export type Reviewer = components["schemas"]["ReviewerView"];
export type Member = components["schemas"]["Member"];

/** A person the admin may seat: one seated already, or a reviewer recognition has seen in the committee's part. */
export interface Seat {
  sub: string;
  username?: string | null;
  fullName: string;
  orgId: string;
  title: string;
  chair: boolean;
  seated: boolean;
}

/**
 * Whom the form offers: the council's members first, as seated (a member seated before recognition saw them, or
 * since moved, stays offered: leaving them out would unseat them), then the reviewers of the directory not seated.
 */
export function candidates(reviewers: Reviewer[], members: Member[]): Seat[] {
  const seats: Seat[] = members.map((m) => ({
    sub: m.sub, username: m.username, fullName: m.fullName, orgId: m.orgId, title: m.title ?? "",
    chair: Boolean(m.chair), seated: true,
  }));
  const seatedSubs = new Set(seats.map((s) => s.sub));
  for (const r of reviewers) {
    if (r.sub && !seatedSubs.has(r.sub)) {
      seats.push({ sub: r.sub, username: r.username, fullName: r.fullName ?? r.username ?? r.sub,
        orgId: r.orgId ?? "", title: "", chair: false, seated: false });
    }
  }
  return seats;
}

/** One seat changed; naming a chair unnames any other, as a council has one chair at most. */
export function changeSeat(seats: Seat[], sub: string, patch: Partial<Seat>): Seat[] {
  return seats.map((s) => {
    if (s.sub === sub) {
      const next = { ...s, ...patch };
      return next.seated ? next : { ...next, chair: false };
    }
    return patch.chair ? { ...s, chair: false } : s;
  });
}

/** The members the API is sent: the seated, each as the directory or the council knows them. */
export function councilMembers(seats: Seat[]): Member[] {
  return seats.filter((s) => s.seated).map((s) => ({
    sub: s.sub, username: s.username ?? undefined, fullName: s.fullName, orgId: s.orgId,
    title: s.title.trim() || undefined, chair: s.chair,
  }));
}

/** The API's violations by the form's fields: name, quorum, organisationId, and members (any member's). */
export function councilErrors(problem: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (problem instanceof ProblemError) {
    for (const v of problem.problem.violations ?? []) {
      const field = (v.field ?? "").startsWith("members") ? "members" : v.field ?? "";
      if (field && v.message && !errors[field]) {
        errors[field] = v.message;
      }
    }
  }
  return errors;
}
