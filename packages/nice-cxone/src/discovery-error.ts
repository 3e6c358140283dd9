import { CcaasError } from '@ccaas/auth-core';

/** Tenant discovery (`/.well-known/cxone-configuration`) failed, or no tenant id was available to run it. */
export class DiscoveryError extends CcaasError {}
