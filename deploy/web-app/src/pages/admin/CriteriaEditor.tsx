import { ActionIcon, Button, Card, Checkbox, Group, NumberInput, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import type { components } from "../../api/generated/recognition";
import { ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { InvalidAlert } from "./InvalidAlert";
import { useApp } from "../../context";
import { criterionErrors, totalWeight } from "./criteria";

type Criterion = components["schemas"]["Criterion"];
type Level = components["schemas"]["Level"];

const BLANK: Criterion = { code: "", name: "", maxPoints: 10, weight: 0 };

/**
 * A level's criteria (weights totalling 100), pass threshold and whether a council votes. None yet: the level
 * recognises on the committee's word until the admin sets some.
 */
export function CriteriaEditor({ campaignId, level }: { campaignId: string; level: Level }) {
  const { t } = useTranslation();
  const { apis } = useApp();
  const [criteria, setCriteria] = useState<Criterion[] | null>(null);
  const [threshold, setThreshold] = useState<number | string>(75);
  const [council, setCouncil] = useState(false);
  const [set, setSet] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const load = async () => {
    const answer = await apis.recognition.GET("/api/v1/criteria/{campaignId}/{level}", {
      params: { path: { campaignId, level } },
    });
    if (answer.response.status === 404) {
      setCriteria([]);
      setSet(false);
      return;
    }
    try {
      const { data } = orThrow(answer);
      setCriteria(data.criteria ?? []);
      setThreshold(data.passThreshold ?? 75);
      setCouncil(Boolean(data.councilRequired));
      setSet(true);
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [campaignId, level]);

  if (criteria === null) {
    return problem ? <ProblemAlert error={problem} /> : null;
  }

  const change = (index: number, patch: Partial<Criterion>) =>
    setCriteria(criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      orThrow(await apis.recognition.PUT("/api/v1/criteria/{campaignId}/{level}", {
        params: { path: { campaignId, level } },
        body: {
          criteria: criteria.map((c) => ({ ...c, code: c.code.trim(), name: c.name.trim() })),
          passThreshold: typeof threshold === "number" ? threshold : undefined,
          councilRequired: council,
        },
      }));
      setErrors({});
      notifyDone(t("admin.criteria.saved", { level: t(`level.${level}`) }));
      await load();
    } catch (e) {
      setErrors(e instanceof ProblemError ? criterionErrors(e.problem) : {});
      setProblem(e);
    } finally {
      setSaving(false);
    }
  };

  const headingId = `criteria-${level}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="criteria" data-level={level}>
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={headingId}>
            {t("admin.criteria.title", { level: t(`level.${level}`) })}
          </Title>
          {!set && criteria.length === 0 && <Text size="sm">{t("admin.criteria.none")}</Text>}
          {problem !== null && (Object.keys(errors).length > 0 ? (
            <InvalidAlert problem={problem} />
          ) : (
            <ProblemAlert error={problem} onReload={() => void load()} />
          ))}
          {criteria.length > 0 && (
            <Table.ScrollContainer minWidth={560}>
              <Table fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("admin.criteria.code")}</Table.Th>
                    <Table.Th>{t("admin.criteria.name")}</Table.Th>
                    <Table.Th>{t("admin.criteria.maxPoints")}</Table.Th>
                    <Table.Th>{t("admin.criteria.weight")}</Table.Th>
                    <Table.Th><VisuallyHidden>{t("admin.criteria.remove")}</VisuallyHidden></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {criteria.map((c, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>
                        <TextInput aria-label={t("admin.criteria.codeOf", { row: i + 1 })} value={c.code}
                          error={errors[`${i}.code`]} onChange={(e) => change(i, { code: e.currentTarget.value })} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={t("admin.criteria.nameOf", { row: i + 1 })} value={c.name}
                          error={errors[`${i}.name`]} onChange={(e) => change(i, { name: e.currentTarget.value })} />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput aria-label={t("admin.criteria.maxPointsOf", { row: i + 1 })} value={c.maxPoints}
                          error={errors[`${i}.maxPoints`]} min={1} max={1000}
                          onChange={(v) => change(i, { maxPoints: Number(v) || 0 })} />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput aria-label={t("admin.criteria.weightOf", { row: i + 1 })} value={c.weight}
                          error={errors[`${i}.weight`]} min={1} max={100}
                          onChange={(v) => change(i, { weight: Number(v) || 0 })} />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red" aria-label={t("admin.criteria.removeRow", { row: i + 1 })}
                          onClick={() => setCriteria(criteria.filter((_, j) => j !== i))}>
                          ✕
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {criteria.length > 0 && (
            <Text size="sm" aria-live="polite">{t("admin.criteria.total", { total: totalWeight(criteria) })}</Text>
          )}
          <Group>
            <Button variant="default" size="xs" onClick={() => setCriteria([...criteria, { ...BLANK }])}>
              {t("admin.criteria.add")}
            </Button>
          </Group>
          <Group align="flex-end">
            <NumberInput label={t("admin.criteria.threshold")} value={threshold} onChange={setThreshold} min={1} max={100}
              error={errors.passThreshold} w={200} />
            <Checkbox label={t("admin.criteria.council")} checked={council} onChange={(e) => setCouncil(e.currentTarget.checked)} />
          </Group>
          <Group>
            <Button type="submit" loading={saving} disabled={criteria.length === 0}>{t("admin.criteria.save")}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
