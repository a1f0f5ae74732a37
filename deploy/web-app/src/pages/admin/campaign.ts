import type { Problem } from "../../api/problem";

export const LEVELS = ["BASE", "BLOC", "PROVINCE"] as const;

/** The campaign form's values, as text while edited; one review window per level, blank where not used. */
export interface CampaignValues {
  id: string;
  movement: string;
  name: string;
  organisationId: string;
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  windows: { opensOn: string; closesOn: string }[];
}

export const EMPTY_CAMPAIGN: CampaignValues = {
  id: "", movement: "DVK", name: "", organisationId: "", startsOn: "", endsOn: "", registrationDeadline: "",
  windows: LEVELS.map(() => ({ opensOn: "", closesOn: "" })),
};

/**
 * What is sent: blank texts left out so that the API judges what is required; a level's window only when either
 * of its days is given (the API says when the levels skip one).
 */
export function definitionOf(values: CampaignValues) {
  const text = (value: string) => (value.trim() === "" ? undefined : value.trim());
  return {
    id: text(values.id),
    movement: text(values.movement),
    name: text(values.name),
    organisationId: text(values.organisationId),
    startsOn: text(values.startsOn),
    endsOn: text(values.endsOn),
    registrationDeadline: text(values.registrationDeadline),
    reviewWindows: LEVELS.flatMap((level, i) => {
      const w = values.windows[i];
      return w.opensOn || w.closesOn ? [{ level, opensOn: text(w.opensOn), closesOn: text(w.closesOn) }] : [];
    }),
  };
}

/**
 * A window's violations by the form's row: the API names them "reviewWindows[1].closesOn" in the order sent, which
 * skips the levels left blank, so the index is mapped back to the level's row. Keys: "<row>.<field>".
 */
export function windowErrors(problem: Problem, sent?: CampaignValues): Record<string, string> {
  const rows = sent
    ? LEVELS.map((_, i) => i).filter((i) => sent.windows[i].opensOn || sent.windows[i].closesOn)
    : LEVELS.map((_, i) => i);
  const errors: Record<string, string> = {};
  for (const v of problem.violations ?? []) {
    const match = /reviewWindows\[(\d+)\]\.(\w+)$/.exec(v.field);
    if (match) {
      const key = `${rows[Number(match[1])] ?? match[1]}.${match[2]}`;
      errors[key] = errors[key] ? `${errors[key]}; ${v.message}` : v.message;
    }
  }
  return errors;
}
