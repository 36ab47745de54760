import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/browser-harness';
import { canRunBrowserTests } from './support/environment';
import { watchProblems } from './support/page-problems';
import { signInAs } from './support/sign-in';

// Issue 6, in the browser: a hotline operator takes a call about a site and refers it to the
// police; an investigator records the raid on that site, rescuing three people, which actions the
// report; the shelter that takes them in finds their new cases; an administrator publishes the
// site's history, and the public list shows it without anything about people. Each step is one
// test, in order, on one server; each signs in in a browser context of its own.

const HOTLINE_OPERATOR = 'hotline@demo.ctip.invalid';
const INVESTIGATOR = 'investigator@demo.ctip.invalid';
const CASE_WORKER = 'caseworker@demo.ctip.invalid';
const ADMIN = 'admin@demo.ctip.invalid';

const POLICE = '[Demo] Provincial Anti-Human Trafficking Police Office';
const SHELTER = '[Demo] Sunrise Shelter';

const SITE_NAME = 'Golden Fortune Compound';
const REPORTER = { name: 'Ros Vicheka', phone: '012 555 0147' };
/** The person the caller names, later rescued with two others. None of the demo data set's names. */
const KHMER_NAME = 'អ៊ឹម សុវត្ថា';
const RESCUED = [
  { name: KHMER_NAME, otherName: 'Im Sovattha', sex: 'female', nationality: 'Cambodia', age: '17' },
  { name: 'Mey Chanrith', otherName: '', sex: 'male', nationality: 'Cambodia', age: '24' },
  { name: 'Đinh Thị Yến', otherName: 'Dinh Thi Yen', sex: 'female', nationality: 'Vietnam', age: '22' },
] as const;
/** Everything about people the journey typed: none of it may reach the public list. */
const PERSONAL_TEXT = [REPORTER.name, REPORTER.phone, ...RESCUED.flatMap((person) => [person.name, person.otherName]).filter((text) => text !== '')];

/** Whether the element has the keyboard focus. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Waits until the element has the keyboard focus (a field focused by the page after a render). */
async function waitForFocus(locator: Locator): Promise<void> {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction((element) => element === document.activeElement, handle);
}

/** Waits until a field shows a value starting with `start` (a select whose choice loads from the server). */
async function waitForValue(locator: Locator, start: string): Promise<void> {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction(([element, text]) => (element as HTMLInputElement).value.startsWith(text as string), [handle, start] as const);
}

