/** The fields of the reporting service's RebuildStatus that say how far a rebuild is. */
export interface RebuildLike {
  state?: string;
  eventsApplied?: number;
  eventsSkipped?: number;
  eventsTotal?: number;
}

/** Whether a rebuild is under way: the screen keeps asking how it stands. */
export function isRunning(status: RebuildLike | null | undefined): boolean {
  return status?.state === "RUNNING" || status?.state === "SWITCHING";
}

/**
 * How far the rebuild is, 0 to 100: events read (applied or skipped) of those on the topics when it started. More
 * may arrive while it runs, so it stays under 100 until the service says DONE.
 */
export function percentDone(status: RebuildLike | null | undefined): number {
  if (!status) {
    return 0;
  }
  if (status.state === "DONE") {
    return 100;
  }
  const total = status.eventsTotal ?? 0;
  if (total <= 0) {
    return 0;
  }
  const read = (status.eventsApplied ?? 0) + (status.eventsSkipped ?? 0);
  return Math.min(99, Math.floor((read / total) * 100));
}
