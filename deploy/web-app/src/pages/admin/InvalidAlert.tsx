import { Alert, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/problem";

/**
 * A refused form: the fields it marks say why; the API's violations are listed too, for those a cell of a row or
 * the form as a whole gets (a window's, a criterion's, the weights' total).
 */
export function InvalidAlert({ problem }: { problem: unknown }) {
  const { t } = useTranslation();
  const violations = problem instanceof ProblemError ? problem.problem.violations ?? [] : [];
  return (
    <Alert color="red" role="alert">
      {t("admin.invalid")}
      {violations.length > 0 && (
        <List size="sm" mt="xs">
          {violations.map((v) => (
            <List.Item key={v.field + v.message}>{v.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
