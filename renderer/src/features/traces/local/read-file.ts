// Reading an imported file in the worker, piece by piece: each piece is decoded as it arrives
// and handed on (to the parser, which scans it while the next piece is read), instead of waiting
// for the last byte and then decoding all of it, as Blob.text() does.

/** Calls `take` with the file's text in order, decoded as UTF-8 as File.text() decodes it. */
export async function readFilePieces(file: Blob, take: (piece: string) => void): Promise<void> {
  const decoder = new TextDecoder()
  const reader = file.stream().getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    take(decoder.decode(value, { stream: true }))
  }
  take(decoder.decode())
}
