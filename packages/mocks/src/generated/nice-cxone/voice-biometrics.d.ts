// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/voice-biometrics/openapi.yaml (sha256 d71129f4c3711963)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone voice-biometrics: 4 operations; typed overrides from its `paths`. */
export declare const voiceBiometrics: MockOperationTable<import('@ccaas/nice-cxone/voice-biometrics').paths>;
