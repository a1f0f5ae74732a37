import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import type { components } from "../../api/generated/reporting";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDateTime } from "../../i18n";
import { isRunning, percentDone } from "./progress";

type Status = components["schemas"]["RebuildStatus"];

/** How often the screen asks how a running rebuild stands. */
const POLL_MS = 1000;

/**
 * Rebuilding the reporting figures from the topics: started here, followed to the end (events applied of those on
 * the topics, rate, time left), while the live figures keep serving.
 */
export function RebuildPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const [status, setStatus] = useState<Status | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const wasRunning = useRef(false);

  const read = async () => {
    try {
      const next = orThrow(await apis.reporting.GET("/api/v1/projections/rebuild")).data;
      setStatus(next);
      setProblem(null);
      if (wasRunning.current && next.state === "DONE") {
        notifyDone(t("operations.rebuild.finished"));
      }
      wasRunning.current = isRunning(next);
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void read();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!isRunning(status)) {
      return;
    }
    const timer = window.setTimeout(() => void read(), POLL_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  const start = async () => {
    setStarting(true);
    setProblem(null);
    try {
      const started = orThrow(await apis.reporting.POST("/api/v1/projections/rebuild")).data as Status;
      wasRunning.current = true;
      setStatus(started);
      if (!isRunning(started)) {
        await read();
      }
    } catch (e) {
      setProblem(e);
    } finally {
      setStarting(false);
    }
  };

  const number = (n?: number) => new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "vi-VN").format(n ?? 0);
  const at = (value?: string) => formatDateTime(value, i18n.language);
  const running = isRunning(status);
  const percent = percentDone(status);
  const state = status?.state ?? "NONE";

  return (
    <Stack component="section" aria-labelledby="rebuild-title" maw={800}>
      <Title order={1} size="h2" id="rebuild-title">
        {t("operations.rebuild.title")}
      </Title>
      <Text>{t("operations.rebuild.hint")}</Text>
      {problem !== null && <ProblemAlert error={problem} onReload={() => void read()} />}
      <Card withBorder data-testid="rebuild" data-state={state}>
        <Stack gap="sm">
          <Text fw={600} aria-live="polite" data-testid="rebuild-state">
            {t(`operations.rebuild.state.${state}`)}
          </Text>
          {state !== "NONE" && (
            <>
              <Progress value={percent} size="lg" animated={running} color={state === "FAILED" ? "red" : undefined}
                aria-label={t("operations.rebuild.progress", { percent })} />
              <Text size="sm" data-testid="rebuild-counts">
                {t("operations.rebuild.counts", {
                  percent, applied: number(status?.eventsApplied), skipped: number(status?.eventsSkipped),
                  total: number(status?.eventsTotal),
                })}
              </Text>
              {running && (
                <Text size="sm">
                  {t("operations.rebuild.rate", { rate: number(Math.round(status?.eventsPerSecond ?? 0)) })}
                  {status?.secondsLeft != null && ` · ${t("operations.rebuild.left", { seconds: status.secondsLeft })}`}
                </Text>
              )}
              <Text size="sm">
                {t("operations.rebuild.started", { at: at(status?.startedAt) })}
                {status?.finishedAt && ` · ${t("operations.rebuild.ended", { at: at(status.finishedAt) })}`}
              </Text>
            </>
          )}
          {state === "FAILED" && (
            <Alert color="red" role="alert" title={t("operations.rebuild.failedTitle")}>
              {status?.error} {t("operations.rebuild.failedHint")}
            </Alert>
          )}
          {state === "NONE" && <Text size="sm">{t("operations.rebuild.none")}</Text>}
          <Group>
            <Button onClick={() => void start()} loading={starting} disabled={running}>
              {running ? t("operations.rebuild.running") : t("operations.rebuild.start")}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
