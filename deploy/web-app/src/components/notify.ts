import { notifications } from "@mantine/notifications";
import i18n from "i18next";

/** A short confirmation; its close button is named, for screen readers (axe-core: button-name). */
export function notifyDone(message: string): void {
  notifications.show({ color: "green", message, closeButtonProps: { "aria-label": i18n.t("app.close") } });
}
