import type { Problem } from "../../api/problem";

/** One part of a refused decision, as the committee reads it: which case or commendation, and why. */
export interface RefusedPart {
  key: string;
  /** The case's title (or its id when the screen does not know it), or the commendation's number and recipient. */
  subject: string;
  reason: string;
  modelId?: string;
  /** The index of the commendation in the request, for a commendation. */
  commendation?: number;
}

interface Refusal {
  modelId?: string;
  commendation?: number;
  reason?: string;
}

/**
 * The parts of a refused decision (a 409 cases-not-ready lists each refusal in `current`), each named by what the
 * committee chose on the screen: a case by its title, a commendation by its number (counted from 1) and recipient.
 * A problem that is no such refusal has no parts.
 */
export function refusedParts(
  problem: Problem,
  titles: Record<string, string>,
  commendationLabel: (n: number, recipient: string) => string,
  recipients: string[] = [],
): RefusedPart[] {
  if (!Array.isArray(problem.current)) {
    return [];
  }
  return (problem.current as Refusal[])
    .filter((r) => r && typeof r === "object")
    .map((r, i) => {
      if (typeof r.commendation === "number") {
        return {
          key: `c${r.commendation}-${i}`,
          subject: commendationLabel(r.commendation + 1, recipients[r.commendation] ?? ""),
          reason: r.reason ?? "",
          commendation: r.commendation,
          modelId: r.modelId,
        };
      }
      return {
        key: `m${r.modelId}-${i}`,
        subject: (r.modelId && titles[r.modelId]) || r.modelId || "",
        reason: r.reason ?? "",
        modelId: r.modelId,
      };
    });
}
