// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone (17 documents) (sha256 9d40ef89626e7042)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

export declare const stems: Record<string, string[]>;
export declare const lists: string[];
export declare const hosts: Record<string, string>;
export declare const loaders: Record<"admin" | "agent" | "business-data" | "data-extraction" | "data-policies" | "digital" | "feedback" | "interaction-analytics" | "media-playback" | "patron" | "privacy" | "realtime" | "recording" | "reporting" | "user-hub" | "voice-biometrics" | "wfm", () => Promise<MockOperationTable>>;
