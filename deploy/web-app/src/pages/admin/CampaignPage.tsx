import { Anchor, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { orThrow, type Registry } from "../../api/client";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { CouncilsList } from "./CouncilsList";
import { CriteriaEditor } from "./CriteriaEditor";

/** One campaign: its review windows, and for each level it uses, how that level's committee judges. */
export function CampaignPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const { id } = useParams() as { id: string };
  const [campaign, setCampaign] = useState<Registry["CampaignView"] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    apis.registry.GET("/api/v1/campaigns/{id}", { params: { path: { id } } })
      .then((answer) => setCampaign(orThrow(answer).data))
      .catch(setProblem);
  }, [apis, id]);

  if (campaign === null) {
    return problem ? <ProblemAlert error={problem} /> : <Loader aria-label={t("app.loading")} />;
  }
  const date = (value?: string) => formatDate(value, i18n.language);
  return (
    <Stack component="section" aria-labelledby="campaign-title">
      <Anchor component={Link} to="/admin/campaigns" size="sm">
        {t("admin.campaign.back")}
      </Anchor>
      <Title order={1} size="h2" id="campaign-title">
        {campaign.name}
      </Title>
      <Text size="sm">
        {campaign.id} · {t(`admin.campaign.status.${campaign.status}`)} ·{" "}
        {t("admin.campaign.period", { from: date(campaign.startsOn), to: date(campaign.endsOn) })}
      </Text>
      <Text size="sm">{t("admin.criteria.hint")}</Text>
      {(campaign.levels ?? []).map((level) => (
        <CriteriaEditor key={level} campaignId={id} level={level} />
      ))}
      <CouncilsList campaignId={id} levels={campaign.levels ?? []} />
    </Stack>
  );
}
