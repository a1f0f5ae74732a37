/** What jsdom lacks and Mantine asks for: media queries, resize observers, the document's fonts. */
export function fillJsdom(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {},
    addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  window.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
  if (!("fonts" in document)) {
    Object.defineProperty(document, "fonts", { value: { addEventListener: () => {}, removeEventListener: () => {} } });
  }
  // a Modal scrolls and a Select's list is positioned: jsdom has neither
  Element.prototype.scrollIntoView ??= () => {};
}

/** An openapi-fetch answer: the body as data (or, failing, as error) and the response it came in. */
export const answer = (status: number, body: unknown) =>
  ({ data: status < 300 ? body : undefined, error: status < 300 ? undefined : body,
    response: new Response(JSON.stringify(body), { status, headers: { ETag: '"1"' } }) });
