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
  // the colour tints the badge; its small text stays near-black (a light badge's own green is 4.1:1, under AA)
  return (
    <Badge color={COLOURS[status] ?? "gray"} variant="light" c="dark.8" tt="none" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
