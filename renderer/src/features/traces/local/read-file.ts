// Reading an imported file piece by piece: each piece is decoded as it arrives and handed on (to
// the worker's parser, which scans it while the next piece is read), instead of waiting for the
// last byte and then decoding all of it, as Blob.text() does.

/**
 * Calls `take` with the file's text in order, decoded as UTF-8 as File.text() decodes it; stops
 * early when `take` answers false. Resolves to whether it read the whole file.
 */
export async function readFilePieces(
  file: Blob,
  take: (piece: string) => boolean,
): Promise<boolean> {
  const decoder = new TextDecoder()
  const reader = file.stream().getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!take(decoder.decode(value, { stream: true }))) {
      await reader.cancel()
      return false
    }
  }
  return take(decoder.decode())
}
