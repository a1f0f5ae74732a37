import { Alert, Button, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Problem } from "../../api/problem";

/**
 * A submission refused because fields a submission needs are empty: each field by the name the form gives it,
 * with the API's message, and the way to the form, where the same messages stand at the fields.
 */
export function MissingFields({ problem, onFix }: { problem: Problem; onFix: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t("cadre.missing.title")} data-testid="missing"
      styles={{ title: { color: "var(--mantine-color-dark-8)" } }}>
      <List size="sm">
        {(problem.violations ?? []).map((violation) => (
          <List.Item key={violation.field}>
            {t(`form.${violation.field}`, { defaultValue: violation.field })}: {violation.message}
          </List.Item>
        ))}
      </List>
      <Button size="xs" mt="sm" variant="white" onClick={onFix}>
        {t("cadre.missing.fix")}
      </Button>
    </Alert>
  );
}
