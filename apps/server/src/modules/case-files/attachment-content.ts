import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MEDIA_TYPES, type AttachmentMediaType } from '@ctip/contracts';
import { AppError, invalidField } from '../../errors';

/** The extensions a file of each accepted type may carry; the first is the one added when missing. */
const EXTENSIONS: Record<AttachmentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
};

const NAME_MAX_LENGTH = 200;

/** Marks that change how a name reads without being seen: direction marks, embeddings, overrides, isolates. */
const DIRECTION_CHARACTERS = new Set([0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** Control characters (C0, DEL, C1) and direction characters have no place in a file name. */
function isUnsafeInName(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || DIRECTION_CHARACTERS.has(code);
}

/** A file as it arrives in a multipart request (the shape @fastify/multipart gives). */
export interface IncomingFile {
  fieldname: string;
  filename: string;
  file: AsyncIterable<Buffer> & { truncated?: boolean };
}

/** The refusal of a file over the limit. */
export function tooLarge(): AppError {
  return new AppError('payload_too_large', `The file is larger than ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB.`);
}

/**
 * Reads an uploaded file into memory, never holding more than the limit: the multipart parser
 * stops the stream at the limit and marks it truncated, and the loop stops there too.
 * @throws AppError payload_too_large over the limit, validation_failed when empty.
 */
export async function readLimitedFile(part: IncomingFile, maxBytes = ATTACHMENT_MAX_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file) {
    size += chunk.length;
    if (part.file.truncated || size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  if (part.file.truncated) throw tooLarge();
  if (size === 0) throw invalidField('file', 'The file is empty.', 'empty_file');
  return Buffer.concat(chunks, size);
}

/**
 * The media type of a file as its content shows (magic numbers, through `file-type`), whatever
 * its name or the browser claims: a program or a web page named ".pdf" is refused.
 * @throws AppError unsupported_media_type when the content is not a PDF, PNG, JPEG or WebP.
 */
export async function detectMediaType(content: Buffer): Promise<AttachmentMediaType> {
  const detected = await fileTypeFromBuffer(content);
  if (detected && (ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(detected.mime)) return detected.mime as AttachmentMediaType;
  const found = detected ? `its content is ${detected.mime} (.${detected.ext})` : 'its content is not a recognised document or image';
  throw new AppError('unsupported_media_type', `Only PDF documents and PNG, JPEG or WebP images can be attached; ${found}, whatever its name says.`, [{ path: 'file', message: 'Not a PDF, PNG, JPEG or WebP file.', code: 'type_not_allowed' }]);
}

/**
 * A file name safe to store and to offer for download: no folders, no control or bidirectional
 * override characters (which can make "gpj.exe" read as "exe.jpg"), at most 200 characters, and
 * ending with an extension of its real type (added when the name says otherwise).
 */
export function cleanFileName(name: string, mediaType: AttachmentMediaType): string {
  const base = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .split('')
    .filter((character) => !isUnsafeInName(character))
    .join('')
    .trim()
    .replace(/^\.+/, '');
  const extensions = EXTENSIONS[mediaType];
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const stem = base.length > 0 ? base : 'attachment';
  const withExtension = extensions.includes(extension) ? stem : `${stem}.${extensions[0]}`;
  if (withExtension.length <= NAME_MAX_LENGTH) return withExtension;
  const suffix = withExtension.slice(withExtension.lastIndexOf('.'));
  return `${[...withExtension.slice(0, withExtension.lastIndexOf('.'))].slice(0, NAME_MAX_LENGTH - suffix.length).join('')}${suffix}`;
}

/**
 * A `Content-Disposition: attachment` header for a stored name (RFC 6266): an ASCII fallback
 * and the exact name, percent-encoded as UTF-8, so Khmer names survive and nothing can break
 * out of the header.
 */
export function contentDispositionOf(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
