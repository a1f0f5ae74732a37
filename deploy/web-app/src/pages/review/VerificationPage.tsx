import { Alert, Anchor, Code, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { orThrow } from "../../api/client";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { verificationLink } from "./download";
import type { Recognition } from "./types";

type Verification = Recognition["Verification"];
const COLOURS = { GENUINE: "green", REVOKED: "orange", NOT_GENUINE: "red" } as const;

/** What a certificate's token verifies to (the public verification any holder of the certificate can run), in words. */
export function VerificationPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const [search] = useSearchParams();
  const token = search.get("token") ?? "";
  const [answer, setAnswer] = useState<Verification | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    if (!token) {
      return;
    }
    void (async () => {
      try {
        setAnswer(orThrow(await apis.recognition.GET("/api/v1/certificates/verification", {
          params: { query: { token } },
        })).data);
      } catch (e) {
        setProblem(e);
      }
    })();
  }, [apis, token]);

  const c = answer?.certificate;
  return (
    <Stack maw={800} component="section" aria-labelledby="verify-title">
      <Title order={1} size="h2" id="verify-title">{t("review.verification.title")}</Title>
      {!token && <Text>{t("review.verification.missing")}</Text>}
      {problem !== null && <ProblemAlert error={problem} />}
      {token && !answer && problem === null && <Loader aria-label={t("app.loading")} />}
      {answer && (
        <Alert color={COLOURS[answer.status ?? "NOT_GENUINE"]} data-testid="verification" data-verification={answer.status}
          styles={{ message: { color: "var(--mantine-color-dark-8)" } }}>
          {t(`review.verification.${answer.status}`)}
        </Alert>
      )}
      {c && (
        <Table data-testid="certificate">
          <Table.Tbody>
            {[
              [t("review.verification.holder"), `${c.holder ?? ""}${c.holderUnit ? ` · ${c.holderUnit}` : ""}`],
              [t("review.verification.subject"), c.subject],
              [t("review.verification.form"), `${c.form ?? ""} · ${c.level ? t(`level.${c.level}`) : ""}`],
              [t("review.verification.campaign"), c.campaign],
              [t("review.verification.decision"), `${c.decisionNumber ?? ""} · ${formatDate(c.decisionDate, i18n.language)}`],
              [t("review.verification.issuer"), `${c.issuer ?? ""} · ${c.signerName ?? ""}, ${c.signerTitle ?? ""}`],
            ].map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {token && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>{t("review.verification.link")}</Text>
          <Code block data-testid="verification-link">
            <Anchor href={verificationLink(token)} size="sm" style={{ wordBreak: "break-all" }}>{verificationLink(token)}</Anchor>
          </Code>
        </Stack>
      )}
    </Stack>
  );
}
