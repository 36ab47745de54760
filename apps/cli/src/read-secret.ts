/** Reads one line from standard input (for --password-stdin), without echoing anything. */
export async function readLineFromStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let data = '';
  for await (const chunk of stdin) {
    data += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (data.includes('\n')) break;
  }
  return data.split(/\r?\n/)[0] ?? '';
}
