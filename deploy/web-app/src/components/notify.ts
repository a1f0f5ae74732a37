import { notifications } from "@mantine/notifications";
import i18n from "i18next";
import { TAKES_CLICKS } from "./Toasts";

/**
 * A short confirmation; its close button is named, for screen readers (axe-core: button-name), and takes clicks
 * where the rest of the notification lets them through to the page.
 */
export function notifyDone(message: string): void {
  notifications.show({ color: "green", message,
    closeButtonProps: { "aria-label": i18n.t("app.close") }, styles: { closeButton: TAKES_CLICKS } });
}
