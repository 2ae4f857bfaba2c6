/** Where the last theme is cached so the first paint is right before settings arrive. */
export const COLOR_SCHEME_STORAGE_KEY = 'firebreak-color-scheme'
