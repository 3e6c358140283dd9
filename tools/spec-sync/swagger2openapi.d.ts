// Minimal typing for swagger2openapi 7 (the package ships none): only the call spec-sync makes.
declare module 'swagger2openapi' {
  export interface ConvertOptions {
    patch?: boolean;
    warnOnly?: boolean;
    resolveInternal?: boolean;
    direct?: boolean;
    [option: string]: unknown;
  }
  export interface ConvertResult {
    openapi: Record<string, unknown>;
  }
  export function convertObj(swagger: Record<string, unknown>, options: ConvertOptions): Promise<ConvertResult>;
  const swagger2openapi: { convertObj: typeof convertObj };
  export default swagger2openapi;
}
