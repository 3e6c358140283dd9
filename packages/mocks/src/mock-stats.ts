/** What a simulated platform has seen since it was created (or since `resetStats()`). */
export interface MockStats {
  /** Requests to the token endpoint, whatever their outcome. */
  tokenRequests: number;
  /** Token requests per `grant_type`. */
  tokenRequestsByGrant: Record<string, number>;
  /** Tokens issued (successful token responses). */
  tokensIssued: number;
  /** Tenant discovery requests (NICE CXone `/.well-known/cxone-configuration`). */
  discoveryRequests: number;
  /** Requests to the API host (not the token or discovery endpoints). */
  apiRequests: number;
  /** API responses per HTTP status, including injected faults. */
  apiResponsesByStatus: Record<number, number>;
  /** Faults injected by scenarios, per scenario name. */
  faultsInjected: Record<string, number>;
}

export function createMockStats(): MockStats {
  return { tokenRequests: 0, tokenRequestsByGrant: {}, tokensIssued: 0, discoveryRequests: 0, apiRequests: 0, apiResponsesByStatus: {}, faultsInjected: {} };
}

export function resetMockStats(stats: MockStats): void {
  Object.assign(stats, createMockStats());
}

export function countApiResponse(stats: MockStats, status: number): void {
  stats.apiRequests += 1;
  stats.apiResponsesByStatus[status] = (stats.apiResponsesByStatus[status] ?? 0) + 1;
}

export function increment(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}
