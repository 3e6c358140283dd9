// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone (1 documents) (sha256 b188199a6de1487b)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

export declare const stems: Record<string, string[]>;
export declare const lists: string[];
export declare const loaders: Record<"api", () => Promise<MockOperationTable>>;
