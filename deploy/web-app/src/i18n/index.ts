import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { CATALOGUES } from "./catalogues";

export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORED = "dvk.language";

/** Vietnamese first; English for whoever picks it (kept in the browser). The APIs answer in the same language. */
export function initI18n(): typeof i18n {
  const stored = window.localStorage.getItem(STORED);
  void i18n.use(initReactI18next).init({
    resources: { vi: { translation: CATALOGUES.vi }, en: { translation: CATALOGUES.en } },
    lng: stored === "en" ? "en" : "vi",
    fallbackLng: "vi",
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18n.language;
  i18n.on("languageChanged", (language) => {
    window.localStorage.setItem(STORED, language);
    document.documentElement.lang = language;
  });
  return i18n;
}

/** A day as the province's calendar has it: the browser's own zone may already be on another day. */
const PROVINCE_DAY: Intl.DateTimeFormatOptions = {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
};

function format(value: string | undefined, language: string, options: Intl.DateTimeFormatOptions): string {
  return value ? new Intl.DateTimeFormat(language === "en" ? "en-GB" : "vi-VN", options).format(new Date(value)) : "";
}

/**
 * Dates as Vietnamese readers write them (05/12/2026: "short" would print 5/12/26), or as English ones do, on the
 * province's calendar whatever the browser's zone: an instant late in the evening UTC is already the next day there.
 */
export function formatDate(value: string | undefined, language: string): string {
  return format(value, language, PROVINCE_DAY);
}

/** A moment to the second, on the province's clock, as the reader's language writes it (audit entries, rebuilds). */
export function formatDateTime(value: string | undefined, language: string): string {
  return format(value, language, { ...PROVINCE_DAY, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
}
