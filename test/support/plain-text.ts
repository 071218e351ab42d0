/**
 * Test helpers that compare words: the catalogs mark dataset text with U+2068/U+2069 isolates
 * (src/i18n/bidi.ts). Tests about the words read them without the marks; the marks themselves are
 * checked in test/unit/bidi.test.ts and test/browser/bidi.test.ts.
 */
import { withoutIsolates } from '../../src/i18n/bidi.js';

export { withoutIsolates };

/** The catalog with every message function giving its text without isolate marks (nested catalogs too). */
export function plainCatalog<T extends object>(catalog: T): T {
  return new Proxy(catalog, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value === 'function')
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown)(...args);
          return typeof result === 'string' ? withoutIsolates(result) : result;
        };
      return value && typeof value === 'object' && !Array.isArray(value) ? plainCatalog(value) : value;
    },
  });
}