/** Types into a searchable select, waits for the option and picks it with the keyboard. */
async function pickByKeyboard(page: Page, field: Locator, typed: string, option: string | RegExp): Promise<void> {
  await field.focus();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The value of a fact in a page's list of facts (a `dl`), by its label. */
function factOf(page: Page, label: string): Locator {
  return page.locator('dl > div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');
}

/** Types into a searchable select and clicks the option. */
async function pickOption(page: Page, field: Locator, typed: string, option: string | RegExp): Promise<void> {
  await field.click();
  await field.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe.skipIf(!canRunBrowserTests())('a call, a raid and the rescued people’s cases in the browser', () => {
  let harness: BrowserHarness;
  let siteUrl = '';
  let reportUrl = '';
  let reference = '';

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('a hotline operator adds a site, takes a call about it by keyboard, sees it in the queue and refers it to the police', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, HOTLINE_OPERATOR);
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });

    // Sites → Add a site: a scam compound in Preah Sihanouk, first reported by the press.
    await navigation.getByRole('button', { name: 'Sites' }).click();
    await navigation.getByRole('link', { name: 'Add a site' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a site' }).waitFor();
    await pickOption(page, page.getByRole('textbox', { name: 'Kind' }), 'Scam', 'Scam compound');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(SITE_NAME);
    await pickOption(page, page.getByRole('textbox', { name: 'Province' }), 'Preah Sihanouk', /Preah Sihanouk/);
    await page.getByRole('combobox', { name: 'Source' }).selectOption('press_article');
    await page.getByRole('textbox', { name: 'Title' }).fill('Workers held in a compound outside the city');
    await page.getByRole('textbox', { name: 'Publisher' }).fill('The Mekong Daily');
    await page.getByRole('textbox', { name: 'Web address' }).fill('https://news.example.invalid/compound');
    const siteSaved = page.waitForResponse((response) => response.url().endsWith('/api/sites') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Add the site' }).click();
    expect((await siteSaved).status()).toBe(201);
    await page.waitForURL(/\/sites\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: SITE_NAME }).waitFor();
    siteUrl = page.url();

    // Intake → Queue: nothing waits yet, and the queue says so (no filter is set to clear).
    await navigation.getByRole('button', { name: 'Intake' }).click();
    await navigation.getByRole('link', { name: 'Queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intake queue' }).waitFor();
    await page.getByText('The queue is empty').waitFor();
    expect(await page.getByRole('button', { name: 'Clear filters' }).isDisabled()).toBe(true);

    // Take a call: the channel has the focus, and the call is typed as it comes.
    await navigation.getByRole('link', { name: 'Take a call' }).click();
    await page.getByRole('heading', { level: 1, name: 'Take a call' }).waitFor();
    const channel = page.getByRole('combobox', { name: 'Channel' });
    await waitForFocus(channel);
    expect(await channel.inputValue()).toBe('hotline');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('textbox', { name: 'Reporter’s name' }))).toBe(true);
    await page.keyboard.type(REPORTER.name);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('combobox', { name: 'Way to reach' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('textbox', { name: 'Reporter’s contact' }))).toBe(true);
    await page.keyboard.type(REPORTER.phone);

    // The person concerned, past who the reporter is and the two choices about them: a Khmer name, Cambodian, 17.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('combobox', { name: 'Reporter is' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('checkbox', { name: 'Anonymous' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('checkbox', { name: 'Do not call back' }))).toBe(true);
    await page.keyboard.press('Tab');
    const person = page.getByRole('group', { name: 'Person 1' });
    expect(await isFocused(person.getByRole('textbox', { name: 'Name' }))).toBe(true);
    await page.keyboard.type(KHMER_NAME);
    await page.keyboard.press('Tab');
    expect(await isFocused(person.getByRole('textbox', { name: 'Nationality' }))).toBe(true);
    await pickByKeyboard(page, person.getByRole('textbox', { name: 'Nationality' }), 'Cambod', 'Cambodia');
    await page.keyboard.press('Tab');
    expect(await isFocused(person.getByRole('textbox', { name: 'Age' }))).toBe(true);
    await page.keyboard.type('17');
    await person.getByRole('combobox', { name: 'Sex' }).selectOption('female');

    // Where: the site just added, found by part of its name.
    await pickByKeyboard(page, page.getByRole('textbox', { name: 'Site' }), 'Golden Fort', new RegExp(`^${SITE_NAME} · Scam compound`));
    await page.getByText('Taken from the site.').waitFor();

    // What is alleged, and how urgent: immediate danger, chosen with the arrow keys.
    await page.getByRole('textbox', { name: 'What is alleged' }).focus();
    await page.keyboard.type('Her sister says she is locked in and made to run online scams; she sent a message this morning.');
    await pickByKeyboard(page, page.getByRole('textbox', { name: 'Allegations' }), 'Forced crim', 'Forced criminality (online scams)');
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: 'Normal' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('radio', { name: 'Immediate danger' }).isChecked()).toBe(true);

    // Ctrl+Enter saves and opens the report.
    const reportSaved = page.waitForResponse((response) => response.url().endsWith('/api/reports') && response.request().method() === 'POST');
    await page.keyboard.press('Control+Enter');
    const savedResponse = await reportSaved;
    expect(savedResponse.status()).toBe(201);
    reference = ((await savedResponse.json()) as { reference: string }).reference;
    await page.waitForURL(/\/intake\/reports\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    reportUrl = page.url();

    // The queue: the report, urgent, with under an hour left, and its site.
    await navigation.getByRole('link', { name: 'Queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intake queue' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
    await row.waitFor();
    await row.getByTestId('urgency-badge').filter({ hasText: 'Immediate danger' }).waitFor();
    await row.getByTestId('report-status-badge').filter({ hasText: 'New' }).waitFor();
    await row.getByRole('link', { name: SITE_NAME }).waitFor();
    const timeLeft = row.getByTestId('time-left');
    // Immediate danger: a response within the hour, so under an hour is left, in orange.
    await expect(timeLeft.textContent()).resolves.toMatch(/^\d{1,2} min left$/);
    expect(await timeLeft.getAttribute('data-state')).toBe('soon');

    // The police will act on it: the report is referred to them.
    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await page.getByRole('button', { name: 'Refer to an organisation' }).click();
    const referDialog = page.getByRole('dialog', { name: 'Refer the report' });
    await pickOption(page, referDialog.getByRole('textbox', { name: 'Organisation' }), 'Anti-Human', POLICE);
    await referDialog.getByRole('textbox', { name: 'What you ask of them' }).fill('Immediate danger: please act today.');
    const referred = page.waitForResponse((response) => /\/api\/reports\/[^/]+\/referrals$/.test(response.url()) && response.request().method() === 'POST');
    await referDialog.getByRole('button', { name: 'Refer', exact: true }).click();
    expect((await referred).status()).toBe(201);
    await referDialog.waitFor({ state: 'detached' });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('an investigator records the raid on the site, rescuing three people named one by one, and the report is actioned', async () => {
    expect(reference).not.toBe('');
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, INVESTIGATOR);

    // The referred report is in the investigator's queue; its page leads to recording an operation.
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('button', { name: 'Intake' }).click();
    await navigation.getByRole('link', { name: 'Queue' }).click();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Record an operation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record an operation' }).waitFor();

    // The site and the report come from the report's page.
    await page.getByRole('radio', { name: 'Raid' }).check();
    await waitForValue(page.getByRole('textbox', { name: 'Site', exact: true }), SITE_NAME);
    const reportsSection = page.getByRole('region', { name: 'Reports it acts on' });
    await reportsSection.getByText(reference).waitFor();

    // The three people rescued, one by one; the shelter takes them in.
    for (const [index, rescued] of RESCUED.entries()) {
      await page.getByRole('button', { name: 'Add a person' }).click();
      const row = page.getByRole('group', { name: `Person ${index + 1}` });
      await row.getByRole('textbox', { name: 'Name' }).fill(rescued.name);
      if (rescued.otherName) await row.getByRole('textbox', { name: 'Other spelling' }).fill(rescued.otherName);
      await row.getByRole('combobox', { name: 'Sex' }).selectOption(rescued.sex);
      await pickOption(page, row.getByRole('textbox', { name: 'Nationality' }), rescued.nationality, rescued.nationality);
      await row.getByRole('textbox', { name: 'Age' }).fill(rescued.age);
    }
    await pickOption(page, page.getByRole('textbox', { name: 'Taken in by' }), 'Sunrise', SHELTER);
    await page.getByRole('button', { name: 'Count the people named' }).click();
    await expect(page.getByRole('textbox', { name: 'People rescued' }).inputValue()).resolves.toBe('3');
    expect(await page.getByTestId('breakdown-row').count()).toBeGreaterThan(0);

    const recorded = page.waitForResponse((response) => response.url().endsWith('/api/operations') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Record the operation' }).click();
    const recordedResponse = await recorded;
    expect(recordedResponse.status()).toBe(201);
    const operation = (await recordedResponse.json()) as { individualsRecorded: number; rescued: { total: number } };
    expect(operation.individualsRecorded).toBe(3);
    expect(operation.rescued.total).toBe(3);

    // The operation's page: three cases, the shelter's (so the police see only the count).
    await page.waitForURL(/\/operations\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: /^Raid of / }).waitFor();
    await page.getByTestId('survivor-cases').getByText(`Cases opened: 3, belonging to ${SHELTER}.`, { exact: false }).waitFor();
    await expect(factOf(page, 'People rescued').textContent()).resolves.toBe('3');
    await expect(factOf(page, 'Named, with a case').textContent()).resolves.toBe('3');
    await expect(factOf(page, 'Taken in by').textContent()).resolves.toBe(SHELTER);

    // The report it acted on is actioned, and its clock has stopped.
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await page.getByTestId('report-status-badge').filter({ hasText: 'Actioned' }).waitFor();
    await page.getByTestId('time-left').filter({ hasText: 'Responded' }).waitFor();

    // The site's history now has the raid, sourced to the operation.
    await page.goto(siteUrl);
    await page.getByRole('heading', { level: 1, name: SITE_NAME }).waitFor();
    await page.getByTestId('site-history').getByText('Raided').waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('the hotline operator sees the report actioned', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, HOTLINE_OPERATOR);
    await page.goto(reportUrl);
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await page.getByTestId('report-status-badge').filter({ hasText: 'Actioned' }).waitFor();
    await page.getByTestId('time-left').filter({ hasText: 'Responded' }).waitFor();
    // Who it was shared with, and the raid that acted on it.
    await page.getByText(POLICE, { exact: true }).waitFor();
    await page.getByText('“Immediate danger: please act today.”').waitFor();
    await page.getByRole('link', { name: /^Raid · / }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the shelter’s case worker finds the three new cases by name, in Khmer script too, with screening pending', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, CASE_WORKER);
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('button', { name: 'Survivor cases' }).click();
    await navigation.getByRole('link', { name: 'Case list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Survivor cases' }).waitFor();

    const search = page.getByRole('searchbox', { name: 'Search' });
    for (const rescued of RESCUED) {
      await search.fill(rescued.name);
      const row = page.getByRole('row').filter({ hasText: rescued.name });
      await row.waitFor();
      await row.getByTestId('stage-badge').filter({ hasText: 'Identified' }).waitFor();
      await row.getByText(SHELTER).waitFor();
    }

    // The Khmer name's romanisation finds the same case.
    await search.fill('Im Sovattha');
    await page.getByRole('row').filter({ hasText: KHMER_NAME }).waitFor();

    // The raid's page lists the shelter's three new cases, each waiting for its screening.
    await navigation.getByRole('button', { name: 'Operations' }).click();
    await navigation.getByRole('link', { name: 'Operations', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
    await page.getByRole('row').filter({ hasText: SITE_NAME }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Raid of / }).waitFor();
    const cases = page.getByTestId('survivor-cases');
    await cases.getByText(`Cases opened for ${SHELTER}: 3. Each has its screening pending.`).waitFor();
    expect(await cases.getByRole('link', { name: /^CT-/ }).count()).toBe(3);

    // The case of the person the caller named: opened by the raid, no screening yet (the group is still open).
    await navigation.getByRole('link', { name: 'Case list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Survivor cases' }).waitFor();
    await search.fill(KHMER_NAME);
    const row = page.getByRole('row').filter({ hasText: KHMER_NAME });
    await row.waitFor();
    await row.getByRole('link', { name: /^CT-/ }).click();
    await page.getByRole('heading', { level: 1, name: /^CT-/ }).waitFor();
    await expect(page.getByTestId('case-person-name').textContent()).resolves.toBe(KHMER_NAME);
    await page.getByRole('tab', { name: 'Screening' }).click();
    await page.getByText('No screening recorded').waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('an administrator publishes the site, and the public list shows its history and nothing about people', async () => {
    const admin = await harness.newRecordedPage();
    const adminProblems = watchProblems(admin.page);
    await signInAs(admin.page, harness.url, ADMIN);
    const navigation = admin.page.getByRole('navigation', { name: 'Main navigation' });
    // The administrator has only the registry of the sites module: the navigation links it directly.
    await navigation.getByRole('link', { name: 'Registry' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Site registry' }).waitFor();
    await admin.page.getByRole('link', { name: SITE_NAME }).click();
    await admin.page.getByRole('heading', { level: 1, name: SITE_NAME }).waitFor();
    await admin.page.getByRole('button', { name: 'Publish' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Publish to the public list' });
    const published = admin.page.waitForResponse((response) => /\/api\/sites\/[^/]+\/publish$/.test(response.url()) && response.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    expect((await published).status()).toBe(200);
    await admin.page.getByText('The site is on the public list.').waitFor();
    // While it closes, the dialog still asks what it asked: it does not turn into "withdraw".
    expect(await admin.page.getByRole('dialog', { name: 'Withdraw from the public list' }).count()).toBe(0);
    await admin.page.getByRole('dialog').waitFor({ state: 'detached' });
    await admin.page.getByRole('button', { name: 'Withdraw from the public list' }).waitFor();
    await admin.page.getByText(/^Public since /).waitFor();
    expect(adminProblems).toEqual([]);
    await admin.context.close();

    // Signed out: from the sign-in page to the public list.
    const { context, page, requests } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await page.goto(`${harness.url}/`);
    await page.getByRole('link', { name: 'Public list of exploitation sites (no sign-in needed)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Public list of exploitation sites' }).waitFor();
    const card = page.getByTestId('public-site').filter({ has: page.getByRole('heading', { name: SITE_NAME }) });
    await card.waitFor();
    const history = card.getByTestId('public-site-history');
    await history.getByText('Reported').waitFor();
    await history.getByText('Raided').waitFor();
    await history.getByText('The Mekong Daily', { exact: false }).waitFor();
    await history.getByText(/^Raid/).waitFor();

    // Nothing about people: no name the journey typed, in any script, and no report reference.
    const text = await page.evaluate(() => document.body.innerText);
    for (const personal of [...PERSONAL_TEXT, reference]) expect(text).not.toContain(personal);
    const html = await page.content();
    for (const personal of [...PERSONAL_TEXT, reference]) expect(html).not.toContain(personal);
    // Signed out, the page reads the public list and nothing else (besides asking whether anyone is signed in).
    const apiPaths = requests.map((url) => new URL(url).pathname).filter((pathname) => pathname.startsWith('/api/'));
    expect(apiPaths.filter((pathname) => pathname !== '/api/auth/session' && !pathname.startsWith('/api/public/'))).toEqual([]);

    // The public list's data itself names no one either: not the people, nor the staff who recorded the entries.
    const answer = await context.request.get(`${harness.url}/api/public/sites`);
    expect(answer.status()).toBe(200);
    const body = await answer.text();
    expect(body).toContain(SITE_NAME);
    for (const personal of [...PERSONAL_TEXT, reference, 'Demo hotline operator', 'Demo investigator', 'Demo administrator']) expect(body).not.toContain(personal);

    // In Khmer, the same history reads in Khmer, and still names no one.
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('ខ្មែរ').click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await page.getByRole('heading', { level: 1, name: 'បញ្ជីសាធារណៈនៃទីតាំងកេងប្រវ័ញ្ច' }).waitFor();
    await card.getByTestId('public-site-history').getByText('បានវាយឆ្មក់').waitFor();
    const khmerText = await page.evaluate(() => document.body.innerText);
    for (const personal of [...PERSONAL_TEXT, reference]) expect(khmerText).not.toContain(personal);

    expect(problems).toEqual([]);
    await context.close();
  });
});
