import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { cleanFileName, contentDispositionOf, detectMediaType, readLimitedFile } from './attachment-content';
import { SAMPLE_FILES } from './sample-files';

/** A file part as the multipart parser hands it over, in chunks. */
function partOf(chunks: Buffer[], truncated = false) {
  const file = Object.assign(
    (async function* stream() {
      for (const chunk of chunks) yield chunk;
    })(),
    { truncated },
  );
  return { fieldname: 'file', filename: 'x.pdf', file };
}

async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('attachment content', () => {
  it('tells the type by content, whatever the name', async () => {
    expect(await detectMediaType(SAMPLE_FILES.pdf)).toBe('application/pdf');
    expect(await detectMediaType(SAMPLE_FILES.png)).toBe('image/png');
    expect(await detectMediaType(SAMPLE_FILES.jpeg)).toBe('image/jpeg');
    expect(await detectMediaType(SAMPLE_FILES.webp)).toBe('image/webp');
  });

  it('refuses programs, web pages and unknown content as unsupported media', async () => {
    const program = await refusalOf(detectMediaType(SAMPLE_FILES.exe));
    expect(program.code).toBe('unsupported_media_type');
    expect(program.message).toContain('application/x-msdownload');
    const page = await refusalOf(detectMediaType(SAMPLE_FILES.html));
    expect(page.code).toBe('unsupported_media_type');
    expect(page.message).toContain('not a recognised document or image');
    expect((await refusalOf(detectMediaType(Buffer.from('just some text')))).status).toBe(415);
  });

  it('reads a file up to the limit and refuses one over it, or one the parser cut short, or an empty one', async () => {
    expect((await readLimitedFile(partOf([Buffer.alloc(6), Buffer.alloc(4)]), 10)).length).toBe(10);
    expect((await refusalOf(readLimitedFile(partOf([Buffer.alloc(6), Buffer.alloc(5)]), 10))).status).toBe(413);
    expect((await refusalOf(readLimitedFile(partOf([Buffer.alloc(10)], true), 10))).code).toBe('payload_too_large');
    expect((await refusalOf(readLimitedFile(partOf([]), 10))).fieldErrors[0]).toMatchObject({ path: 'file', code: 'empty_file' });
  });

  it('cleans names: no folders, no control or direction characters, the real type’s extension, at most 200 characters', () => {
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\me\\scan.PDF', 'application/pdf')).toBe('scan.PDF');
    expect(cleanFileName('photo.JPG', 'image/jpeg')).toBe('photo.JPG');
    expect(cleanFileName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(cleanFileName('scan.pdf', 'image/png')).toBe('scan.pdf.png');
    expect(cleanFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe.pdf');
    expect(cleanFileName('bad\u0000name\r\n.pdf', 'application/pdf')).toBe('badname.pdf');
    expect(cleanFileName('', 'image/webp')).toBe('attachment.webp');
    expect(cleanFileName('...', 'image/webp')).toBe('attachment.webp');
    expect(cleanFileName('លិខិតឆ្លងដែន.pdf', 'application/pdf')).toBe('លិខិតឆ្លងដែន.pdf');
    const long = cleanFileName(`${'ក'.repeat(300)}.pdf`, 'application/pdf');
    expect([...long].length).toBeLessThanOrEqual(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('offers the name for download in a header nothing can break out of', () => {
    expect(contentDispositionOf('scan.pdf')).toBe('attachment; filename="scan.pdf"; filename*=UTF-8\'\'scan.pdf');
    const khmer = contentDispositionOf('លិខិត.pdf');
    expect(khmer).toMatch(/^attachment; filename="_+\.pdf"; filename\*=UTF-8''%E1%9E/);
    expect(decodeURIComponent(khmer.split("UTF-8''")[1]!)).toBe('លិខិត.pdf');
    const hostile = contentDispositionOf('a"; filename="evil.html.pdf');
    expect(hostile.startsWith('attachment; filename="a__ filename=_evil.html.pdf"; ')).toBe(true);
    expect(hostile).not.toMatch(/[\r\n]/);
  });
});
