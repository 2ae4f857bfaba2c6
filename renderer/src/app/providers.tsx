import type { ReactNode } from 'react'
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { BridgeCallError } from '../bridge'
import { colorSchemeManager, theme } from './theme'

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Only a host that is briefly unreachable is worth retrying; app errors answer the same twice.
  return error instanceof BridgeCallError && error.code === 'unavailable' && failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Backend events invalidate what changed, so cached data stays fresh without polling.
      queries: { retry: shouldRetry, staleTime: 60_000 },
      mutations: { retry: false },
    },
  })
}

export function Providers({
  queryClient,
  children,
}: {
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider
        theme={theme}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
      >
        {children}
      </MantineProvider>
    </QueryClientProvider>
  )
}
