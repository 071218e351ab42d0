/**
 * Languages load on demand: what the widget shows while Spanish is loading, after it is in, and
 * when it cannot load (a CDN file copied without its neighbours, a network failure).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the host element: its `lang` (from `closest('[lang]')`) and the updates it was asked for. */
function fakeHost(lang: string, hasUpdated = false) {
  const host = {
    lang,
    hasUpdated,
    updates: 0,
    addController() {},
    requestUpdate() {
      host.updates++;
    },
    closest: () => ({ getAttribute: () => host.lang }),
  };
  return host;
}

async function freshController(lazy?: Record<string, unknown>) {
  vi.resetModules();
  if (lazy) vi.doMock('../../src/lazy.js', () => lazy);
  return (await import('../../src/i18n/controller.js')).LocaleController;
}

afterEach(() => {
  vi.doUnmock('../../src/lazy.js');
  vi.restoreAllMocks();
});

describe('loading a language', () => {
  it('before the first render: waits (shows nothing), then shows Spanish with what the host prepared', async () => {
    const LocaleController = await freshController();
    const host = fakeHost('es-MX');
    const prepared: string[] = [];
    const controller = new LocaleController(host as never, (locale) => {
      prepared.push(locale);
      return Promise.resolve(true);
    });
    controller.hostConnected();
    expect([controller.waiting, controller.loading, controller.value.locale]).toEqual([true, true, 'en']);
    await controller.ready;
    expect([controller.waiting, controller.loading, controller.value.tag]).toEqual([false, false, 'es-MX']);
    expect(controller.messages.language).toBe('es');
    expect(prepared).toEqual(['es']);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('on a live switch: keeps showing the language it had until the new one is in', async () => {
    const LocaleController = await freshController();
    const host = fakeHost('en', true);
    const controller = new LocaleController(host as never);
    controller.hostConnected();
    host.lang = 'es';
    expect(controller.refresh()).toBe(true);
    expect([controller.waiting, controller.loading, controller.messages.language]).toEqual([false, true, 'en']);
    await controller.ready;
    expect([controller.loading, controller.messages.language]).toEqual([false, 'es']);
  });

  it('a switch back before Spanish arrives wins over the late Spanish', async () => {
    const LocaleController = await freshController();
    const host = fakeHost('es', true);
    const controller = new LocaleController(host as never);
    controller.hostConnected();
    const late = controller.ready;
    host.lang = 'en';
    controller.refresh();
    await late;
    expect([controller.loading, controller.value.locale, controller.messages.language]).toEqual([false, 'en', 'en']);
  });

  it('stays in English throughout when what the host prepares for Spanish is not available', async () => {
    const LocaleController = await freshController();
    const host = fakeHost('es');
    const controller = new LocaleController(host as never, () => Promise.resolve(false));
    controller.hostConnected();
    await controller.ready;
    expect([controller.waiting, controller.loading, controller.value.locale, controller.messages.language]).toEqual([
      false,
      false,
      'en',
      'en',
    ]);
  });

  it('falls back to English, with a warning, when the Spanish messages cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const LocaleController = await freshController({ catalogs: { es: () => Promise.reject(new Error('404')) }, builtInDatasets: {} });
    const host = fakeHost('es');
    const controller = new LocaleController(host as never);
    controller.hostConnected();
    await controller.ready;
    expect([controller.waiting, controller.loading, controller.value.locale, controller.messages.language]).toEqual([
      false,
      false,
      'en',
      'en',
    ]);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('the built-in dataset by language', () => {
  it('loads each language once and keeps it for an immediate switch later', async () => {
    vi.resetModules();
    const { builtInDataset, loadBuiltInDataset } = await import('../../src/sources/built-in-dataset.js');
    expect(builtInDataset('es')).toBeUndefined();
    const loading = loadBuiltInDataset('es');
    expect(loadBuiltInDataset('es')).toBe(loading);
    const es = await loading;
    expect(es.options.find((o) => o.id === 'physical-therapy')?.label).toBe('Terapia física (ejercicio)');
    expect(builtInDataset('es')).toBe(es);
  });

  it('falls back to English when Spanish cannot load, and fails only when English cannot either', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const english = { options: [{ id: 'tms', label: 'TMS' }] };
    vi.resetModules();
    vi.doMock('../../src/lazy.js', () => ({
      catalogs: {},
      builtInDatasets: { en: () => Promise.resolve(english), es: () => Promise.reject(new Error('offline')) },
      builtInDepths: {},
    }));
    const { loadBuiltInDataset } = await import('../../src/sources/built-in-dataset.js');
    expect(await loadBuiltInDataset('es')).toBe(english);
    expect(warn).toHaveBeenCalledOnce();

    vi.resetModules();
    vi.doMock('../../src/lazy.js', () => ({
      catalogs: {},
      builtInDatasets: { en: () => Promise.reject(new Error('offline')) },
      builtInDepths: {},
    }));
    const fresh = await import('../../src/sources/built-in-dataset.js');
    await expect(fresh.loadBuiltInDataset('en')).rejects.toThrow('offline');
  });
});
