// theme-bootstrap must run first: it applies the cached colour scheme before anything paints.
import './app/theme-bootstrap'
import './app/zod-config'
import './app/early-library'
// Catalogues load synchronously here so the first paint is already in the user's language.
import './i18n'
import '@mantine/core/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { ErrorBoundary } from './app/ErrorBoundary'
import { Providers, createQueryClient } from './app/providers'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <Providers queryClient={createQueryClient()}>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </Providers>
  </StrictMode>,
)
