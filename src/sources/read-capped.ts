/**
 * A response's text, read as it arrives and given up on (the download cancelled) as soon as it is
 * longer than `maxChars`: a huge or endless `src` costs the page no more than the limit.
 * Resolves `null` when the text is over the limit.
 */
export async function readTextCapped(response: Response, maxChars: number): Promise<string | null> {
  // A UTF-8 character is at most 4 bytes, so a declared length over 4x the limit is over it.
  if (!response.body) return ''; // no body at all (e.g. 204): empty text, which then fails as JSON
  if (Number(response.headers.get('content-length')) > maxChars * 4) {
    void response.body.cancel().catch(() => undefined);
    return null;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length > maxChars) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
  }
}
