import { useMediaQuery } from "@mantine/hooks";
import { Notifications } from "@mantine/notifications";

/** How many notifications stay on screen at once; the next wait their turn. */
export const TOASTS_ON_DESK = 3;
export const TOASTS_ON_PHONE = 2;

/**
 * Where the app's notifications appear: at the top centre they covered the page's title, and on a phone the menu
 * button. At the bottom they cover neither: on a desk at the right, beside the content, which is left-aligned
 * beside the navigation; on a phone across the bottom, where they fade by themselves from a short pile.
 */
export function toastPlacement(phone: boolean) {
  return phone
    ? ({ position: "bottom-center", limit: TOASTS_ON_PHONE, containerWidth: "calc(100vw - 2rem)" } as const)
    : ({ position: "bottom-right", limit: TOASTS_ON_DESK, containerWidth: 380 } as const);
}

/**
 * A notification says, it does not take clicks: a click where one lies goes to what is beneath it (a button at
 * the bottom of a phone's screen stays usable), and a pointer resting there does not hold it open (Mantine pauses
 * its closing while hovered). Only its close button takes clicks.
 */
export const PASS_CLICKS_THROUGH = { notification: { pointerEvents: "none" } } as const;

/** The close button of a notification passing clicks through: the one part that takes them (see notify.ts). */
export const TAKES_CLICKS = { pointerEvents: "auto" } as const;

export function Toasts() {
  // the same width as the app shell's breakpoint (sm), where the navigation folds behind the burger
  const phone = useMediaQuery("(max-width: 48em)") ?? false;
  return <Notifications {...toastPlacement(phone)} styles={PASS_CLICKS_THROUGH} />;
}
