// A checker with JavaScript, as a reader on a phone uses it (Arabic, 360 px): each answer shows
// the next step in place, without loading a page, puts that step's own address in the location
// bar and moves the focus to its heading; Back goes back a step. Every path without JavaScript
// is walked in-process over the data (tests/unit/question-flow.test.ts).
import fs from 'node:fs';
import { expect, test } from '@playwright/test';

interface FlowData {
  start: string;
  questions: { id: string; options: { id: string; next: string }[] }[];
}
const flow = JSON.parse(fs.readFileSync('content/vragen/kiesrecht.json', 'utf8')) as FlowData;
const election = (JSON.parse(fs.readFileSync('content/kiesrecht/verkiezingen.json', 'utf8')) as { registrationDeadline: string }[]).at(-1)!;
const checker = '/ar/verkiezingen/kan-ik-stemmen/';

test('"Can I vote?" answers in place, gives each step its address and focus, and Back goes back', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname);
  });
  await page.goto(checker);
  // A reader from another EU country, of age, in Brussels: the first option at each step that leads on.
  const choices = ['eu', 'ja', 'brussel'];
  let step = flow.start;
  const visited = [step];
  for (const choice of choices) {
    const next = flow.questions.find((question) => question.id === step)!.options.find((option) => option.id === choice)!.next;
    await page.locator(`[data-step="${checker}${step === flow.start ? '' : `${step}/`}"] a[href="${checker}${next}/"]`).click();
    await expect(page).toHaveURL(`${checker}${next}/`);
    const shown = page.locator('.flow__step:not([hidden])');
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute('data-step', `${checker}${next}/`);
    await expect(shown.locator('h2')).toBeFocused();
    step = next;
    visited.push(step);
  }
  // The answer: the registration deadline from the election data, and its sources.
  const answer = page.locator('.flow__step:not([hidden])');
  await expect(answer).toContainText(election.registrationDeadline.slice(0, 4));
  await expect(answer.locator('.flow__sources a').first()).toHaveAttribute('href', /^https:\/\//);
  expect(documents).toEqual([checker]);
  await page.goBack();
  await expect(page).toHaveURL(`${checker}${visited.at(-2)}/`);
  await expect(page.locator('.flow__step:not([hidden])')).toHaveAttribute('data-step', `${checker}${visited.at(-2)}/`);
  expect(documents).toEqual([checker]);
});
