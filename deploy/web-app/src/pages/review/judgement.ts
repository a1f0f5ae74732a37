import type { TFunction } from "i18next";
import type { CaseView } from "./types";

/** The share of the eligible members a council's recognition needs in favour (Council.PERCENT_IN_FAVOUR_NEEDED). */
export const PERCENT_IN_FAVOUR = 70;

/**
 * What the level's rules still need before the committee can recognise the case, in words with its figures; null
 * when nothing stands in the way (or the case is no longer under review, when the API names no shortfall).
 */
export function shortfallText(view: CaseView, t: TFunction): string | null {
  const shortfall = view.shortfall;
  if (!shortfall) {
    return null;
  }
  const judgement = view.judgement;
  const council = judgement?.council;
  return t(`review.case.shortfall.${shortfall}`, {
    voted: council?.voted ?? 0,
    quorum: council?.quorum ?? 0,
    votesFor: council?.votesFor ?? 0,
    eligible: council?.eligible ?? 0,
    percent: PERCENT_IN_FAVOUR,
    average: judgement?.averageScore ?? 0,
    threshold: judgement?.passThreshold ?? 0,
  });
}
