import { MantineProvider } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fillJsdom } from "../testing/jsdom";
import { notifyDone } from "./notify";
import { TOASTS_ON_DESK, toastPlacement, Toasts } from "./Toasts";

beforeAll(fillJsdom);

afterEach(() => {
  act(() => notifications.clean());
  cleanup();
});

describe("the app's notifications", () => {
  it("stay clear of the page's title and menu: at the bottom, on a desk as on a phone", () => {
    expect(toastPlacement(false).position).toBe("bottom-right");
    expect(toastPlacement(true).position).toBe("bottom-center");
    expect(toastPlacement(true).limit).toBeLessThan(toastPlacement(false).limit);
  });

  it("show a few at once, the rest waiting their turn", async () => {
    render(
      <MantineProvider>
        <Toasts />
      </MantineProvider>,
    );
    act(() => {
      for (let i = 1; i <= 6; i++) {
        notifications.show({ message: `Việc ${i} đã xong`, autoClose: false });
      }
    });
    expect(await screen.findByText("Việc 1 đã xong")).toBeTruthy();
    expect(screen.queryAllByText(/Việc \d đã xong/)).toHaveLength(TOASTS_ON_DESK);
    expect(screen.queryByText("Việc 6 đã xong")).toBeNull();
  });

  it("let a click through to what lies beneath, but for their close button", async () => {
    render(
      <MantineProvider>
        <Toasts />
      </MantineProvider>,
    );
    act(() => notifyDone("Đã lưu mô hình."));
    const toast = (await screen.findByText("Đã lưu mô hình.")).closest(".mantine-Notifications-notification")!;
    expect((toast as HTMLElement).style.pointerEvents).toBe("none");
    expect((toast.querySelector("button") as HTMLElement).style.pointerEvents).toBe("auto");
  });
});
