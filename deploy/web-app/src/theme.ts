import { createTheme, type CSSVariablesResolver } from "@mantine/core";

/** Red of the Party's documents for the accents; the default body text keeps WCAG AA contrast. */
export const theme = createTheme({
  primaryColor: "red",
  primaryShade: 9,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  defaultRadius: "sm",
});

/**
 * Mantine's "dimmed" grey (descriptions, hints, placeholders' neighbours) is 3.3:1 on white: below WCAG AA's 4.5:1
 * for small text, as axe-core's scan in CadreDayIT finds. A darker grey keeps the hierarchy and passes.
 */
export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  // the same for the error red (6) of messages and required marks: 9 is 5.5:1
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)", "--mantine-color-error": "var(--mantine-color-red-9)" },
  dark: {},
});
