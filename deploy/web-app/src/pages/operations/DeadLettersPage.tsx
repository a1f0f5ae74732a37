import {
  Alert, Badge, Button, Card, Checkbox, Code, Group, Loader, Modal, SegmentedControl, Select, Stack, Text, TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDateTime } from "../../i18n";
import {
  filterLetters, isOpen, NO_FILTER, openCount, replayedAll, SERVICES, toReplay, topicsOf, withReport,
  type LetterFilter, type ServiceName, type StatusFilter,
} from "./deadLetters";
import { readLetters, replayLetters, type DeadLetter, type ReplayReport } from "./letterApi";

/** One service's letters as read, or why they could not be. */
interface Read {
  letters: DeadLetter[];
  more: boolean;
  problem: unknown;
}

/** An alert's title in the body's near-black: the light variants' own green and yellow are under AA's 4.5:1. */
const READABLE_TITLE = { title: { color: "var(--mantine-color-dark-8)" } };

const STATUS_COLOURS: Record<string, string> = { PENDING: "orange", FAILED: "red", REPLAYED: "green" };

/**
 * The events each service could not process, what failed and why, and their replay once the cause is fixed. What
 * an event said (its payload) shows only to operators who also hold operator-payloads: the services leave it out
 * for the others, since it can name people.
 */
