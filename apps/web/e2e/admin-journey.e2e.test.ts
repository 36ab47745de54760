import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/browser-harness';
import { canRunBrowserTests } from './support/environment';
import { signInAs } from './support/sign-in';

const ADMIN_EMAIL = 'admin@demo.ctip.invalid';
const NEW_USER = { email: 'e2e.caseworker@demo.ctip.invalid', name: 'E2E Case Worker' };

/** What the page has left in every kind of browser storage (SECURITY.md 16). */
async function readBrowserStorage(page: Page) {
  return page.evaluate(async () => {
    const entries = (storage: Storage) => Object.fromEntries(Array.from({ length: storage.length }, (_, index) => storage.key(index)!).map((key) => [key, storage.getItem(key)]));
    const databases = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((database) => database.name ?? '') : [];
    const cacheNames = 'caches' in window ? await caches.keys() : [];
    const workers = 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0;
    return { local: entries(localStorage), session: entries(sessionStorage), databases, cacheNames, workers };
  });
}

describe.skipIf(!canRunBrowserTests())('an administrator in the browser', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('signs in, switches to Khmer, creates a user, finds it in the audit trail, and leaves nothing behind', async () => {
    const { context, page, requests } = await harness.newRecordedPage();
    // Anything the CSP refuses, and any uncaught error, fails the journey.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });

    // Sign in (demo mode: no second factor) and see the demo banner.
    await signInAs(page, harness.url, ADMIN_EMAIL);
    await expect(page.getByTestId('demo-banner').isVisible()).resolves.toBe(true);

    // Switch to Khmer: the interface and <html lang> change, and the choice is saved for the user.
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/me/preferences') && response.request().method() === 'PATCH');
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('ខ្មែរ').click();
    expect((await saved).status()).toBe(200);
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await page.getByRole('heading', { level: 1, name: 'សូមស្វាគមន៍ Demo administrator' }).waitFor();
    // Khmer is drawn with the font ctip serves itself.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'ខ្មែរ'))).toBe(true);
    expect(requests.some((url) => /\/assets\/noto-sans-khmer-khmer-\d+-normal-[\w-]+\.woff2$/.test(url))).toBe(true);

    // The language survives a reload: it comes from the user's saved preference.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'សូមស្វាគមន៍ Demo administrator' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');

    // Administration → Users, through the navigation.
    const navigation = page.getByRole('navigation', { name: 'ម៉ឺនុយចម្បង' });
    await navigation.getByRole('button', { name: 'ការគ្រប់គ្រងប្រព័ន្ធ' }).click();
    await navigation.getByRole('link', { name: 'អ្នកប្រើប្រាស់' }).click();
    await page.getByRole('heading', { level: 1, name: 'អ្នកប្រើប្រាស់' }).waitFor();

    // Create a user: the temporary password is shown once.
    await page.getByRole('button', { name: 'បង្កើតអ្នកប្រើប្រាស់' }).click();
    const dialog = page.getByRole('dialog', { name: 'បង្កើតអ្នកប្រើប្រាស់' });
    await dialog.getByRole('textbox', { name: 'អាសយដ្ឋានអ៊ីមែល' }).fill(NEW_USER.email);
    await dialog.getByRole('textbox', { name: 'ឈ្មោះ' }).fill(NEW_USER.name);
    await dialog.getByRole('checkbox', { name: 'បុគ្គលិកគ្រប់គ្រងករណី' }).check();
    const created = page.waitForResponse((response) => response.url().endsWith('/api/users') && response.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'បង្កើតអ្នកប្រើប្រាស់' }).click();
    const createdResponse = await created;
    expect(createdResponse.status()).toBe(201);
    const newUserId = ((await createdResponse.json()) as { user: { id: string } }).user.id;

    const passwordDialog = page.getByTestId('temporary-password-dialog');
    await passwordDialog.waitFor();
    const temporaryPassword = await passwordDialog.getByRole('textbox', { name: 'ពាក្យសម្ងាត់បណ្ដោះអាសន្ន' }).inputValue();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await expect(passwordDialog.textContent()).resolves.toContain(NEW_USER.email);
    await passwordDialog.getByRole('button', { name: 'ខ្ញុំបានកត់ត្រាពាក្យសម្ងាត់ហើយ' }).click();
    await passwordDialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: `${NEW_USER.name} ${NEW_USER.email}` }).waitFor();

    // From the new user's row to the audit trail, filtered to that user.
    await page.getByRole('button', { name: `សកម្មភាពសម្រាប់ ${NEW_USER.name}` }).click();
    await page.getByRole('menuitem', { name: 'មើលក្នុងកំណត់ត្រាសវនកម្ម' }).click();
    await page.getByRole('heading', { level: 1, name: 'កំណត់ត្រាសវនកម្ម' }).waitFor();
    const createdRow = page.getByRole('row').filter({ hasText: 'user.created' }).filter({ has: page.locator(`[data-resource-id="${newUserId}"]`) });
    await createdRow.waitFor();
    await expect(createdRow.textContent()).resolves.toContain(ADMIN_EMAIL);

    // The same event through the prefix filter `user.*`, with the record filter cleared.
    await page.getByRole('button', { name: 'សម្អាតតម្រង' }).click();
    const prefixFiltered = page.waitForResponse((response) => response.url().includes('/api/audit-events?') && new URL(response.url()).searchParams.get('action') === 'user.*');
    await page.getByRole('textbox', { name: 'សកម្មភាព' }).fill('user.*');
    expect((await prefixFiltered).status()).toBe(200);
    await page.getByRole('row').filter({ hasText: 'user.created' }).filter({ has: page.locator(`[data-resource-id="${newUserId}"]`) }).waitFor();
    // Once the filtered page is drawn, every action on it is in the group.
    await expect.poll(async () => {
      const codes = await page.locator('tbody code').allTextContents();
      return codes.length > 0 && codes.every((code) => code.startsWith('user.'));
    }, { timeout: 15_000 }).toBe(true);

    // The hash chain verifies.
    await page.getByRole('button', { name: 'ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់' }).click();
    await expect(page.getByTestId('verify-result').textContent()).resolves.toContain('កំណត់ត្រាសវនកម្មនៅដដែល');

    // Sign out: back to sign-in, still in Khmer.
    await page.getByRole('button', { name: /ម៉ឺនុយគណនីរបស់/ }).click();
    const signedOut = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-out'));
    await page.getByRole('menuitem', { name: 'ចេញ' }).click();
    expect((await signedOut).status()).toBe(204);
    await page.getByRole('heading', { level: 1, name: 'ចូល' }).waitFor();

    // Nothing identifying is left in the browser: only the language code, no cookie, no caches.
    const storage = await readBrowserStorage(page);
    expect(storage.local).toEqual({ 'ctip.locale': 'km' });
    expect(storage.session).toEqual({});
    expect(storage.databases).toEqual([]);
    expect(storage.cacheNames).toEqual([]);
    expect(storage.workers).toBe(0);
    const leftovers = JSON.stringify(storage);
    for (const secret of [ADMIN_EMAIL, NEW_USER.email, NEW_USER.name, temporaryPassword, newUserId]) expect(leftovers).not.toContain(secret);
    expect((await context.cookies()).filter((cookie) => cookie.name.includes('ctip_session'))).toEqual([]);
    expect(context.serviceWorkers()).toEqual([]);

    // After sign-out the old session is refused: the API answers 401.
    const afterSignOut = await page.evaluate(async () => (await fetch('/api/users')).status);
    expect(afterSignOut).toBe(401);

    // Every request of the journey went to ctip itself.
    const origin = new URL(harness.url).origin;
    const elsewhere = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows other roles only what they can use', async () => {
    const { context, page, requests } = await harness.newRecordedPage();
    await signInAs(page, harness.url, 'analyst@demo.ctip.invalid');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('link', { name: 'Home' }).waitFor();
    expect(await navigation.getByRole('button', { name: 'Administration' }).count()).toBe(0);

    // Reference data is for everyone: the 25 provinces, found by any spelling.
    await navigation.getByRole('button', { name: 'Reference data' }).click();
    await navigation.getByRole('link', { name: 'Provinces' }).click();
    await page.getByText('Showing 1–25 of 25').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Bătdâmbâng');
    await page.getByText('Showing 1–1 of 1').waitFor();
    await page.getByRole('cell', { name: 'Battambang បាត់ដំបង' }).first().waitFor();

    // Published figures come with their source.
    await navigation.getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reference statistics' }).waitFor();
    await page.getByRole('columnheader', { name: 'Source' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);

    // An old link to an administration page says it is not available (the API refuses anyway).
    await page.goto(`${harness.url}/admin/users`);
    await page.getByText('This page is not available to your account').waitFor();
    expect(requests.some((url) => url.includes('/api/users'))).toBe(false);
    await context.close();
  });

  it('ends another browser\'s session from the sessions page, which sends that browser back to sign-in', async () => {
    const administrator = await harness.newRecordedPage();
    const other = await harness.newRecordedPage();
    // An administrator of the shelter ends the session of the shelter's case worker.
    await signInAs(other.page, harness.url, 'caseworker@demo.ctip.invalid');
    await signInAs(administrator.page, harness.url, 'shelter-admin@demo.ctip.invalid');

    await administrator.page.goto(`${harness.url}/admin/sessions`);
    // Sessions of other organisations are out of this administrator's reach.
    await administrator.page.getByRole('button', { name: 'End the session of caseworker@demo.ctip.invalid' }).waitFor();
    const userCells = await administrator.page.locator('tbody tr td:first-child').allInnerTexts();
    expect(userCells.map((cell) => cell.split('\n')[0]!.trim()).sort()).toEqual(['caseworker@demo.ctip.invalid', 'shelter-admin@demo.ctip.invalid']);
    await administrator.page.getByRole('button', { name: 'End the session of caseworker@demo.ctip.invalid' }).click();
    const ended = administrator.page.waitForResponse((response) => response.url().includes('/api/sessions/') && response.request().method() === 'DELETE');
    await administrator.page.getByRole('dialog', { name: 'End session' }).getByRole('button', { name: 'End session' }).click();
    expect((await ended).status()).toBe(204);
    await administrator.page.getByRole('button', { name: 'End the session of caseworker@demo.ctip.invalid' }).waitFor({ state: 'detached' });

    // The other browser learns at its next request, and is told why.
    const navigation = other.page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('button', { name: 'Reference data' }).click();
    await navigation.getByRole('link', { name: 'Provinces' }).click();
    await other.page.getByText('Your session ended. Sign in again to continue.').waitFor();
    await other.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await administrator.context.close();
    await other.context.close();
  });

  it('refuses a wrong password with a message and keeps the user on sign-in', async () => {
    const { context, page } = await harness.newRecordedPage();
    await page.goto(`${harness.url}/`);
    await page.getByRole('textbox', { name: 'Email address' }).fill(ADMIN_EMAIL);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email address or password is not right.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // Field checks happen before anything is sent.
    await page.getByRole('textbox', { name: 'Email address' }).fill('not-an-email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a valid email address.').waitFor();
    await context.close();
  });
});
