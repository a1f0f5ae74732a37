import { Badge, Button, Card, Code, Group, List, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { openDocument } from "./download";
import type { CaseView, Recognition } from "./types";

type Council = Recognition["CouncilView"];
type Choice = Recognition["Choice"];
const CHOICES: Choice[] = ["FOR", "AGAINST", "ABSTAIN"];

/** A member's place in the vote, in words: their vote, or that they have not voted yet. */
function ballotText(t: TFunction, vote?: Choice | null) {
  return vote ? t(`review.council.${vote}`) : t("review.council.notVoted");
}

/**
 * The council judging the case at its level: its members (the recused named as such, counted neither in the quorum
 * nor in the share in favour), the tally, the caller's vote when they sit on it, and its minutes.
 */
export function CouncilPanel({ view, onVoted }: { view: CaseView; onVoted: () => void }) {
  const { t, i18n } = useTranslation();
  const { apis, person, session } = useApp();
  const tally = view.judgement?.council ?? null;
  const [council, setCouncil] = useState<Council | null>(null);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [voting, setVoting] = useState<Choice | null>(null);
  const levelName = t(`level.${view.level}`);

  useEffect(() => {
    if (!tally?.councilId) {
      setCouncil(null);
      return;
    }
    void (async () => {
      try {
        setCouncil(orThrow(await apis.recognition.GET("/api/v1/councils/{id}", {
          params: { path: { id: tally.councilId! } },
        })).data);
      } catch (e) {
        setProblem(e);
      }
    })();
  }, [apis, tally?.councilId]);

  if (!tally) {
    return (
      <Card withBorder component="section" aria-labelledby="council-title">
        <Title order={2} size="h4" mb="xs" id="council-title">
          {t("review.council.title")}
        </Title>
        <Text size="sm" data-testid="council">
          {t("review.council.none", { level: levelName.charAt(0).toUpperCase() + levelName.slice(1) })}
        </Text>
      </Card>
    );
  }

  const recused = new Set(tally.recused ?? []);
  const ballots = new Map((tally.ballots ?? []).map((b) => [b.sub, b]));
  const mine = council?.members?.find((m) => m.sub === person.subject);
  const myBallot = mine ? ballots.get(mine.sub) : undefined;
  const mayVote = view.stage === "UNDER_REVIEW" && mine !== undefined && !recused.has(mine.sub!);

  const vote = async (choice: Choice) => {
    setVoting(choice);
    setProblem(null);
    try {
      orThrow(await apis.recognition.POST("/api/v1/cases/{modelId}/votes", {
        params: { path: { modelId: view.modelId! } }, body: { vote: choice },
      }));
      notifyDone(t("review.council.voted", { vote: t(`review.council.${choice}`) }));
      onVoted();
    } catch (e) {
      setProblem(e);
    } finally {
      setVoting(null);
    }
  };

  const readMinutes = async () => {
    setProblem(null);
    try {
      const answer = await fetch(`/api/v1/cases/${view.modelId}/council-minutes?format=txt`, {
        headers: { Authorization: `Bearer ${await session.token()}`, "Accept-Language": i18n.language },
      });
      setMinutes(answer.ok ? await answer.text() : null);
    } catch (e) {
      setProblem(e);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="council-title" data-testid="council">
      <Title order={2} size="h4" mb="xs" id="council-title">
        {t("review.council.title")}: {tally.name}
      </Title>
      <Text size="sm">
        {t("review.council.tally", {
          voted: tally.voted, eligible: tally.eligible, quorum: tally.quorum, votesFor: tally.votesFor,
          votesAgainst: tally.votesAgainst, abstentions: tally.abstentions,
        })}
      </Text>
      <Group gap="xs" mt={4}>
        <Badge variant="light" c="dark.8" tt="none" color={tally.quorumReached ? "green" : "orange"}>
          {t(tally.quorumReached ? "review.council.quorumReached" : "review.council.quorumMissing")}
        </Badge>
        <Badge variant="light" c="dark.8" tt="none" color={tally.inFavour ? "green" : "orange"}>
          {t(tally.inFavour ? "review.council.inFavour" : "review.council.notInFavour")}
        </Badge>
      </Group>
      {council && (
        <Stack gap={2} mt="sm">
          <Text fw={600} size="sm">{t("review.council.members")}</Text>
          <List size="sm" data-testid="council-members">
            {council.members?.map((m) => (
              <List.Item key={m.sub}>
                {m.fullName}
                {m.title ? `, ${m.title}` : ""}
                {m.chair ? ` (${t("review.council.chair")})` : ""}
                {recused.has(m.sub!) ? (
                  <Text span size="sm" c="red.9" data-testid="recused"> · {t("review.council.recused")}</Text>
                ) : (
                  <Text span size="sm" data-testid="ballot" data-vote={ballots.get(m.sub!)?.vote ?? "NONE"}>
                    {" · "}{ballotText(t, ballots.get(m.sub!)?.vote)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {problem !== null && <ProblemAlert error={problem} />}
      {mine !== undefined && recused.has(mine.sub!) && (
        <Text size="sm" mt="sm" data-testid="my-recusal">{t("review.council.youAreRecused")}</Text>
      )}
      {mayVote && (
        <Stack gap={4} mt="sm" role="group" aria-labelledby="my-vote">
          <Text fw={600} size="sm" id="my-vote">{t("review.council.vote")}</Text>
          <Text size="sm" data-testid="my-vote">
            {myBallot?.vote ? t("review.council.yourVote", { vote: t(`review.council.${myBallot.vote}`) })
              : t("review.council.notYetVoted")}
          </Text>
          <Group gap="xs">
            {CHOICES.map((choice) => (
              <Button key={choice} size="xs" variant={choice === myBallot?.vote ? "filled" : "default"}
                aria-pressed={choice === myBallot?.vote} loading={voting === choice} onClick={() => void vote(choice)}>
                {t(`review.council.${choice}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <Stack gap={4} mt="sm">
        <Text fw={600} size="sm">{t("review.council.minutes")}</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => void readMinutes()}>
            {t("review.council.minutesText")}
          </Button>
          <Button size="xs" variant="default" onClick={() => void (async () => openDocument(
            `/api/v1/cases/${view.modelId}/council-minutes?format=pdf`, await session.token(), i18n.language)
            .catch(setProblem))()}>
            {t("review.council.minutesPdf")}
          </Button>
        </Group>
        {minutes !== null && (
          <Code block data-testid="minutes" style={{ whiteSpace: "pre-wrap" }}>{minutes}</Code>
        )}
      </Stack>
    </Card>
  );
}
