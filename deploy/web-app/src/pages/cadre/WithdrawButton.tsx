import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow, type Registry } from "../../api/client";
import { messagesByField, ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";

type Model = Registry["ModelView"];

/** The statuses a unit may still take its model back from (the registry refuses it once recognition has ended). */
export const WITHDRAWABLE = ["DRAFT", "SUBMITTED", "RETURNED", "NOMINATED"];

/** Taking the model back, after the cadre confirms and says why: it leaves every review queue. */
export function WithdrawButton({ model, etag, onWithdrawn }: {
  model: Model;
  etag: string;
  onWithdrawn: (model: Model, etag: string) => void;
}) {
  const { t } = useTranslation();
  const { apis } = useApp();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<unknown>(null);
  const [working, setWorking] = useState(false);

  const withdraw = async () => {
    setWorking(true);
    setProblem(null);
    try {
      const done = orThrow(await apis.registry.POST("/api/v1/models/{id}/withdraw", {
        params: { path: { id: model.id! }, header: { "If-Match": etag } },
        body: { reason },
      }));
      setOpened(false);
      notifyDone(t("cadre.withdraw.done"));
      onWithdrawn(done.data, done.etag);
    } catch (e) {
      setProblem(e);
    } finally {
      setWorking(false);
    }
  };

  const errors = problem instanceof ProblemError ? messagesByField(problem.problem) : {};
  return (
    <>
      <Button color="red" variant="outline" onClick={() => setOpened(true)}>
        {t("cadre.withdraw.action")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("cadre.withdraw.title")}
        closeButtonProps={{ "aria-label": t("app.close") }}>
        <Stack>
          <Text size="sm">{t("cadre.withdraw.warning", { title: model.content?.title })}</Text>
          {problem !== null && !errors.reason && <ProblemAlert error={problem} />}
          <Textarea label={t("cadre.withdraw.reason")} value={reason} withAsterisk autosize minRows={3}
            error={errors.reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t("cadre.withdraw.cancel")}
            </Button>
            <Button color="red" loading={working} onClick={() => void withdraw()}>
              {t("cadre.withdraw.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
