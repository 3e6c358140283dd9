import { CcaasError } from '@ccaas/auth-core/platform';

/** Tenant discovery (`/.well-known/cxone-configuration`) failed, or no tenant id was available to run it. */
export class DiscoveryError extends CcaasError {}
