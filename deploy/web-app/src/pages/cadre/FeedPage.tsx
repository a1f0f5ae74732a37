import { Anchor, Card, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { feedOf, useFeedState, type FeedEntry } from "./feed";

const COLOURS: Record<string, string> = {
  RETURNED: "orange", RECOGNIZED: "green", NOMINATED: "teal", DECLINED: "red", REVOKED: "red",
};

/** What happened to the unit's models, newest first; new entries arrive live. Opening it marks them read. */
export function FeedPage() {
  const { t, i18n } = useTranslation();
  const { person } = useApp();
  const feed = feedOf(person.organisationId);
  const state = useFeedState(feed);

  useEffect(() => {
    feed.markSeen(); // whatever arrives while the page is open is read as it arrives
  }, [feed, state.entries]);

  return (
    <Stack component="section" aria-labelledby="feed-title" maw={900}>
      <Title order={1} size="h2" id="feed-title">
        {t("cadre.feed.title")}
      </Title>
      <Text size="sm" c="gray.7">{t("cadre.feed.live")}</Text>
      {state.problem !== null && <ProblemAlert error={state.problem} />}
      {!state.loaded && <Loader aria-label={t("app.loading")} />}
      {state.loaded && state.entries.length === 0 && <Text>{t("cadre.feed.empty")}</Text>}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-live="polite" data-testid="feed">
        {state.entries.map((entry) => (
          <li key={entry.id}>
            <FeedCard entry={entry} language={i18n.language} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function FeedCard({ entry, language }: { entry: FeedEntry; language: string }) {
  const { t } = useTranslation();
  const level = entry.level ? t(`level.${entry.level}`) : "";
  return (
    <Card withBorder padding="sm" data-kind={entry.kind}
      style={{ borderLeft: `4px solid var(--mantine-color-${COLOURS[entry.kind ?? ""] ?? "gray"}-6)` }}>
      <Stack gap={4}>
        <Text fw={600}>{t(`cadre.feed.kind.${entry.kind}`, { level })}</Text>
        <Anchor component={Link} to={`/models/${entry.modelId}`}>
          {entry.modelTitle}
        </Anchor>
        {entry.reason && <Text size="sm">{t("cadre.feed.reason", { reason: entry.reason })}</Text>}
        {entry.decisionNumber && <Text size="sm">{t("cadre.feed.decision", { number: entry.decisionNumber })}</Text>}
        <Text size="xs" c="gray.7">{formatDate(entry.occurredAt, language)}</Text>
      </Stack>
    </Card>
  );
}
