import { join } from 'node:path'

export const APP_FOLDER_NAME = 'Firebreak'

/**
 * The folder Electron's app.getPath('userData') gives for our product name, computed without
 * Electron so browser mode opens the very same database by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  if (platform === 'win32') {
    return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME)
  }
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER_NAME)
}
