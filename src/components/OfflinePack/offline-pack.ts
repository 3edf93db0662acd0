// Saves the pack of the page's language for reading offline, on the reader's click only:
// registers the service worker (src/offline/sw.ts) as /sw.js?lang=<lang> (each language
// saved so far is named: saving French after Arabic keeps both), waits until it has stored
// every file, and says so. "Remove" unregisters it and deletes its cache (the site keeps no
// other cache), in every language. Nothing here runs before the reader clicks, except
// asking the browser whether a pack is saved already.
const root = document.querySelector<HTMLElement>('[data-offline-pack]');

/** The languages the service worker of this registration stores (its script's ?lang=…). */
const languagesOf = (registration: ServiceWorkerRegistration | undefined): string[] => {
  const worker = registration?.active ?? registration?.waiting ?? registration?.installing;
  return worker ? new URL(worker.scriptURL).searchParams.getAll('lang') : [];
};

/** Resolves once the registration's newest worker is active; rejects when it fails to install (a file could not be fetched). */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return Promise.reject(new Error('no service worker'));
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('the service worker could not store the pack'));
    });
  });
}

/** Unregisters every service worker of the site and deletes every cache it made. */
async function removeAll(): Promise<void> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}

if (root) {
  const lang = root.dataset.offlinePack ?? '';
  const workerUrl = root.dataset.worker ?? '/sw.js';
  const controls = root.querySelector<HTMLElement>('[data-offline-controls]')!;
  const save = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const tell = (state: string | undefined) => {
    for (const message of root.querySelectorAll<HTMLElement>('[data-offline-message]')) message.hidden = message.dataset.offlineMessage !== state;
    root.dataset.state = state ?? '';
  };
  root.querySelector<HTMLElement>('[data-offline-no-script]')!.hidden = true;

  if (!('serviceWorker' in navigator) || !('caches' in window) || !window.isSecureContext) {
    root.querySelector<HTMLElement>('[data-offline-unsupported]')!.hidden = false;
  } else {
    const show = async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      const saved = languagesOf(registration).includes(lang);
      // Each button sits in an element of its own, which hides it (.button's display would override [hidden]).
      save.hidden = saved;
      remove.hidden = !registration;
      return saved;
    };
    controls.hidden = false;
    void show().then((saved) => saved && tell('saved'));

    save.addEventListener('click', async () => {
      tell('saving');
      save.disabled = true;
      const before = languagesOf(await navigator.serviceWorker.getRegistration('/'));
      try {
        const languages = [...new Set([...before, lang])].sort();
        const query = languages.map((code) => `lang=${encodeURIComponent(code)}`).join('&');
        const registration = await navigator.serviceWorker.register(`${workerUrl}?${query}`, { scope: '/', updateViaCache: 'none' });
        await activated(registration);
        tell('saved');
        // The save button is hidden now: keep the keyboard's place on the message.
        root.querySelector<HTMLElement>('[data-offline-status]')!.focus();
      } catch {
        // Nothing half-stored stays behind when nothing was saved before.
        if (!before.length) await removeAll().catch(() => undefined);
        tell('failed');
      }
      save.disabled = false;
      await show();
    });

    remove.addEventListener('click', async () => {
      remove.disabled = true;
      await removeAll();
      remove.disabled = false;
      tell('removed');
      await show();
      save.focus();
    });
  }
}

// A module of its own: its names stay out of the other scripts' scope.
export {};
