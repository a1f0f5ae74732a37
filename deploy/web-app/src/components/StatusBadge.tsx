import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const COLOURS: Record<string, string> = {
  DRAFT: "gray",
  SUBMITTED: "blue",
  RETURNED: "orange",
  RECOGNIZED: "green",
  NOMINATED: "teal",
  DECLINED: "red",
  WITHDRAWN: "gray",
  REVOKED: "red",
};

export function StatusBadge({ status }: { status?: string }) {
  const { t } = useTranslation();
  if (!status) {
    return null;
  }
  // dark text on light badges keeps the contrast WCAG AA asks at small sizes
  return (
    <Badge color={COLOURS[status] ?? "gray"} variant="light" c={`${COLOURS[status] ?? "gray"}.9`} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
