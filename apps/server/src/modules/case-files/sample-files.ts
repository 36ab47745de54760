/**
 * Small real files of each accepted type, and files pretending to be one, for the tests of
 * attachments (made here byte by byte: no test data leaves the repository).
 */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
  jpeg: Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffd9', 'hex'),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.from([0x18, 0, 0, 0, 0x30, 0x01, 0, 0x9d, 0x01, 0x2a, 0x01, 0, 0x01, 0, 0x02, 0, 0x34, 0x25, 0xa4, 0, 0x03, 0x70, 0, 0xfe, 0xfb, 0x94, 0, 0])]),
  /** A Windows program (the "MZ" header), as a disguised upload would be. */
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]),
  /** A web page with a script, as a disguised upload would be. */
  html: Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/cases")</script></body></html>'),
};

/** A PDF of exactly the given size (header, then padding). */
export function pdfOfSize(bytes: number): Buffer {
  const content = Buffer.alloc(bytes, 0x20);
  SAMPLE_FILES.pdf.copy(content, 0);
  return content;
}

/** A multipart/form-data body carrying one file, built by hand so a test controls every byte and header. */
export function multipartBody(fieldName: string, fileName: string, content: Buffer, mediaType = 'application/octet-stream'): { body: Buffer; contentType: string } {
  const boundary = '----ctip-test-boundary-7f3a';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${fileName}"\r\nContent-Type: ${mediaType}\r\n\r\n`, 'utf8');
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
