/**
 * Opens what an API answers behind a token (a PDF, the minutes' text) in a new tab: a link cannot carry the bearer
 * token, so the app fetches it and hands the browser the blob.
 */
export async function openDocument(path: string, token: string | undefined, language: string): Promise<void> {
  const answer = await fetch(path, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Accept-Language": language },
  });
  if (!answer.ok) {
    throw new Error(`HTTP ${answer.status}`);
  }
  window.open(URL.createObjectURL(await answer.blob()), "_blank");
}

/**
 * The public address that verifies a certificate's token, without login: what its QR code carries (the service's
 * dvk.certificates.verify-url), on the app's origin, where the Ingress serves the APIs.
 */
export function verificationLink(token: string, origin = window.location.origin): string {
  return `${origin}/api/v1/certificates/verification?token=${encodeURIComponent(token)}`;
}