export function DeadLettersPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const phone = useMediaQuery("(max-width: 36em)");
  const [reads, setReads] = useState<Partial<Record<ServiceName, Read>>>({});
  const [service, setService] = useState<ServiceName>("registry");
  const [filter, setFilter] = useState<LetterFilter>(NO_FILTER);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [replaying, setReplaying] = useState(false);
  const [result, setResult] = useState<{ service: ServiceName; report: ReplayReport } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const read = async (which: ServiceName) => {
    try {
      const { letters, more } = await readLetters(apis, which);
      setReads((before) => ({ ...before, [which]: { letters, more, problem: null } }));
    } catch (e) {
      setReads((before) => ({ ...before, [which]: { letters: [], more: false, problem: e } }));
    }
  };

  useEffect(() => {
    void Promise.all(SERVICES.map(read));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const current = reads[service];
  const letters = current?.letters ?? [];
  const shown = useMemo(() => filterLetters(letters, filter), [letters, filter]);
  const chosen = toReplay(letters, selected);

  const choose = (next: ServiceName) => {
    setService(next);
    setFilter(NO_FILTER);
    setSelected(new Set());
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });

  const replay = async (ids: string[]) => {
    setReplaying(true);
    setProblem(null);
    try {
      const report = await replayLetters(apis, service, ids);
      setResult({ service, report });
      setReads((before) => ({
        ...before,
        [service]: { ...(before[service] ?? { more: false, problem: null }), letters: withReport(letters, report) },
      }));
      setSelected(new Set());
      setConfirming(null);
      await read(service); // what the replay released may have settled other letters too
    } catch (e) {
      setProblem(e);
    } finally {
      setReplaying(false);
    }
  };

  const at = (value?: string | null) => formatDateTime(value ?? undefined, i18n.language);
  const topics = topicsOf(letters);

  return (
    <Stack component="section" aria-labelledby="dead-letters-title" maw={1000}>
      <Title order={1} size="h2" id="dead-letters-title">
        {t("operations.letters.title")}
      </Title>
      <Text>{t("operations.letters.hint")}</Text>
      <SegmentedControl
        value={service}
        onChange={(value) => choose(value as ServiceName)}
        aria-label={t("operations.letters.service")}
        data={SERVICES.map((name) => ({
          value: name,
          // a count only for a service that answered: one that could not be read shows its problem instead
          label: reads[name] && reads[name]!.problem == null
            ? t("operations.letters.serviceCount", {
                service: t(`operations.letters.services.${name}`), count: openCount(reads[name]!.letters),
              })
            : t(`operations.letters.services.${name}`),
        }))}
        fullWidth
        orientation={phone ? "vertical" : "horizontal"}
        data-testid="letter-services"
      />
      {result !== null && result.service === service && (
        <Alert color={replayedAll(result.report) ? "green" : "yellow"} role="status" data-testid="replay-result"
          title={t("operations.letters.result.title")} withCloseButton onClose={() => setResult(null)}
          styles={READABLE_TITLE}
          closeButtonLabel={t("app.close")}>
          {t("operations.letters.result.counts", {
            attempted: result.report.attempted ?? 0, replayed: result.report.replayed ?? 0,
            failed: result.report.failed ?? 0,
          })}{" "}
          {!replayedAll(result.report) && t("operations.letters.result.failedHint")}
        </Alert>
      )}
      {problem !== null && <ProblemAlert error={problem} />}
      {current === undefined && <Loader aria-label={t("app.loading")} />}
      {current?.problem != null && <ProblemAlert error={current.problem} onReload={() => void read(service)} />}
      {current !== undefined && current.problem == null && letters.length === 0 && (
        <Alert color="green" title={t("operations.letters.none.title")} data-testid="letters-none"
          styles={READABLE_TITLE}>
          {t("operations.letters.none.text", { service: t(`operations.letters.services.${service}`) })}
        </Alert>
      )}
      {letters.length > 0 && (
        <>
          <Group align="flex-end" wrap="wrap">
            <Select label={t("operations.letters.filter.status")} value={filter.status} allowDeselect={false}
              data={(["open", "replayed", "all"] as StatusFilter[]).map((value) => ({
                value, label: t(`operations.letters.filter.statuses.${value}`),
              }))}
              onChange={(value) => setFilter({ ...filter, status: (value ?? "open") as StatusFilter })} />
            <Select label={t("operations.letters.filter.topic")} value={filter.topic} clearable
              placeholder={t("operations.letters.filter.anyTopic")} data={topics}
              onChange={(value) => setFilter({ ...filter, topic: value })} />
            <TextInput label={t("operations.letters.filter.text")} value={filter.text}
              onChange={(e) => setFilter({ ...filter, text: e.currentTarget.value })} />
          </Group>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" aria-live="polite" data-testid="letters-shown">
              {t("operations.letters.shown", { shown: shown.length, total: letters.length })}
              {current?.more && ` ${t("operations.letters.more")}`}
            </Text>
            <Button disabled={chosen.length === 0} onClick={() => setConfirming(chosen)}>
              {t("operations.letters.replaySelected", { count: chosen.length })}
            </Button>
          </Group>
          {shown.length === 0 && <Text c="dimmed">{t("operations.letters.noneMatch")}</Text>}
          <Stack gap="sm">
            {shown.map((letter) => (
              <Card key={letter.id} withBorder data-testid="dead-letter" data-id={letter.id} data-key={letter.key}
                data-status={letter.status}>
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    {isOpen(letter) ? (
                      <Checkbox checked={selected.has(letter.id!)} onChange={(e) => toggle(letter.id!, e.currentTarget.checked)}
                        label={<Text span fw={600} style={{ wordBreak: "break-word" }}>{letter.eventType ?? letter.id}</Text>} />
                    ) : (
                      <Text fw={600} style={{ wordBreak: "break-word" }}>{letter.eventType ?? letter.id}</Text>
                    )}
                    <Badge color={STATUS_COLOURS[letter.status ?? ""] ?? "gray"} variant="light" c="dark.8" tt="none">
                      {t(`operations.letters.status.${letter.status ?? "PENDING"}`)}
                    </Badge>
                  </Group>
                  <Text size="sm" style={{ wordBreak: "break-word" }}>
                    {t("operations.letters.where", { topic: letter.sourceTopic, key: letter.key ?? "–", at: at(letter.failedAt) })}
                  </Text>
                  <Text size="sm" data-testid="letter-reason">
                    <strong>{t("operations.letters.reason")}</strong> {letter.reason}
                  </Text>
                  {letter.lastReplayError && (
                    <Text size="sm" c="red.9">
                      <strong>{t("operations.letters.lastError")}</strong> {letter.lastReplayError}
                    </Text>
                  )}
                  {letter.status === "REPLAYED" && (
                    <Text size="sm">
                      {t("operations.letters.replayedAt", {
                        at: at(letter.replayedAt), outcome: t(`operations.letters.outcome.${letter.outcome ?? "applied"}`),
                      })}
                    </Text>
                  )}
                  {letter.payload && (
                    <details>
                      <summary>{t("operations.letters.payload")}</summary>
                      <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}>{letter.payload}</Code>
                    </details>
                  )}
                  <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>{letter.id}</Text>
                  {isOpen(letter) && (
                    <Group>
                      <Button size="xs" variant="light" onClick={() => setConfirming([letter.id!])}>
                        {t("operations.letters.replayOne")}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        </>
      )}
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={t("operations.letters.confirm.title")}
        closeButtonProps={{ "aria-label": t("app.close") }}>
        <Stack>
          <Text size="sm">
            {t("operations.letters.confirm.text", {
              count: confirming?.length ?? 0, service: t(`operations.letters.services.${service}`),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t("operations.letters.confirm.cancel")}
            </Button>
            <Button loading={replaying} onClick={() => confirming && void replay(confirming)}>
              {t("operations.letters.confirm.replay", { count: confirming?.length ?? 0 })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
