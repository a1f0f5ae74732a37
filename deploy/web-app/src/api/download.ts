/**
 * Opens a document an API serves (evidence, a certificate's PDF) in a new tab. A plain link cannot carry the bearer
 * token, so it is fetched with it and opened from the browser's memory.
 */
export async function openDocument(path: string, token: string | undefined, language: string): Promise<void> {
  const answer = await fetch(path, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Accept-Language": language },
  });
  window.open(URL.createObjectURL(await answer.blob()), "_blank");
}
