import type { Registry } from "./client";
import { ProblemError, type Problem } from "./problem";

type Attachment = Registry["AttachmentView"];
/** The path of the generated client's attachToModel: a rename in the document fails the type check here. */
type AttachPath = keyof import("./generated/registry").paths & "/api/v1/models/{id}/attachments";
const ATTACH: AttachPath = "/api/v1/models/{id}/attachments";

/**
 * Uploads one evidence file with XMLHttpRequest, whose upload events give the progress fetch cannot; the answer
 * is the generated client's AttachmentView, a refusal a ProblemError like every other call's.
 */
export function uploadEvidence(
  modelId: string,
  file: File,
  description: string,
  token: string | undefined,
  language: string,
  onProgress: (percent: number) => void,
): Promise<Attachment> {
  const form = new FormData();
  form.append("file", file, file.name);
  if (description.trim()) {
    form.append("description", description.trim());
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", ATTACH.replace("{id}", encodeURIComponent(modelId)));
    if (token) {
      request.setRequestHeader("Authorization", `Bearer ${token}`);
    }
    request.setRequestHeader("Accept-Language", language);
    request.setRequestHeader("Idempotency-Key", crypto.randomUUID());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(Math.round((event.loaded / event.total) * 100));
      }
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = {};
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(100);
        resolve(body as Attachment);
      } else {
        reject(new ProblemError({ status: request.status, ...(body as Problem) }));
      }
    };
    request.onerror = () => reject(new Error("network"));
    request.send(form);
  });
}
