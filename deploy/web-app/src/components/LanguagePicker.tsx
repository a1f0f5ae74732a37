import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Tiếng Việt by default; English as the second catalogue. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("app.language")}
      value={i18n.language}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={[
        { value: "vi", label: "Tiếng Việt" },
        { value: "en", label: "English" },
      ]}
    />
  );
}
