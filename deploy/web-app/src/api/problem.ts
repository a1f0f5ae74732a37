/** An RFC 9457 problem as the services answer it, with the fields at fault (violations) and, on 409/412, current. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  violations?: { field: string; message: string }[];
  current?: unknown;
}

/** A refusal from an API, carried to the screen that shows it in words. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }

  /** 409 and 412: another change came first; the screen offers to reload. */
  get isConflict(): boolean {
    return this.problem.status === 409 || this.problem.status === 412;
  }
}

/**
 * The violations' messages by the form field they belong to: a violation names the body's property
 * ("title"), a nested one its path ("tags[2]", "content.title"): the form shows it at the property's field.
 */
export function messagesByField(problem: Problem): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const violation of problem.violations ?? []) {
    const field = violation.field.split(".").pop()!.replace(/\[\d+\]$/, "");
    messages[field] = messages[field] ? `${messages[field]}; ${violation.message}` : violation.message;
  }
  return messages;
}

/** A problem from a response that is not OK: its body if it is one, else the status alone. */
export async function problemOf(response: Response): Promise<ProblemError> {
  try {
    return new ProblemError((await response.clone().json()) as Problem);
  } catch {
    return new ProblemError({ status: response.status, title: response.statusText });
  }
}
