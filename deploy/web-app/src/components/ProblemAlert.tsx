import { Alert, Button, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../api/problem";

/**
 * A refusal in the API's own words (its title and detail, in the user's language); a conflict offers to reload,
 * saying what changed in the screen's own words when it gives them (`conflict`: a case, a decision...).
 */
export function ProblemAlert({ error, onReload, conflict }: { error: unknown; onReload?: () => void; conflict?: string }) {
  const { t } = useTranslation();
  if (!(error instanceof ProblemError)) {
    return (
      <Alert color="red" title={t("problem.title")} role="alert">
        {t("problem.network")}
      </Alert>
    );
  }
  const { problem } = error;
  return (
    <Alert color="red" title={problem.title ?? t("problem.title")} role="alert">
      {/* a stale version's detail names ETags: where the screen says what changed, its words replace it */}
      {!(conflict && problem.status === 412) && problem.detail}
      {error.isConflict && (
        <>
          {" "}
          {conflict ?? t("problem.conflict")}{" "}
          {onReload && (
            <Button size="xs" variant="white" onClick={onReload}>
              {t("problem.reload")}
            </Button>
          )}
        </>
      )}
      {problem.violations && problem.violations.length > 0 && (
        <List size="sm" mt="xs">
          {problem.violations.map((v) => (
            <List.Item key={v.field + v.message}>{v.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
