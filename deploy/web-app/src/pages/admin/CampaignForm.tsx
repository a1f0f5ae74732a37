import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { orThrow, type Registry } from "../../api/client";
import { messagesByField, ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { InvalidAlert } from "./InvalidAlert";
import { useApp } from "../../context";
import { definitionOf, EMPTY_CAMPAIGN, LEVELS, windowErrors, type CampaignValues } from "./campaign";

/** Preparing a campaign (a DRAFT): the API judges it; its violations show at their fields, a window's at its row. */
export function CampaignForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { apis, person } = useApp();
  const [values, setValues] = useState<CampaignValues>({ ...EMPTY_CAMPAIGN, organisationId: person.organisationId });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const text = (name: keyof Omit<CampaignValues, "windows">, type = "text") => ({
    label: t(`admin.campaign.form.${name}`),
    value: values[name],
    error: errors[name],
    type,
    onChange: (e: { currentTarget: { value: string } }) => setValues({ ...values, [name]: e.currentTarget.value }),
  });
  const setWindow = (index: number, key: "opensOn" | "closesOn", value: string) =>
    setValues({ ...values, windows: values.windows.map((w, i) => (i === index ? { ...w, [key]: value } : w)) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const saved = orThrow(await apis.registry.POST("/api/v1/campaigns", {
        params: { header: { "Idempotency-Key": crypto.randomUUID() } },
        body: definitionOf(values) as Registry["CampaignDefinition"],
      }));
      setErrors({});
      notifyDone(t("admin.campaign.created", { name: saved.data.name }));
      onSaved();
    } catch (e) {
      setErrors(e instanceof ProblemError ? { ...messagesByField(e.problem), ...windowErrors(e.problem, values) } : {});
      setProblem(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder>
      <form onSubmit={save} noValidate aria-labelledby="campaign-form-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="campaign-form-title">
            {t("admin.campaign.new")}
          </Title>
          {problem !== null && (Object.keys(errors).length > 0 ? (
            <InvalidAlert problem={problem} />
          ) : (
            <ProblemAlert error={problem} />
          ))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text("id")} description={t("admin.campaign.form.idHint")} withAsterisk />
            <TextInput {...text("movement")} description={t("admin.campaign.form.movementHint")} withAsterisk />
          </SimpleGrid>
          <TextInput {...text("name")} withAsterisk />
          <TextInput {...text("organisationId")} description={t("admin.campaign.form.organisationHint")} withAsterisk />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...text("startsOn", "date")} withAsterisk />
            <TextInput {...text("endsOn", "date")} withAsterisk />
            <TextInput {...text("registrationDeadline", "date")} />
          </SimpleGrid>
          <Text size="sm" fw={600}>{t("admin.campaign.form.windows")}</Text>
          <Text size="sm">{t("admin.campaign.form.windowsHint")}</Text>
          {LEVELS.map((level, i) => (
            <SimpleGrid key={level} cols={{ base: 1, sm: 2 }}>
              <TextInput type="date" label={t("admin.campaign.form.opensOn", { level: t(`level.${level}`) })}
                value={values.windows[i].opensOn} error={errors[`${i}.opensOn`]}
                onChange={(e) => setWindow(i, "opensOn", e.currentTarget.value)} />
              <TextInput type="date" label={t("admin.campaign.form.closesOn", { level: t(`level.${level}`) })}
                value={values.windows[i].closesOn} error={errors[`${i}.closesOn`]}
                onChange={(e) => setWindow(i, "closesOn", e.currentTarget.value)} />
            </SimpleGrid>
          ))}
          <Group>
            <Button type="submit" loading={saving}>{t("admin.campaign.form.save")}</Button>
            <Button variant="default" onClick={onCancel}>{t("admin.cancel")}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
