// @vitest-environment node
import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUES } from "../../i18n/catalogues";
import { shortfallText } from "./judgement";
import type { CaseView } from "./types";

beforeAll(async () => {
  await i18n.init({ resources: { vi: { translation: CATALOGUES.vi } }, lng: "vi", interpolation: { escapeValue: false } });
});

const council = { voted: 1, quorum: 3, votesFor: 2, eligible: 4, recused: ["sub-d"] };

describe("what the level's rules still need", () => {
  it("says it with the council's figures", () => {
    const view = { shortfall: "NO_QUORUM", judgement: { council } } as CaseView;
    expect(shortfallText(view, i18n.t)).toBe("Hội đồng chưa đủ số thành viên bỏ phiếu: 1/3 người cần có.");
    expect(shortfallText({ ...view, shortfall: "NOT_IN_FAVOUR" }, i18n.t))
      .toBe("Chưa đủ 70% thành viên tán thành: 2/4 thành viên được xét.");
  });

  it("says it with the score against the pass mark", () => {
    const view = { shortfall: "BELOW_THRESHOLD", judgement: { averageScore: 62.5, passThreshold: 75 } } as CaseView;
    expect(shortfallText(view, i18n.t)).toBe("Điểm bình quân 62.5 thấp hơn mức đạt 75.");
  });

  it("says nothing when nothing stands in the way", () => {
    expect(shortfallText({ judgement: { averageScore: 90, passThreshold: 75 } } as CaseView, i18n.t)).toBeNull();
  });
});
