import { createTheme } from "@mantine/core";

/** Red of the Party's documents for the accents; the default body text keeps WCAG AA contrast. */
export const theme = createTheme({
  primaryColor: "red",
  primaryShade: 8,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  defaultRadius: "sm",
});
