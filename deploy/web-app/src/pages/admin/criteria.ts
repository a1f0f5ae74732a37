import type { Problem } from "../../api/problem";

/** The weights' sum: the API takes a level's criteria only when they total 100. */
export function totalWeight(criteria: { weight?: number }[]): number {
  return criteria.reduce((sum, c) => sum + (c.weight ?? 0), 0);
}

/**
 * The violations of a level's rules by the editor's cell: "criteria[2].weight" is the third row's weight ("2.weight"),
 * a violation of the list as a whole ("criteria") and of the threshold ("passThreshold") keep their names.
 */
export function criterionErrors(problem: Problem): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const v of problem.violations ?? []) {
    const row = /criteria\[(\d+)\]\.(\w+)$/.exec(v.field);
    const key = row ? `${row[1]}.${row[2]}` : (v.field.split(".").pop() ?? v.field);
    errors[key] = errors[key] ? `${errors[key]}; ${v.message}` : v.message;
  }
  return errors;
}
