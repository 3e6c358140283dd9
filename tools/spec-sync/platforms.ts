// The platforms spec-sync knows and the published package each one's spec generates.
export const platformPackages = {
  'genesys-cloud': '@ccaas/genesys-cloud',
  'nice-cxone': '@ccaas/nice-cxone',
} as const;

export type Platform = keyof typeof platformPackages;

export function isPlatform(value: string): value is Platform {
  return Object.hasOwn(platformPackages, value);
}
