// The starter pack as its readers use it: the checklist, the phrase guide, the pages and links.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';

const countries = JSON.parse(fs.readFileSync('content/countries.json', 'utf8')) as { id: string; languages: string[]; page: string }[];
const items = JSON.parse(fs.readFileSync('content/rugzak/items.json', 'utf8')) as { id: string; situations: string[] }[];
const chapters = fs.readdirSync('content/nl/pakket/brochure').filter((file) => file !== 'index.mdx').map((file) => file.replace(/\.mdx$/, ''));

for (const lang of ['nl', 'ar']) {
  test.describe(`the document checklist (${lang})`, () => {
    test('keeps three ticks after a reload, on this device only', async ({ page, context }) => {
      await page.goto(`/${lang}/pakket/rugzak/`);
      const ticks = page.locator('[data-tick]');
      expect(await ticks.count()).toBe(items.length);
      for (const id of ['paspoort', 'geboorteakte', 'huwelijksakte']) await page.locator(`#tick-${id}`).check();
      await page.reload();
      for (const id of ['paspoort', 'geboorteakte', 'huwelijksakte']) await expect(page.locator(`#tick-${id}`)).toBeChecked();
      await expect(page.locator('[data-tick]:checked')).toHaveCount(3);
      expect(await context.cookies()).toEqual([]);
    });

    test('a situation filter hides the documents for other situations', async ({ page }) => {
      await page.goto(`/${lang}/pakket/rugzak/`);
      await page.locator('input[name="situation"][value="kinderen"]').check();
      for (const item of items) {
        const shown = item.situations.length === 0 || item.situations.includes('kinderen');
        await expect(page.locator(`[data-item="${item.id}"]`)).toBeVisible({ visible: shown });
      }
      await page.locator('input[name="situation"][value="kinderen"]').uncheck();
      await expect(page.locator('[data-item]:visible')).toHaveCount(items.length);
    });

    test('“print my list” prints only the ticked documents', async ({ page }) => {
      await page.addInitScript(() => {
        window.print = () => {
          (window as unknown as { printed: boolean }).printed = true;
        };
      });
      await page.goto(`/${lang}/pakket/rugzak/`);
      for (const id of ['paspoort', 'geboorteaktes-kinderen', 'diplomas']) await page.locator(`#tick-${id}`).check();
      await page.locator('[data-checklist-print]').click();
      expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('[data-item]:visible').evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.item));
      expect(printed.sort()).toEqual(['diplomas', 'geboorteaktes-kinderen', 'paspoort']);
    });
  });
}

test('without JavaScript the checklist is the complete list, without the tools', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/pakket/rugzak/');
  await expect(page.locator('[data-item]:visible')).toHaveCount(items.length);
  await expect(page.locator('[data-checklist-filter]')).toBeHidden();
  await expect(page.locator('[data-checklist-print]')).toBeHidden();
  await context.close();
});

async function withVoices(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((list) => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const synth = {
      getVoices: () => list,
      speak: (utterance: { text: string }) => spoken.push(utterance.text),
      cancel: () => {},
      addEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      voice: unknown;
      lang = '';
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    };
  }, voices);
}

for (const lang of ['tr', 'ar']) {
  test(`the phrase guide (${lang}) offers “listen” with a Dutch voice and speaks the Dutch`, async ({ page }) => {
    await withVoices(page, [{ lang: 'en-US', name: 'English' }, { lang: 'nl-BE', name: 'Vlaams' }]);
    await page.goto(`/${lang}/pakket/taalgids/`);
    const buttons = page.locator('button.phrase-guide__listen');
    expect(await buttons.count()).toBeGreaterThanOrEqual(60);
    await expect(buttons.first()).toBeVisible();
    const dutch = (await page.locator('.phrase-guide__dutch').first().textContent())?.trim();
    await expect(buttons.first()).toHaveAccessibleDescription(dutch!);
    await buttons.first().click();
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([dutch]);
  });
}

test('the phrase guide shows no listen control when the device has no Dutch voice', async ({ page }) => {
  await withVoices(page, [{ lang: 'en-US', name: 'English' }, { lang: 'fr-FR', name: 'Français' }]);
  await page.goto('/ru/pakket/taalgids/');
  await expect(page.locator('.phrase-guide__dutch').first()).toBeVisible();
  await expect(page.locator('button.phrase-guide__listen:visible')).toHaveCount(0);
});

test('the phrase guide gives a pronunciation aid in the reader’s script', async ({ page }) => {
  for (const [lang, script] of [['ar', /\p{Script=Arabic}/u], ['ru', /\p{Script=Cyrillic}/u], ['bg', /\p{Script=Cyrillic}/u], ['tr', /\p{Script=Latin}/u]] as const) {
    await page.goto(`/${lang}/pakket/taalgids/`);
    const say = await page.locator('.phrase-guide__say').first().textContent();
    expect(say, lang).toMatch(script);
    await expect(page.locator('.phrase-guide__dutch [lang]').first()).toHaveAttribute('lang', 'nl');
  }
});

test.describe('every part of the pack, in every language, reachable from the home page', () => {
  for (const { code } of locales) {
    test(code, async ({ page }) => {
      await page.goto(`/${code}/`);
      await page.locator(`main a[href="/${code}/pakket/"]`).click();
      await expect(page.locator('.pack-path li')).toHaveCount(7);
      for (const part of ['brochure', 'taalgids', 'rugzak']) await expect(page.locator(`main a[href="/${code}/pakket/${part}/"]`)).toHaveCount(1);
      await page.locator(`main a[href="/${code}/pakket/brochure/"]`).click();
      for (const chapter of chapters) await expect(page.locator(`main a[href="/${code}/pakket/brochure/${chapter}/"]`)).toHaveCount(1);
      await page.locator(`main a[href="/${code}/pakket/brochure/${chapters[0]}/"]`).click();
      await expect(page.locator('.key-words dt [lang]').first()).toHaveAttribute('lang', 'nl');
      await expect(page.locator('.illustration img')).toHaveAttribute('alt', /\S/);
      for (const pdf of ['pakket-brochure.pdf']) {
        const response = await page.request.get(`/downloads/${code}/${pdf}`);
        expect(response.headers()['content-type']).toBe('application/pdf');
      }
    });
  }
});

test('the consulates’ short links lead to the pack in the country’s languages and Dutch', async ({ page }) => {
  for (const country of countries) {
    await page.goto(`/${country.id}/`);
    for (const lang of [...country.languages, 'nl']) {
      await expect(page.locator(`section[lang="${lang}"] a[href="/${lang}/${country.page}/"]`)).toBeVisible();
    }
  }
});
