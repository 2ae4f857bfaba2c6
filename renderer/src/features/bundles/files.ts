// Files in and out of the browser: a download from bytes the backend made, and a picked file as
// the base64 the bridge carries. Used by the postmortem export and the incident bundles.

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Hands a file to the browser's download manager. In Electron the same click opens the system
 * save dialog (Electron's default for downloads).
 */
export function downloadFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy once started; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function downloadText(fileName: string, text: string, type: string): void {
  downloadFile(fileName, new Blob([text], { type: `${type};charset=utf-8` }))
}

export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadFile(fileName, new Blob([base64ToBytes(base64)], { type }))
}

/** A picked file's bytes as base64 (no data: prefix). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}
