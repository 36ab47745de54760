import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/browser-harness';
import { canRunBrowserTests } from './support/environment';
import { watchProblems } from './support/page-problems';
import { signInAs } from './support/sign-in';

const CASE_WORKER = 'caseworker@demo.ctip.invalid';
const KHMER_NAME = 'សុខ ដារ៉ា';

/** Opens the stage dialog, chooses a stage, gives the reason (and closure reason) and moves. */
async function moveStage(page: Page, stage: string, reason: string, closureReason?: string) {
  await page.getByRole('button', { name: 'Move stage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move the case to another stage' });
  await dialog.getByRole('radio', { name: new RegExp(`^${stage}`) }).check();
  await dialog.getByRole('textbox', { name: 'Why the case moves' }).fill(reason);
  if (closureReason) {
    await dialog.getByRole('textbox', { name: 'Why the case closes' }).click();
    await page.getByRole('option', { name: closureReason, exact: true }).click();
  }
  const moved = page.waitForResponse((response) => /\/api\/cases\/[^/]+\/stage$/.test(response.url()) && response.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Move the case' }).click();
  expect((await moved).status()).toBe(200);
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('stage-badge').filter({ hasText: stage }).waitFor();
}

describe.skipIf(!canRunBrowserTests())('a case worker in the browser', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('walks a case from screening to closure in English, then reads it in Khmer', async () => {
    const { context, page, requests } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, CASE_WORKER);

    // Survivor cases → New case, through the navigation.
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('button', { name: 'Survivor cases' }).click();
    await navigation.getByRole('link', { name: 'New case' }).click();
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();

    // The person: a Khmer name and its Latin form, a child's date of birth, home province, a phone.
    await page.getByRole('group', { name: 'Name 1' }).getByRole('textbox', { name: 'Full name' }).fill(KHMER_NAME);
    const latin = page.getByRole('group', { name: 'Name 2' });
    await latin.getByRole('textbox', { name: 'Family name' }).fill('Sok');
    await latin.getByRole('textbox', { name: 'Given name' }).fill('Dara');
    await latin.getByRole('textbox', { name: 'Full name' }).fill('Sok Dara');
    await page.getByRole('radio', { name: 'Female', exact: true }).check();
    await page.getByRole('radio', { name: 'Exact date' }).check();
    await page.getByLabel('Date of birth').fill('2009-05-01');
    await page.getByRole('textbox', { name: 'Home province' }).fill('Prey Veng');
    await page.getByRole('option', { name: /Prey Veng/ }).click();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByRole('group', { name: 'Contact 1' }).getByRole('textbox', { name: 'Number or address' }).fill('012 345 678');
    const personSaved = page.waitForResponse((response) => response.url().endsWith('/api/persons') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Save the person and continue' }).click();
    expect((await personSaved).status()).toBe(201);

    // The screening: an act and a purpose, no means; 16 at the time of the act, so the child rule applies.
    await page.getByRole('heading', { name: `Screening of ${KHMER_NAME}` }).waitFor();
    await page.getByLabel('Date of the act').fill('2025-06-01');
    const acts = page.getByRole('group', { name: 'Act' });
    await acts.getByRole('checkbox', { name: 'Recruitment' }).check();
    await acts.getByRole('textbox', { name: 'Evidence: Recruitment' }).fill('A job offer on Facebook for work on a fishing boat.');
    await page.getByRole('group', { name: 'Purpose of exploitation' }).getByRole('checkbox', { name: 'Forced labour or services' }).check();
    await expect(page.getByTestId('screening-outcome').textContent()).resolves.toBe('Presumed victim');
    await page.getByText('Age at the time of the act: 16 (from the date of birth).').waitFor();
    await page.getByText('The child rule').waitFor();
    const screened = page.waitForResponse((response) => /\/api\/persons\/[^/]+\/screenings$/.test(response.url()) && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Record the screening' }).click();
    const screening = (await (await screened).json()) as { outcome: string };
    expect(screening.outcome).toBe('presumed_victim');

    // Open the case from the presumed-victim screening.
    await page.getByRole('heading', { name: 'Open the case' }).waitFor();
    await page.getByRole('checkbox', { name: 'Forced labour', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Fishing', exact: true }).check();
    await page.getByRole('button', { name: 'Open the case', exact: true }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]+$/);
    const caseHeading = page.getByRole('heading', { level: 1, name: /^CT-/ });
    await caseHeading.waitFor();
    const caseNumber = (await caseHeading.textContent())?.trim() ?? '';
    await expect(page.getByTestId('case-person-name').textContent()).resolves.toBe(KHMER_NAME);
    await page.getByTestId('stage-badge').filter({ hasText: 'Identified' }).waitFor();
    await page.getByTestId('mosvy-stage-badge').filter({ hasText: 'MoSVY: Pre-integration' }).waitFor();

    // Consent to recording the person's data.
    await page.getByRole('tab', { name: 'Consents' }).click();
    await page.getByRole('button', { name: 'Record a consent' }).click();
    const consentDialog = page.getByRole('dialog', { name: 'Record a consent' });
    const consented = page.waitForResponse((response) => /\/api\/cases\/[^/]+\/consents$/.test(response.url()) && response.request().method() === 'POST');
    await consentDialog.getByRole('button', { name: 'Record the consent' }).click();
    expect((await consented).status()).toBe(201);
    await page.getByRole('cell', { name: 'Recording their data', exact: true }).waitFor();
    await page.getByText('In force').waitFor();

    // Into care.
    await moveStage(page, 'In care', 'Admitted to the shelter for care.');

    // Repatriation is blocked, and the dialog says why; closing without a reason is refused on the field.
    await page.getByRole('button', { name: 'Move stage' }).click();
    const stageDialog = page.getByRole('dialog', { name: 'Move the case to another stage' });
    await stageDialog.getByRole('radio', { name: 'Identified' }).waitFor();
    expect(await stageDialog.getByRole('radio', { name: /^Repatriation/ }).isDisabled()).toBe(true);
    await stageDialog.getByText('Record the repatriation (from and to which country) first.').waitFor();
    await stageDialog.getByText('A child’s case needs a guardian before repatriation.', { exact: false }).waitFor();
    await stageDialog.getByRole('radio', { name: /^Closed/ }).check();
    await stageDialog.getByRole('button', { name: 'Move the case' }).click();
    await stageDialog.getByText('Choose why the case closes.').waitFor();
    await stageDialog.getByRole('button', { name: 'Cancel' }).click();
    await stageDialog.waitFor({ state: 'detached' });

    // Through reintegration and follow-up to closure.
    await moveStage(page, 'Reintegration', 'Family traced in Prey Veng; the child returns home.');
    await moveStage(page, 'Follow-up', 'Living with her mother; visits scheduled.');
    await moveStage(page, 'Closed', 'Reintegrated and doing well after a year.', 'Reintegrated');

    // The timeline tells the story.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.getByTestId('case-timeline');
    await timeline.getByText('Case opened').waitFor();
    await timeline.getByText('Consent given: Recording their data').waitFor();
    await timeline.getByText('Moved to Closed: Reintegrated').waitFor();
    await timeline.getByText('“Reintegrated and doing well after a year.”').waitFor();

    // In Khmer, the same page reads in Khmer.
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('ខ្មែរ').click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();
    await page.getByTestId('stage-badge').filter({ hasText: 'បានបិទ' }).waitFor();
    await page.getByTestId('mosvy-stage-badge').filter({ hasText: 'ក្រសួងសង្គមកិច្ច៖ ការបិទករណី' }).waitFor();
    await page.getByRole('button', { name: 'ប្ដូរដំណាក់កាល' }).waitFor();
    await page.getByRole('tab', { name: 'ប្រវត្តិហេតុការណ៍' }).waitFor();
    await page.getByTestId('case-timeline').getByText('បានប្ដូរទៅ បានបិទ៖ បានធ្វើសមាហរណកម្មឡើងវិញ').waitFor();
    await expect(page.getByTestId('case-person-name').textContent()).resolves.toBe(KHMER_NAME);
    await page.getByRole('tab', { name: 'អត្តសញ្ញាណ', exact: true }).click();
    await page.getByRole('columnheader', { name: 'ឈ្មោះពេញ' }).waitFor();
    await page.getByRole('cell', { name: KHMER_NAME }).waitFor();
    await page.getByRole('cell', { name: 'Sok Dara' }).waitFor();

    // On a tablet (1024 × 768) the case page fits the width: nothing scrolls sideways but its tables.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('tab', { name: 'ការកំណត់អត្តសញ្ញាណ និងការការពារ' }).click();
    await page.getByRole('heading', { name: 'សិទ្ធិរបស់ជនរងគ្រោះ' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // Back to English: the choice is saved on the account, and the other journeys sign in in English.
    await page.setViewportSize({ width: 1280, height: 900 });
    const restored = page.waitForResponse((response) => response.url().endsWith('/api/me/preferences') && response.request().method() === 'PATCH');
    await page.getByRole('radiogroup', { name: 'ភាសាផ្ទៃប្រើប្រាស់' }).getByText('English').click();
    expect((await restored).status()).toBe(200);

    const origin = new URL(harness.url).origin;
    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('suggests the existing person while a name that exists is typed', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, CASE_WORKER);

    // Someone is recorded, under a name no demo record has (the demo data set is loaded too)…
    const name = `Sophea Vornkhamsena${crypto.randomUUID().replace(/[^a-f]/g, '').slice(0, 6)}`;
    await page.goto(`${harness.url}/cases/new`);
    await page.getByRole('group', { name: 'Name 1' }).getByRole('textbox', { name: 'Full name' }).fill(name);
    await page.getByRole('button', { name: 'Remove name 2' }).click();
    await page.getByRole('radio', { name: 'Female', exact: true }).check();
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/persons') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Save the person and continue' }).click();
    expect((await saved).status()).toBe(201);
    await page.getByRole('heading', { name: `Screening of ${name}` }).waitFor();

    // …and when the same name is typed again, they are suggested with the reasons.
    await page.goto(`${harness.url}/cases/new`);
    await page.getByText('Type a name to check whether this person is already recorded.').waitFor();
    await page.getByRole('group', { name: 'Name 1' }).getByRole('textbox', { name: 'Full name' }).fill(name);
    const candidate = page.getByTestId('duplicate-candidate').filter({ hasText: name });
    await candidate.waitFor();
    await candidate.getByText('Name: the same words').waitFor();
    await candidate.getByText('No case yet').waitFor();

    // The user says it is the same person: they screen that person instead of entering a new one.
    await candidate.getByRole('button', { name: 'Same person: screen them instead' }).click();
    await page.getByRole('heading', { level: 1, name: `Screen ${name}` }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
  it('imports a legacy sheet: the dry run reports each bad row, a clean sheet commits whole', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, CASE_WORKER);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ctip-import-'));
    const tag = crypto.randomUUID().replace(/[^a-f]/g, '').slice(0, 6);
    const header = 'Name (Latin),Sex,Date of birth,Nationality,Province,Date identified';
    const badSheet = path.join(folder, 'bad.csv');
    fs.writeFileSync(badSheet, `${header}\nMom Srey${tag},F,2001-02-03,Cambodian,Kampot,2024-05-10\nHeng Vichet${tag},F,2030-01-01,Atlantis,Kampot,2024-05-10\n`);
    const goodSheet = path.join(folder, 'good.csv');
    fs.writeFileSync(goodSheet, `${header}\nMom Srey${tag},F,2001-02-03,Cambodian,Kampot,2024-05-10\nHeng Vichet${tag},M,14/07/1998,Cambodia,Takeo,01/06/2024\n`);

    await page.goto(`${harness.url}/cases/import`);
    await page.getByRole('heading', { level: 1, name: 'Import legacy cases' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(badSheet);
    await page.getByRole('button', { name: 'Upload and read the columns' }).click();
    await page.getByRole('heading', { name: 'What each column holds' }).waitFor();
    // ctip proposed every column from its name.
    await expect(page.getByRole('textbox', { name: /^Import column F/ }).inputValue()).resolves.toBe('Date identified');
    await page.getByRole('button', { name: 'Run a dry run' }).click();
    await page.getByRole('heading', { name: 'Dry run report' }).waitFor();
    await page.getByText('1 of 2 rows pass').waitFor();
    const report = page.getByRole('table').filter({ hasText: 'Problem' });
    await report.getByRole('row').filter({ hasText: 'This date is in the future.' }).filter({ hasText: 'C · Date of birth' }).waitFor();
    await report.getByRole('row').filter({ hasText: 'Not a country or nationality ctip knows.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import every row' }).isDisabled()).toBe(true);

    // A clean sheet: the dry run passes, and every row is imported in one step.
    await page.getByRole('button', { name: 'Cancel the import' }).click();
    await page.getByTestId('import-status').filter({ hasText: 'Cancelled' }).waitFor();
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.locator('input[type=file]').setInputFiles(goodSheet);
    await page.getByRole('button', { name: 'Upload and read the columns' }).click();
    await page.getByRole('button', { name: 'Run a dry run' }).click();
    await page.getByText('2 of 2 rows pass').waitFor();
    await page.getByRole('button', { name: 'Import every row' }).click();
    await page.getByRole('dialog', { name: 'Import every row?' }).getByRole('button', { name: 'Import every row' }).click();
    await page.getByText('2 persons and 2 cases were added, each case with screening pending.').waitFor();

    // The imported cases are found by name.
    await page.goto(`${harness.url}/cases`);
    await page.getByRole('searchbox', { name: 'Search' }).fill(`Vichet${tag}`);
    await page.getByRole('cell', { name: `Heng Vichet${tag}` }).waitFor();
    fs.rmSync(folder, { recursive: true, force: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets an analyst download the de-identified export, and nothing identifying', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, 'analyst@demo.ctip.invalid');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('link', { name: 'De-identified export' }).click();
    await page.getByRole('heading', { level: 1, name: 'De-identified export' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the CSV file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ctip-cases-deidentified-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await file.path(), 'utf8');
    expect(csv).not.toContain(KHMER_NAME);
    await page.getByTestId('export-summary').getByText(/^Rows: /).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
