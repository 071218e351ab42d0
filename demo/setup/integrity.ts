/**
 * The SRI hashes the build writes for the CDN files (dist/cdn/integrity.json), fetched from this
 * site. Undefined when there is no build: the snippet then says so instead of showing a wrong hash.
 */
export async function loadIntegrity(url: string): Promise<Record<string, string> | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const hashes: unknown = await response.json();
    if (!hashes || typeof hashes !== 'object') return undefined;
    const entries = Object.entries(hashes).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].startsWith('sha384-'));
    return Object.fromEntries(entries);
  } catch {
    return undefined;
  }
}
