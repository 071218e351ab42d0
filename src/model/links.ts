/** Links from a dataset or a clinic become an href only when they pass `isHttpUrl`. */
/** Whether a link carries a user name or password (`https://user:pass@site/`, `https://a.example@b.example/`). */
export function hasCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/**
 * A link a patient can trust to go where it says: written out as `http://` or `https://` and a
 * host, with no spaces, backslashes or control characters (which browsers silently repair), and no
 * user name or password (`https://clinic.example@evil.example/` goes to evil.example).
 */
export function isHttpUrl(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex -- control characters in a link are what is refused
  if (typeof value !== 'string' || !/^https?:\/\/[^\s\\/?#@:]/i.test(value) || /[\s\\\u0000-\u001f\u007f-\u009f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
