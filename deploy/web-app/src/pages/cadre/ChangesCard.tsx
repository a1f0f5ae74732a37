import { Card, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow, type Registry } from "../../api/client";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { changesBetween, shownValue, type Change } from "./changes";

type Model = Registry["ModelView"];

/** What the card compares: the returned version with the edits not sent yet, or the last two versions sent. */
interface Comparison {
  title: string;
  changes: Change[];
}

/**
 * What changed between versions of a model. A returned one shows the cadre's edits against the version that was
 * returned (compared here: the edits are not a version until they are sent); a model sent more than once shows
 * what its last version changed, from the registry's diff, as the reviewers see it.
 */
export function ChangesCard({ model }: { model: Model }) {
  const { t } = useTranslation();
  const { apis } = useApp();
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const id = model.id!;
  const last = model.currentVersion ?? 0;

  useEffect(() => {
    let cancelled = false;
    setComparison(null);
    (async () => {
      if (model.status === "RETURNED" && last >= 1) {
        const sent = orThrow(await apis.registry.GET("/api/v1/models/{id}/versions/{number}", {
          params: { path: { id, number: last } },
        }));
        return {
          title: t("cadre.changes.sinceReturned", { version: last }),
          changes: changesBetween(sent.data.content ?? {}, model.content ?? {}),
        };
      }
      if (last >= 2) {
        const diff = orThrow(await apis.registry.GET("/api/v1/models/{id}/diff", {
          params: { path: { id }, query: { from: String(last - 1), to: String(last) } },
        }));
        return { title: t("cadre.changes.betweenVersions", { from: last - 1, to: last }), changes: (diff.data.changes ?? []) as Change[] };
      }
      return null;
    })()
      .then((found) => !cancelled && setComparison(found))
      .catch((e: unknown) => !cancelled && setProblem(e));
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, model.updatedAt, model.status, last]);

  if (problem !== null) {
    return <ProblemAlert error={problem} />;
  }
  if (comparison === null) {
    return model.status === "RETURNED" || last >= 2 ? <Loader size="sm" aria-label={t("app.loading")} /> : null;
  }
  return (
    <Card withBorder component="section" aria-labelledby="changes-title" data-testid="changes">
      <Title order={2} size="h4" mb="xs" id="changes-title">
        {comparison.title}
      </Title>
      {comparison.changes.length === 0 ? (
        <Text size="sm">{t("cadre.changes.none")}</Text>
      ) : (
        <Stack gap="sm" component="dl" m={0}>
          {comparison.changes.map((change) => (
            <div key={change.field} data-field={change.field}>
              <Text component="dt" fw={600} size="sm">
                {t(`form.${change.field}`, { defaultValue: change.field })}
              </Text>
              <Text component="dd" m={0} size="sm" c="gray.8" style={{ whiteSpace: "pre-wrap" }}>
                <Text span fw={500}>{t("cadre.changes.before")}: </Text>
                <Text span td="line-through">{shownValue(change.field, change.before, t)}</Text>
              </Text>
              <Text component="dd" m={0} size="sm" style={{ whiteSpace: "pre-wrap" }}>
                <Text span fw={500}>{t("cadre.changes.after")}: </Text>
                {shownValue(change.field, change.after, t)}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
