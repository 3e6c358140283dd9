import { CcaasError } from './ccaas-error.js';

/** Invalid options, thrown synchronously by factories (or when a lazily resolved token endpoint is invalid). */
export class ConfigurationError extends CcaasError {
  constructor(message: string) {
    super(`[@ccaas/auth-core] ${message}`, { code: 'configuration' });
  }
}
