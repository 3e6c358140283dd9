// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/media-playback/openapi.yaml (sha256 24663a20ec70a3bf)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone media-playback: 6 operations; typed overrides from its `paths`. */
export declare const mediaPlayback: MockOperationTable<import('@ccaas/nice-cxone/media-playback').paths>;
