// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/recording/openapi.yaml (sha256 16173237bfce9e42)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area recording` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/conversations/{conversationId}/recordings/{recordingId}/annotations/{annotationId}": "ANY recording:annotation:delete recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "DELETE /api/v2/orphanrecordings/{orphanId}": "ANY recording:orphan:delete",
  "DELETE /api/v2/recording/crossplatform/mediaretentionpolicies": "ANY recording:crossPlatformRetentionPolicy:delete",
  "DELETE /api/v2/recording/crossplatform/mediaretentionpolicies/{policyId}": "ANY recording:crossPlatformRetentionPolicy:delete",
  "DELETE /api/v2/recording/jobs/{jobId}": "ALL recording:job:delete",
  "DELETE /api/v2/recording/mediaretentionpolicies": "ANY recording:retentionPolicy:delete",
  "DELETE /api/v2/recording/mediaretentionpolicies/{policyId}": "ANY recording:retentionPolicy:delete",
  "GET /api/v2/conversations/{conversationId}/recordingmetadata": "ANY recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "GET /api/v2/conversations/{conversationId}/recordingmetadata/{recordingId}": "ANY recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "GET /api/v2/conversations/{conversationId}/recordings": "ANY recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "GET /api/v2/conversations/{conversationId}/recordings/{recordingId}": "ANY recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "GET /api/v2/conversations/{conversationId}/recordings/{recordingId}/annotations": "ANY recording:annotation:view recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "GET /api/v2/conversations/{conversationId}/recordings/{recordingId}/annotations/{annotationId}": "ANY recording:annotation:view recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "GET /api/v2/orphanrecordings": "ANY recording:orphan:view",
  "GET /api/v2/orphanrecordings/{orphanId}": "ANY recording:orphan:view",
  "GET /api/v2/orphanrecordings/{orphanId}/media": "ANY recording:orphan:view",
  "GET /api/v2/recording/crossplatform/mediaretentionpolicies": "ANY recording:crossPlatformRetentionPolicy:view",
  "GET /api/v2/recording/crossplatform/mediaretentionpolicies/{policyId}": "ANY recording:crossPlatformRetentionPolicy:view",
  "GET /api/v2/recording/jobs": "ALL recording:job:view",
  "GET /api/v2/recording/jobs/{jobId}": "ALL recording:job:view",
  "GET /api/v2/recording/jobs/{jobId}/failedrecordings": "ALL recording:job:view",
  "GET /api/v2/recording/keyconfigurations": "ANY recording:encryptionKey:view",
  "GET /api/v2/recording/keyconfigurations/{keyConfigurationId}": "ANY recording:encryptionKey:view",
  "GET /api/v2/recording/mediaretentionpolicies": "ANY recording:retentionPolicy:view",
  "GET /api/v2/recording/mediaretentionpolicies/{policyId}": "ANY recording:retentionPolicy:view",
  "GET /api/v2/recording/recordingkeys": "ANY recording:encryptionKey:view",
  "GET /api/v2/recording/recordingkeys/rotationschedule": "ANY recording:encryptionKey:view",
  "GET /api/v2/recording/uploads/reports/{reportId}": "ALL recording:uploadReport:view",
  "GET /api/v2/recordings/retention/query": "ANY recording:recording:view",
  "GET /api/v2/recordings/screensessions/details": "ANY recording:screenRecording:view",
  "PATCH /api/v2/recording/crossplatform/mediaretentionpolicies/{policyId}": "ANY recording:crossPlatformRetentionPolicy:edit",
  "PATCH /api/v2/recording/mediaretentionpolicies/{policyId}": "ANY recording:retentionPolicy:edit",
  "POST /api/v2/conversations/{conversationId}/recordings/{recordingId}/annotations": "ANY recording:annotation:add recording:annotation:edit recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "POST /api/v2/recording/batchrequests": "ANY recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "POST /api/v2/recording/crossplatform/mediaretentionpolicies": "ANY recording:crossPlatformRetentionPolicy:add",
  "POST /api/v2/recording/jobs": "ALL recording:job:add",
  "POST /api/v2/recording/keyconfigurations": "ANY recording:encryptionKey:edit",
  "POST /api/v2/recording/keyconfigurations/validate": "ANY recording:encryptionKey:edit",
  "POST /api/v2/recording/localkeys": "ANY recording:encryptionKey:edit",
  "POST /api/v2/recording/mediaretentionpolicies": "ANY recording:retentionPolicy:add",
  "POST /api/v2/recording/recordingkeys": "ANY recording:encryptionKey:edit",
  "POST /api/v2/recording/uploads/reports": "ALL recording:uploadReport:add",
  "PUT /api/v2/conversations/{conversationId}/recordings/{recordingId}": "ANY recording:recording:view recording:recording:editRetention recording:recording:restore recording:screenRecording:view recording:screenRecording:editRetention recording:screenRecording:restore recording:snippetRecording:view recording:snippetRecording:editRetention recording:snippetRecording:restore",
  "PUT /api/v2/conversations/{conversationId}/recordings/{recordingId}/annotations/{annotationId}": "ANY recording:annotation:edit recording:annotation:add recording:recording:view recording:recordingSegment:view recording:snippetRecording:view recording:screenRecording:view",
  "PUT /api/v2/orphanrecordings/{orphanId}": "ANY recording:orphan:edit",
  "PUT /api/v2/recording/crossplatform/mediaretentionpolicies/{policyId}": "ANY recording:crossPlatformRetentionPolicy:edit",
  "PUT /api/v2/recording/jobs/{jobId}": "ALL recording:job:edit recording:recording:editRetention recording:screenRecording:editRetention recording:snippetRecording:editRetention",
  "PUT /api/v2/recording/keyconfigurations/{keyConfigurationId}": "ANY recording:encryptionKey:edit",
  "PUT /api/v2/recording/mediaretentionpolicies/{policyId}": "ANY recording:retentionPolicy:edit",
  "PUT /api/v2/recording/recordingkeys/rotationschedule": "ANY recording:encryptionKey:edit",
  "PUT /api/v2/recording/settings": "ANY recording:settings:editScreenRecordings recording:settings:editRegionalStorage recording:settings:editUrlExpiration recording:settings:editConferenceRecording",
  "PUT /api/v2/recordings/deletionprotection": "ANY recording:deletionProtection:apply recording:deletionProtection:revoke",
};

/**
 * Recording (57 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const recording = recordingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function recordingApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
