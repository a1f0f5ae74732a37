/**
 * What the operations screen does with the services' dead letters: each service serves its own under a root of
 * its own (the Ingress routes by path alone), the screen reads them all, filters them in the browser (the API
 * pages by position only) and replays the ones an operator picks.
 */

/** The services whose dead letters the screen shows, in the order of the flow of events. */
export const SERVICES = ["registry", "recognition", "reporting"] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The fields of the kit's DeadLetter the screen reads; the payload only reaches holders of operator-payloads. */
export interface LetterLike {
  /** {@code <dead-letter topic>/<partition>/<offset>}: every letter the API lists has one. */
  id?: string;
  sourceTopic?: string;
  key?: string;
  eventId?: string;
  eventType?: string;
  reason?: string;
  failedAt?: string;
  payload?: string | null;
  status?: string;
  outcome?: string | null;
  lastReplayError?: string | null;
  replayedAt?: string | null;
}

/** What a replay answered: letters attempted, replayed with success, failed again, and each letter as it stands. */
export interface ReportLike<L extends LetterLike = LetterLike> {
  attempted?: number;
  replayed?: number;
  failed?: number;
  letters?: L[];
}

/** Letters waiting for a replay (never replayed, or replayed and failed again), those replayed, or all. */
export type StatusFilter = "open" | "replayed" | "all";

export interface LetterFilter {
  status: StatusFilter;
  /** The topic the event came from; null for every topic. */
  topic: string | null;
  /** Words looked for in the event's type, key, id and reason. */
  text: string;
}

export const NO_FILTER: LetterFilter = { status: "open", topic: null, text: "" };

/** A letter an operator may still replay: a letter replayed with success is never applied twice. */
export function isOpen(letter: LetterLike): boolean {
  return letter.status !== "REPLAYED";
}

export function filterLetters<L extends LetterLike>(letters: L[], filter: LetterFilter): L[] {
  const words = filter.text.trim().toLocaleLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return letters.filter((letter) => {
    if (filter.status === "open" && !isOpen(letter)) {
      return false;
    }
    if (filter.status === "replayed" && isOpen(letter)) {
      return false;
    }
    if (filter.topic !== null && letter.sourceTopic !== filter.topic) {
      return false;
    }
    const haystack = [letter.eventType, letter.key, letter.eventId, letter.id, letter.reason, letter.lastReplayError]
      .filter((part): part is string => typeof part === "string")
      .join(" ")
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The topics the letters came from, for the topic filter. */
export function topicsOf(letters: LetterLike[]): string[] {
  return [...new Set(letters.map((l) => l.sourceTopic).filter((t): t is string => !!t))].sort();
}

/** How many letters wait for a replay: what the service's tab shows beside its name. */
export function openCount(letters: LetterLike[]): number {
  return letters.filter(isOpen).length;
}

/**
 * The letters as they stand after a replay: each letter the report names replaces the one listed, the others stay.
 */
export function withReport<L extends LetterLike>(letters: L[], report: ReportLike<L>): L[] {
  const after = new Map((report.letters ?? []).map((letter) => [letter.id, letter]));
  return letters.map((letter) => after.get(letter.id) ?? letter);
}

/** Whether every letter replayed went through: the result is shown green, otherwise as a warning. */
export function replayedAll(report: ReportLike): boolean {
  return (report.failed ?? 0) === 0 && (report.replayed ?? 0) === (report.attempted ?? 0);
}

/**
 * The ids to replay: only open letters among those selected. Never empty when sent: the API replays every letter
 * when it is given none, which the screen never asks for without naming them.
 */
export function toReplay(letters: LetterLike[], selected: ReadonlySet<string>): string[] {
  return letters.filter((letter) => letter.id !== undefined && selected.has(letter.id) && isOpen(letter))
    .map((letter) => letter.id!);
}
