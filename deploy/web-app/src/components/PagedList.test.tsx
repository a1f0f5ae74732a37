import { MantineProvider } from "@mantine/core";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import i18n from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { KeysetPages } from "../api/useKeysetPages";
import { initI18n } from "../i18n";
import { PagedList } from "./PagedList";

let phoneWidth = false;

beforeAll(() => {
  // the list asks matchMedia whether it is on a phone; jsdom has none
  window.matchMedia = ((query: string) => ({ matches: query.includes("max-width") && phoneWidth, media: query,
    onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {},
    dispatchEvent: () => false })) as never;
  initI18n();
});

afterEach(cleanup);

type Unit = { id: string; name: string; members: number };

function pages(items: Unit[] | null, extra: Partial<KeysetPages<Unit>> = {}): KeysetPages<Unit> {
  return { items, last: null, error: null, hasMore: false, more: () => {}, reload: () => {}, ...extra };
}

function shown(state: KeysetPages<Unit>, phone = false) {
  phoneWidth = phone;
  return render(
    <MantineProvider>
      <PagedList pages={state} testId="units" rowTestId="unit-row" rowKey={(u) => u.id}
        empty={<p>Chưa có đơn vị nào</p>} count={(n) => `${n} đơn vị`} moreLabel="Xem thêm"
        columns={[{ header: "Tên", cell: (u) => u.name }, { header: "Số người", cell: (u) => u.members }]}
        card={(u) => <strong>{u.name}</strong>} />
    </MantineProvider>,
  );
}

const UNITS = [{ id: "u1", name: "Bệnh viện Đa khoa", members: 12 }, { id: "u2", name: "Trường THPT", members: 40 }];

describe("a list on a desk and on a phone", () => {
  it("shows a table with a header per column and a row per record on a desk", () => {
    shown(pages(UNITS));
    const table = screen.getByTestId("units");
    expect(table.tagName).toBe("TABLE");
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Tên", "Số người"]);
    const rows = screen.getAllByTestId("unit-row");
    expect(rows.map((r) => r.textContent)).toEqual(["Bệnh viện Đa khoa12", "Trường THPT40"]);
    expect(screen.getByText("2 đơn vị")).toBeTruthy();
  });

  it("shows a card per record and no table on a phone", () => {
    shown(pages(UNITS), true);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getAllByTestId("unit-row").map((r) => r.textContent)).toEqual(["Bệnh viện Đa khoa", "Trường THPT"]);
  });

  it("offers more only while the service has more, and asks for it", () => {
    const more = vi.fn();
    shown(pages(UNITS, { hasMore: true, more }));
    fireEvent.click(screen.getByRole("button", { name: "Xem thêm" }));
    expect(more).toHaveBeenCalledOnce();
    cleanup();
    shown(pages(UNITS));
    expect(screen.queryByRole("button", { name: "Xem thêm" })).toBeNull();
  });

  it("says what to do when there is nothing, and shows no count", () => {
    shown(pages([]));
    expect(screen.getByText("Chưa có đơn vị nào")).toBeTruthy();
    expect(screen.queryByText(/đơn vị$/)).toBeNull();
  });

  it("shows the problem with a reload instead of a loader when the read failed", () => {
    const reload = vi.fn();
    shown(pages(null, { error: new Error("boom"), reload }));
    expect(screen.queryByLabelText(i18n.t("app.loading"))).toBeNull();
    expect(screen.getByRole("alert")).toBeTruthy();
  });
});
