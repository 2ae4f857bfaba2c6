// Imported by main.tsx before React and the screens' code: at a start on the Library, the first
// page of results and the facets are asked for now, and travel while the rest of the page's code
// is evaluated (a couple of hundred milliseconds), instead of being asked for after it.
import { askLibraryEarly } from '../features/library/queries'
import { parseRoute } from './router'

if (parseRoute(window.location.hash).name === 'library') askLibraryEarly()
