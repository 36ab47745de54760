import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest, onUnauthenticated, setCsrfToken } from './api';
import { ApiError } from './api-error';

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

function sentHeaders(call: number): Record<string, string> {
  return fetchMock.mock.calls[call]![1]!.headers as Record<string, string>;
}

describe('apiRequest', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('sends the CSRF token on state-changing requests only', async () => {
    fetchMock.mockImplementation(async () => answer(200, { ok: true }));
    await apiRequest('GET', '/api/users', { query: { page: 1, search: '' } });
    await apiRequest('POST', '/api/users', { body: { a: 1 } });
    await apiRequest('DELETE', '/api/sessions/1');
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/users?page=1');
    expect(sentHeaders(0)['x-csrf-token']).toBeUndefined();
    expect(sentHeaders(1)['x-csrf-token']).toBe('token-1');
    expect(sentHeaders(1)['content-type']).toBe('application/json');
    expect(sentHeaders(2)['x-csrf-token']).toBe('token-1');
  });

  it('sends a FormData body as multipart, leaving the boundary to the browser', async () => {
    fetchMock.mockImplementation(async () => answer(201, { id: 'a' }));
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4']), 'report.pdf');
    await apiRequest('POST', '/api/cases/1/attachments', { body: form });
    expect(sentHeaders(0)['content-type']).toBeUndefined();
    expect(sentHeaders(0)['x-csrf-token']).toBe('token-1');
    expect(fetchMock.mock.calls[0]![1]!.body).toBe(form);
  });

  it('validates answers with the schema and refuses unexpected ones', async () => {
    const schema = z.object({ id: z.string() });
    fetchMock.mockResolvedValueOnce(answer(200, { id: 'a', extra: 1 }));
    await expect(apiRequest('GET', '/api/x', { schema })).resolves.toEqual({ id: 'a' });
    fetchMock.mockResolvedValueOnce(answer(200, { id: 3 }));
    await expect(apiRequest('GET', '/api/x', { schema })).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('answers undefined for 204 and a network error for a failed fetch', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(apiRequest('POST', '/api/auth/sign-out')).resolves.toBeUndefined();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiRequest('GET', '/api/x')).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('sends the user back to sign-in on 401, unless a 401 was expected', async () => {
    const handler = vi.fn();
    const unregister = onUnauthenticated(handler);
    fetchMock.mockImplementation(async () => answer(401, { code: 'unauthenticated', status: 401 }, 'application/problem+json'));
    await expect(apiRequest('GET', '/api/users')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(apiRequest('POST', '/api/auth/sign-in', { isUnauthenticatedExpected: true })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(handler).toHaveBeenCalledTimes(1);
    unregister();
    await expect(apiRequest('GET', '/api/users')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('parses problem answers into typed errors with their field errors', async () => {
    fetchMock.mockResolvedValue(answer(400, { code: 'validation_failed', errors: [{ path: 'email', message: 'taken', code: 'taken' }] }, 'application/problem+json'));
    const error = await apiRequest('POST', '/api/users', { body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors[0]?.code).toBe('taken');
  });
});
