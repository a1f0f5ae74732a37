import { Button, Card, Checkbox, Group, NumberInput, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import type { components } from "../../api/generated/recognition";
import { ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { candidates, changeSeat, councilErrors, councilMembers, type Seat } from "./council";
import { InvalidAlert } from "./InvalidAlert";
import { allOrganisations } from "./organisations";

type Council = components["schemas"]["CouncilView"];
type Level = components["schemas"]["Level"];

/**
 * Forms a committee's council for a level of the campaign, or changes one: its name, quorum and members, picked among
 * the reviewers recognition has seen in the committee's part of the tree (no API lists people; a reviewer shows here
 * once they have opened the app). A member's title and the chair are the admin's to give.
 */
export function CouncilForm({ campaignId, levels, council, onSaved, onCancel }: {
  campaignId: string; levels: Level[]; council?: Council; onSaved: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { apis } = useApp();
  const [level, setLevel] = useState<Level | null>(council?.level ?? levels[0] ?? null);
  const [committees, setCommittees] = useState<{ value: string; label: string }[]>([]);
  const [committee, setCommittee] = useState<string | null>(council?.organisationId ?? null);
  const [name, setName] = useState(council?.name ?? "");
  const [quorum, setQuorum] = useState<number | string>(council?.quorum ?? 2);
  const [seats, setSeats] = useState<Seat[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  // the committees of the level: a base's, a bloc's Standing Board, the province's
  useEffect(() => {
    if (council || !level) {
      return;
    }
    allOrganisations(apis).then((all) => setCommittees(all
      .filter((o) => o.kind === level && o.active !== false)
      .map((o) => ({ value: o.id!, label: `${o.name} (${o.id})` }))))
      .catch(setProblem);
  }, [apis, council, level]);

  useEffect(() => {
    if (!committee) {
      setSeats(null);
      return;
    }
    apis.recognition.GET("/api/v1/reviewers", { params: { query: { organisationId: committee, limit: 200 } } })
      .then((answer) => setSeats(candidates(orThrow(answer).data.items ?? [], council?.members ?? [])))
      .catch(setProblem);
  }, [apis, committee, council]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    const members = councilMembers(seats ?? []);
    const quorumValue = typeof quorum === "number" ? quorum : 0;
    try {
      if (council) {
        orThrow(await apis.recognition.PUT("/api/v1/councils/{id}", {
          params: { path: { id: council.id! }, header: { "If-Match": `"${council.version}"` } },
          body: { name: name.trim(), quorum: quorumValue, members },
        }));
      } else {
        orThrow(await apis.recognition.POST("/api/v1/councils", {
          params: { header: { "Idempotency-Key": crypto.randomUUID() } },
          body: { campaignId, level: level!, organisationId: committee ?? undefined, name: name.trim(),
            quorum: quorumValue, members },
        }));
      }
      notifyDone(t(council ? "admin.councils.changed" : "admin.councils.formed", { name: name.trim() }));
      onSaved();
    } catch (e) {
      setErrors(councilErrors(e));
      setProblem(e);
    } finally {
      setSaving(false);
    }
  };

  const invalid = problem instanceof ProblemError && problem.problem.status === 400;
  return (
    <Card withBorder component="section" aria-labelledby="council-form-title" data-testid="council-form">
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5" id="council-form-title">
            {council ? t("admin.councils.changeTitle", { name: council.name }) : t("admin.councils.formTitle")}
          </Title>
          {problem !== null && (invalid ? <InvalidAlert problem={problem} /> : <ProblemAlert error={problem} />)}
          {council ? (
            <Text size="sm">
              {t(`level.${council.level}`)} · {t("admin.councils.committeeOf", { committee: council.organisationId })}
            </Text>
          ) : (
            <>
              <Select label={t("admin.councils.level")} data={levels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
                value={level} onChange={(v) => { setLevel(v as Level); setCommittee(null); }} allowDeselect={false} />
              <Select label={t("admin.councils.committee")} data={committees} value={committee} onChange={setCommittee}
                searchable nothingFoundMessage={t("admin.councils.noCommittee")} error={errors.organisationId} />
            </>
          )}
          <TextInput label={t("admin.councils.name")} value={name} onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name} required />
          <NumberInput label={t("admin.councils.quorum")} description={t("admin.councils.quorumHint")} value={quorum}
            onChange={setQuorum} min={1} max={50} error={errors.quorum} w={260} />
          <Stack gap={6} role="group" aria-labelledby="council-members-title">
            <Text fw={600} size="sm" id="council-members-title">{t("admin.councils.members")}</Text>
            {errors.members && <Text size="sm" c="red.9">{errors.members}</Text>}
            {!committee && <Text size="sm">{t("admin.councils.pickCommittee")}</Text>}
            {seats !== null && seats.length === 0 && (
              <Text size="sm" data-testid="no-reviewers">{t("admin.councils.noReviewers")}</Text>
            )}
            {seats?.map((s) => (
              <Stack key={s.sub} gap={4} data-testid="seat">
                <Checkbox checked={s.seated} label={t("admin.councils.seat", {
                  name: s.fullName, login: s.username ?? s.sub, organisation: s.orgId })}
                  onChange={(e) => setSeats(changeSeat(seats, s.sub, { seated: e.currentTarget.checked }))} />
                {s.seated && (
                  <Group gap="sm" pl="xl" align="flex-end" wrap="wrap">
                    <TextInput size="xs" label={t("admin.councils.titleOf", { name: s.fullName })} value={s.title}
                      onChange={(e) => setSeats(changeSeat(seats, s.sub, { title: e.currentTarget.value }))} />
                    <Checkbox size="xs" checked={s.chair} label={t("admin.councils.chairOf", { name: s.fullName })}
                      onChange={(e) => setSeats(changeSeat(seats, s.sub, { chair: e.currentTarget.checked }))} />
                  </Group>
                )}
              </Stack>
            ))}
          </Stack>
          <Group>
            <Button type="submit" loading={saving} disabled={!committee || !level}>
              {t(council ? "admin.councils.saveChange" : "admin.councils.form")}
            </Button>
            <Button variant="default" onClick={onCancel}>{t("admin.cancel")}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
