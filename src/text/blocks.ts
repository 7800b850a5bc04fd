/**
 * Lines joined into blocks of about 64 KB, for a stream to write: a stream of one chunk a line
 * (hundreds of thousands of rows, each a turn of a gzip stream) took longer than all the rest of a
 * rebuild.
 */
export function* inBlocks(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  let block = '';
  for (const line of lines) {
    block += line;
    if (block.length >= size) { yield block; block = ''; }
  }
  if (block) yield block;
}
