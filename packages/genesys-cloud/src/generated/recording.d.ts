// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/recording/openapi.yaml (sha256 16173237bfce9e42)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area recording` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Recording (57 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const recording = recordingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function recordingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/conversations/{conversationId}/recordingmetadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get recording metadata for a conversation. Does not return playable media nor system annotations. Bookmark annotations will be excluded if either recording:recording:view or recording:annotation:view permission is missing.
         * @permissions ANY: any one of `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        get: operations["getConversationRecordingmetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/recordingmetadata/{recordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get metadata for a specific recording. Does not return playable media. Bookmark annotations will be excluded if either recording:recording:view or recording:annotation:view permission is missing.
         * @permissions ANY: any one of `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        get: operations["getConversationRecordingmetadataRecordingId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all of a Conversation's Recordings.
         * @description Bookmark annotations will be excluded if recording:annotation:view permission is missing. If the recording:recording:viewSensitiveData permission is missing and the organization has sensitive data redaction enabled, recordings with sensitive data will be redacted.
         * @permissions ANY: any one of `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        get: operations["getConversationRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/recordings/{recordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a specific recording.
         * @description Bookmark annotations will be excluded if recording:annotation:view permission is missing. If the recording:recording:viewSensitiveData permission is missing and the organization has sensitive data redaction enabled, recordings with sensitive data will be redacted.
         * @permissions ANY: any one of `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        get: operations["getConversationRecording"];
        /**
         * Updates the retention records on a recording.
         * @description Currently supports updating and removing both archive and delete dates for eligible recordings. A request to change the archival date of an archived recording will result in a restoration of the recording until the new date set. Required permissions depend on the operation: view (recording, screenRecording, or snippetRecording) is always required; editRetention is required when updating retention dates except for restoration; restore is required when restoring an archived recording.
         * @permissions ANY: any one of `recording:recording:view`, `recording:recording:editRetention`, `recording:recording:restore`, `recording:screenRecording:view`, `recording:screenRecording:editRetention`, `recording:screenRecording:restore`, `recording:snippetRecording:view`, `recording:snippetRecording:editRetention`, `recording:snippetRecording:restore`
         */
        put: operations["putConversationRecording"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/recordings/{recordingId}/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get annotations for recording
         * @permissions ANY: any one of `recording:annotation:view`, `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        get: operations["getConversationRecordingAnnotations"];
        put?: never;
        /**
         * Create annotation
         * @description If the annotation does not exist on the recording, it is created. If it already exists, it is updated. The recording:annotation:add permission is required for creates, and recording:annotation:edit is required for updates.
         * @permissions ANY: any one of `recording:annotation:add`, `recording:annotation:edit`, `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        post: operations["postConversationRecordingAnnotations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/recordings/{recordingId}/annotations/{annotationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get annotation
         * @permissions ANY: any one of `recording:annotation:view`, `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        get: operations["getConversationRecordingAnnotation"];
        /**
         * Update annotation
         * @description If the annotation does not exist on the recording, it is created. If it already exists, it is updated. The recording:annotation:add permission is required for creates, and recording:annotation:edit is required for updates.
         * @permissions ANY: any one of `recording:annotation:edit`, `recording:annotation:add`, `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        put: operations["putConversationRecordingAnnotation"];
        post?: never;
        /**
         * Delete annotation
         * @permissions ANY: any one of `recording:annotation:delete`, `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        delete: operations["deleteConversationRecordingAnnotation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orphanrecordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all orphan recordings
         * @permissions ANY: `recording:orphan:view`
         */
        get: operations["getOrphanrecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orphanrecordings/{orphanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a single orphan recording
         * @permissions ANY: `recording:orphan:view`
         */
        get: operations["getOrphanrecording"];
        /**
         * Updates an orphan recording to a regular recording with retention values
         * @description If this operation is successful the orphan will no longer exist. It will be replaced by the resulting recording in the response. This replacement recording is accessible by the normal Recording api.
         * @permissions ANY: `recording:orphan:edit`
         */
        put: operations["putOrphanrecording"];
        post?: never;
        /**
         * Deletes a single orphan recording
         * @permissions ANY: `recording:orphan:delete`
         */
        delete: operations["deleteOrphanrecording"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orphanrecordings/{orphanId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the media of a single orphan recording
         * @description A 202 response means the orphaned media is currently transcoding and will be available shortly.A 200 response denotes the transcoded orphan media is available now and is contained in the response body.
         * @permissions ANY: `recording:orphan:view`
         */
        get: operations["getOrphanrecordingMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/batchrequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a batch download request for recordings. Recordings in response will be in their original format/codec - configured in the Trunk configuration. If the recording:recording:viewSensitiveData permission is missing and the organization has sensitive data redaction enabled, recordings with sensitive data will be excluded from the batch download.
         * @permissions ANY: any one of `recording:recording:view`, `recording:recordingSegment:view`, `recording:snippetRecording:view`, `recording:screenRecording:view`
         */
        post: operations["postRecordingBatchrequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/batchrequests/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status and results for a batch request job, only the user that submitted the job may retrieve results. Each result may contain either a URL to a recording or an error; additionally, a recording could be associated with multiple results.
         * @permissions none required
         */
        get: operations["getRecordingBatchrequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/crossplatform/mediaretentionpolicies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets media retention policy list with query options to filter on name and enabled.
         * @description for a less verbose response, add summary=true to this endpoint
         * @permissions ANY: `recording:crossPlatformRetentionPolicy:view`
         */
        get: operations["getRecordingCrossplatformMediaretentionpolicies"];
        put?: never;
        /**
         * Create media retention policy
         * @description Policy does not work retroactively
         * @permissions ANY: `recording:crossPlatformRetentionPolicy:add`
         */
        post: operations["postRecordingCrossplatformMediaretentionpolicies"];
        /**
         * Delete media retention policies
         * @description Bulk delete of media retention policies, this will only delete the polices that match the ids specified in the query param.
         * @permissions ANY: `recording:crossPlatformRetentionPolicy:delete`
         */
        delete: operations["deleteRecordingCrossplatformMediaretentionpolicies"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/crossplatform/mediaretentionpolicies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a media retention policy
         * @permissions ANY: `recording:crossPlatformRetentionPolicy:view`
         */
        get: operations["getRecordingCrossplatformMediaretentionpolicy"];
        /**
         * Update a media retention policy
         * @description Policy does not work retroactively
         * @permissions ANY: `recording:crossPlatformRetentionPolicy:edit`
         */
        put: operations["putRecordingCrossplatformMediaretentionpolicy"];
        post?: never;
        /**
         * Delete a media retention policy
         * @permissions ANY: `recording:crossPlatformRetentionPolicy:delete`
         */
        delete: operations["deleteRecordingCrossplatformMediaretentionpolicy"];
        options?: never;
        head?: never;
        /**
         * Patch a media retention policy
         * @permissions ANY: `recording:crossPlatformRetentionPolicy:edit`
         */
        patch: operations["patchRecordingCrossplatformMediaretentionpolicy"];
        trace?: never;
    };
    "/api/v2/recording/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of all jobs within the user's organization
         * @permissions ALL: `recording:job:view`
         */
        get: operations["getRecordingJobs"];
        put?: never;
        /**
         * Create a recording bulk job.
         * @description Each organization can run up to a maximum of two concurrent jobs that are either in pending or processing state. Furthermore, the recording:recording:viewSensitiveData permission is required to access recordings with PCI DSS and/or PII data when redaction is enabled for their organization. If the requester does not have that permission and includeRecordingsWithSensitiveData is set to true, then their request will be rejected. It is recommended to query over smaller time periods so your request does not time out.
         * @permissions ALL: `recording:job:add`
         */
        post: operations["postRecordingJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of the job associated with the job id.
         * @permissions ALL: `recording:job:view`
         */
        get: operations["getRecordingJob"];
        /**
         * Execute the recording bulk job.
         * @description Each organization can run up to a maximum of two concurrent jobs that are either in pending or processing state. A job must be executed by the same user whom originally created the job.  In addition, the user must have permission to update the recordings retention.
         * @permissions ALL: all of `recording:job:edit`, `recording:recording:editRetention`, `recording:screenRecording:editRetention`, `recording:snippetRecording:editRetention`
         */
        put: operations["putRecordingJob"];
        post?: never;
        /**
         * Delete the recording bulk job
         * @permissions ALL: `recording:job:delete`
         */
        delete: operations["deleteRecordingJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/jobs/{jobId}/failedrecordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get IDs of recordings that the bulk job failed for
         * @permissions ALL: `recording:job:view`
         */
        get: operations["getRecordingJobFailedrecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/keyconfigurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of key configurations data
         * @permissions ANY: `recording:encryptionKey:view`
         */
        get: operations["getRecordingKeyconfigurations"];
        put?: never;
        /**
         * Setup configurations for encryption key creation
         * @permissions ANY: `recording:encryptionKey:edit`
         */
        post: operations["postRecordingKeyconfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/keyconfigurations/{keyConfigurationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the encryption key configurations
         * @permissions ANY: `recording:encryptionKey:view`
         */
        get: operations["getRecordingKeyconfiguration"];
        /**
         * Update the encryption key configurations
         * @permissions ANY: `recording:encryptionKey:edit`
         */
        put: operations["putRecordingKeyconfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/keyconfigurations/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate encryption key configurations without saving it
         * @permissions ANY: `recording:encryptionKey:edit`
         */
        post: operations["postRecordingKeyconfigurationsValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/localkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * create a local key management recording key
         * @permissions ANY: `recording:encryptionKey:edit`
         */
        post: operations["postRecordingLocalkeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/mediaretentionpolicies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets media retention policy list with query options to filter on name and enabled.
         * @description for a less verbose response, add summary=true to this endpoint
         * @permissions ANY: `recording:retentionPolicy:view`
         */
        get: operations["getRecordingMediaretentionpolicies"];
        put?: never;
        /**
         * Create media retention policy
         * @description Policy does not work retroactively
         * @permissions ANY: `recording:retentionPolicy:add`
         */
        post: operations["postRecordingMediaretentionpolicies"];
        /**
         * Delete media retention policies
         * @description Bulk delete of media retention policies, this will only delete the polices that match the ids specified in the query param.
         * @permissions ANY: `recording:retentionPolicy:delete`
         */
        delete: operations["deleteRecordingMediaretentionpolicies"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/mediaretentionpolicies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a media retention policy
         * @permissions ANY: `recording:retentionPolicy:view`
         */
        get: operations["getRecordingMediaretentionpolicy"];
        /**
         * Update a media retention policy
         * @description Policy does not work retroactively. In the conditions.forUsers section, each user object can include the id field containing the users unique identifier. Example: [{"id":"<userId>"}].
         * @permissions ANY: `recording:retentionPolicy:edit`
         */
        put: operations["putRecordingMediaretentionpolicy"];
        post?: never;
        /**
         * Delete a media retention policy
         * @permissions ANY: `recording:retentionPolicy:delete`
         */
        delete: operations["deleteRecordingMediaretentionpolicy"];
        options?: never;
        head?: never;
        /**
         * Patch a media retention policy
         * @permissions ANY: `recording:retentionPolicy:edit`
         */
        patch: operations["patchRecordingMediaretentionpolicy"];
        trace?: never;
    };
    "/api/v2/recording/recordingkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get encryption key list
         * @permissions ANY: `recording:encryptionKey:view`
         */
        get: operations["getRecordingRecordingkeys"];
        put?: never;
        /**
         * Create encryption key
         * @permissions ANY: `recording:encryptionKey:edit`
         */
        post: operations["postRecordingRecordingkeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/recordingkeys/rotationschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get key rotation schedule
         * @permissions ANY: `recording:encryptionKey:view`
         */
        get: operations["getRecordingRecordingkeysRotationschedule"];
        /**
         * Update key rotation schedule
         * @permissions ANY: `recording:encryptionKey:edit`
         */
        put: operations["putRecordingRecordingkeysRotationschedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Recording Settings for the Organization
         * @permissions none required
         */
        get: operations["getRecordingSettings"];
        /**
         * Update the Recording Settings for the Organization
         * @permissions ANY: any one of `recording:settings:editScreenRecordings`, `recording:settings:editRegionalStorage`, `recording:settings:editUrlExpiration`, `recording:settings:editConferenceRecording`
         */
        put: operations["putRecordingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/uploads/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a recording upload status report
         * @permissions ALL: `recording:uploadReport:add`
         */
        post: operations["postRecordingUploadsReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recording/uploads/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a recording upload status report
         * @permissions ALL: `recording:uploadReport:view`
         */
        get: operations["getRecordingUploadsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recordings/deletionprotection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Apply or revoke recording protection for conversations
         * @permissions ANY: any one of `recording:deletionProtection:apply`, `recording:deletionProtection:revoke`
         */
        put: operations["putRecordingsDeletionprotection"];
        /**
         * Get a list of conversations with protected recordings
         * @permissions none required
         */
        post: operations["postRecordingsDeletionprotection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recordings/retention/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for recording retention data
         * @permissions ANY: `recording:recording:view`
         */
        get: operations["getRecordingsRetentionQuery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recordings/screensessions/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a screen recording.
         * @permissions none required
         */
        post: operations["postRecordingsScreensessionsAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recordings/screensessions/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves an object containing the total number of concurrent active screen recordings
         * @permissions ANY: `recording:screenRecording:view`
         */
        get: operations["getRecordingsScreensessionsDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/recordings/screensessions/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provide meta-data a screen recording.
         * @permissions none required
         */
        post: operations["postRecordingsScreensessionsMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcknowledgeScreenRecordingRequest: {
            conversationId?: string;
            participantJid?: string;
            roomId?: string;
        };
        Actions: {
            skillsToRemove?: components["schemas"]["SkillsToRemove"][];
        };
        AcwSettings: {
            /**
             * Format: int32
             * @description The amount of time the agent can stay in ACW (Min: 1 sec, Max: 1 day).  Can only be used when ACW is MANDATORY_TIMEOUT or MANDATORY_FORCED_TIMEOUT.
             */
            timeoutMs?: number;
            /**
             * @description This field controls how the UI prompts the agent for a wrapup.
             * @enum {string}
             */
            wrapupPrompt?: "MANDATORY" | "OPTIONAL" | "MANDATORY_TIMEOUT" | "MANDATORY_FORCED_TIMEOUT" | (string & {});
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
        };
        AiScoringSetting: {
            enabled?: boolean;
        };
        AiScoringSettings: {
            id?: string;
            questionGroupSettings?: components["schemas"]["QuestionGroupSettings"][];
            selfUri?: string;
        };
        Annotation: {
            absoluteDurationMs?: number;
            absoluteLocation?: number;
            annotations?: components["schemas"]["Annotation"][];
            /** @description Text of annotation. */
            description?: string;
            /**
             * Format: int64
             * @description Duration of annotation in milliseconds.
             */
            durationMs?: number;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: int64
             * @description Offset of annotation in milliseconds.
             */
            location?: number;
            name?: string;
            realtimeLocation?: number;
            reason?: string;
            recordingDurationMs?: number;
            recordingLocation?: number;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            type?: string;
            user?: components["schemas"]["User"];
        };
        AnswerOption: {
            assistanceConditions?: components["schemas"]["AssistanceCondition"][];
            builtInType?: string;
            contextId?: string;
            id?: string;
            text?: string;
            /** Format: int32 */
            value?: number;
        };
        AppleOpaqueId: {
            value?: string;
        };
        ArchiveRetention: {
            /** Format: int32 */
            days?: number;
            /** @enum {string} */
            storageMedium?: "CLOUDARCHIVE" | (string & {});
        };
        AssistanceCondition: {
            operator?: string;
            topicIds?: string[];
        };
        AsyncConversationQuery: {
            conversationFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            evaluationFilters?: components["schemas"]["EvaluationDetailQueryFilter"][];
            interval: string;
            limit?: number;
            order?: string;
            orderBy?: string;
            resolutionFilters?: components["schemas"]["ResolutionDetailQueryFilter"][];
            segmentFilters?: components["schemas"]["SegmentDetailQueryFilter"][];
            startOfDayIntervalMatching?: boolean;
            surveyFilters?: components["schemas"]["SurveyDetailQueryFilter"][];
        };
        BatchDownloadJobResult: {
            contentType?: string;
            conversationId?: string;
            errorMsg?: string;
            recordingId?: string;
            resultUrl?: string;
        };
        BatchDownloadJobStatusResult: {
            errorCount?: number;
            expectedResultCount?: number;
            id?: string;
            jobId?: string;
            resultCount?: number;
            results?: components["schemas"]["BatchDownloadJobResult"][];
            selfUri?: string;
            status?: string;
        };
        BatchDownloadJobSubmission: {
            batchDownloadRequestList: components["schemas"]["BatchDownloadRequest"][];
        };
        BatchDownloadJobSubmissionResult: {
            id?: string;
            selfUri?: string;
        };
        BatchDownloadRequest: {
            conversationId?: string;
            recordingId?: string;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        Bullseye: {
            rings?: components["schemas"]["Ring"][];
        };
        ButtonResponse: {
            messageType?: string;
            originatingMessageId?: string;
            payload?: string;
            text?: string;
            type?: string;
        };
        CalibrationAssignment: {
            calibrator?: components["schemas"]["User"];
            evaluationForm?: components["schemas"]["EvaluationForm"];
            evaluators?: components["schemas"]["User"][];
            expertEvaluator?: components["schemas"]["User"];
        };
        CallbackMediaSettings: {
            alertingTimeoutSeconds?: number;
            answeringMachineFlow?: components["schemas"]["DomainEntityRef"];
            answeringMachineReactionType?: string;
            autoAnswerAlertToneSeconds?: number;
            autoDialDelaySeconds?: number;
            autoEndDelaySeconds?: number;
            edgeGroup?: components["schemas"]["DomainEntityRef"];
            enableAutoAnswer?: boolean;
            enableAutoDialAndEnd?: boolean;
            liveVoiceFlow?: components["schemas"]["DomainEntityRef"];
            liveVoiceReactionType?: string;
            manualAnswerAlertToneSeconds?: number;
            maxRetryCount?: number;
            mode?: string;
            pacingModifier?: number;
            retryDelaySeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            site?: components["schemas"]["DomainEntityRef"];
        };
        CallMediaPolicy: {
            actions?: components["schemas"]["PolicyActions"];
            conditions?: components["schemas"]["CallMediaPolicyConditions"];
        };
        CallMediaPolicyConditions: {
            dateRanges?: string[];
            directions?: ("INBOUND" | "OUTBOUND" | (string & {}))[];
            duration?: components["schemas"]["DurationCondition"];
            forQueues?: components["schemas"]["Queue"][];
            forUsers?: components["schemas"]["PolicyUser"][];
            languages?: components["schemas"]["Language"][];
            teams?: components["schemas"]["Team"][];
            timeAllowed?: components["schemas"]["TimeAllowed"];
            wrapupCodes?: components["schemas"]["WrapupCode"][];
        };
        CannedResponseLibraries: {
            libraryIds?: string[];
            mode?: string;
        };
        Card: {
            actions?: components["schemas"]["CardAction"][];
            defaultAction?: components["schemas"]["CardAction"];
            description?: string;
            title?: string;
            url?: string;
        };
        CardAction: {
            isSelected?: boolean;
            payload?: string;
            text?: string;
            type?: string;
            url?: string;
        };
        Chat: {
            jabberId?: string;
        };
        ChatMediaPolicy: {
            actions?: components["schemas"]["PolicyActions"];
            conditions?: components["schemas"]["ChatMediaPolicyConditions"];
        };
        ChatMediaPolicyConditions: {
            dateRanges?: string[];
            duration?: components["schemas"]["DurationCondition"];
            forQueues?: components["schemas"]["Queue"][];
            forUsers?: components["schemas"]["PolicyUser"][];
            languages?: components["schemas"]["Language"][];
            teams?: components["schemas"]["Team"][];
            timeAllowed?: components["schemas"]["TimeAllowed"];
            wrapupCodes?: components["schemas"]["WrapupCode"][];
        };
        ChatMessage: {
            body?: string;
            bodyType?: string;
            chat?: string;
            from?: string;
            id?: string;
            message?: string;
            participantPurpose?: string;
            senderCommunicationId?: string;
            to?: string;
            type?: string;
            user?: components["schemas"]["ChatMessageUser"];
            utc?: string;
        };
        ChatMessageUser: {
            displayName?: string;
            id?: string;
            images?: components["schemas"]["Image"][];
            name?: string;
            username?: string;
        };
        ConditionalGroupActivation: {
            pilotRule?: components["schemas"]["ConditionalGroupActivationPilotRule"];
            rules?: components["schemas"]["ConditionalGroupActivationRule"][];
        };
        ConditionalGroupActivationCondition: {
            operator?: string;
            simpleMetric?: components["schemas"]["ConditionalGroupActivationSimpleMetric"];
            value?: number;
        };
        ConditionalGroupActivationPilotRule: {
            conditionExpression?: string;
            conditions?: components["schemas"]["ConditionalGroupActivationCondition"][];
        };
        ConditionalGroupActivationRule: {
            conditionExpression?: string;
            conditions?: components["schemas"]["ConditionalGroupActivationCondition"][];
            groups?: components["schemas"]["MemberGroup"][];
        };
        ConditionalGroupActivationSimpleMetric: {
            metric?: string;
            queue?: components["schemas"]["DomainEntityRef"];
        };
        ConditionalGroupRouting: {
            rules?: components["schemas"]["ConditionalGroupRoutingRule"][];
        };
        ConditionalGroupRoutingRule: {
            conditionValue?: number;
            groups?: components["schemas"]["MemberGroup"][];
            metric?: string;
            operator?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            waitSeconds?: number;
        };
        Contact: {
            /** @description Email address or phone number for this contact type */
            address?: string;
            countryCode?: string;
            /** @description Formatted version of the address property */
            readonly display?: string;
            /** @description Use extension instead of address for setting internal extensions */
            extension?: string;
            integration?: string;
            /** @enum {string} */
            mediaType?: "PHONE" | "EMAIL" | "SMS" | (string & {});
            /** @enum {string} */
            type?: "PRIMARY" | "WORK" | "WORK2" | "WORK3" | "WORK4" | "HOME" | "MOBILE" | "MAIN" | (string & {});
        };
        ContactAddress: {
            address1?: string;
            address2?: string;
            city?: string;
            countryCode?: string;
            postalCode?: string;
            state?: string;
        };
        ContactAddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        ContactIdentifier: {
            dateCreated?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["ExternalSource"];
            type: string;
            value: string;
        };
        ConversationContentReceivedReplyMessage: {
            buttonLabel?: string;
            header?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationDeletionProtectionQuery: {
            conversationIds: string[];
        };
        ConversationDetailQueryClause: {
            predicates: components["schemas"]["ConversationDetailQueryPredicate"][];
            type: string;
        };
        ConversationDetailQueryFilter: {
            clauses?: components["schemas"]["ConversationDetailQueryClause"][];
            predicates?: components["schemas"]["ConversationDetailQueryPredicate"][];
            type: string;
        };
        ConversationDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ConversationEventCoBrowse: {
            sessionId?: string;
            sessionJoinToken?: string;
            type: string;
        };
        ConversationEventPresence: {
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            type: string;
        };
        ConversationEventTyping: {
            duration?: number;
            type: string;
        };
        ConversationEventVideo: {
            jwt?: string;
            offeringId?: string;
            type: string;
        };
        ConversationMessageEvent: {
            coBrowse?: components["schemas"]["ConversationEventCoBrowse"];
            eventType: string;
            presence?: components["schemas"]["ConversationEventPresence"];
            typing?: components["schemas"]["ConversationEventTyping"];
            video?: components["schemas"]["ConversationEventVideo"];
        };
        ConversationReference: {
            id?: string;
            selfUri?: string;
        };
        CrossPlatformCallMediaPolicy: {
            actions?: components["schemas"]["CrossPlatformPolicyActions"];
            conditions?: components["schemas"]["CallMediaPolicyConditions"];
        };
        CrossPlatformChatMediaPolicy: {
            actions?: components["schemas"]["CrossPlatformPolicyActions"];
            conditions?: components["schemas"]["ChatMediaPolicyConditions"];
        };
        CrossPlatformEmailMediaPolicy: {
            actions?: components["schemas"]["CrossPlatformPolicyActions"];
            conditions?: components["schemas"]["EmailMediaPolicyConditions"];
        };
        CrossPlatformMediaPolicies: {
            callPolicy?: components["schemas"]["CrossPlatformCallMediaPolicy"];
            chatPolicy?: components["schemas"]["CrossPlatformChatMediaPolicy"];
            emailPolicy?: components["schemas"]["CrossPlatformEmailMediaPolicy"];
            messagePolicy?: components["schemas"]["CrossPlatformMessageMediaPolicy"];
        };
        CrossPlatformMessageMediaPolicy: {
            actions?: components["schemas"]["CrossPlatformPolicyActions"];
            conditions?: components["schemas"]["MessageMediaPolicyConditions"];
        };
        CrossPlatformPolicy: {
            actions?: components["schemas"]["CrossPlatformPolicyActions"];
            conditions?: components["schemas"]["PolicyConditions"];
            createdDate?: string;
            description?: string;
            enabled?: boolean;
            id?: string;
            mediaPolicies?: components["schemas"]["CrossPlatformMediaPolicies"];
            modifiedDate?: string;
            name?: string;
            order?: number;
            policyErrors?: components["schemas"]["PolicyErrors"];
            selfUri?: string;
        };
        CrossPlatformPolicyActions: {
            alwaysDelete?: boolean;
            assignCalibrations?: components["schemas"]["CalibrationAssignment"][];
            assignEvaluations?: components["schemas"]["EvaluationAssignment"][];
            assignMeteredAssignmentByAgent?: components["schemas"]["MeteredAssignmentByAgent"][];
            assignMeteredEvaluations?: components["schemas"]["MeteredEvaluationAssignment"][];
            deleteRecording?: boolean;
            integrationExport?: components["schemas"]["IntegrationExport"];
            retainRecording?: boolean;
            retentionDuration?: components["schemas"]["RetentionDuration"];
        };
        CrossPlatformPolicyCreate: {
            actions?: components["schemas"]["CrossPlatformPolicyActions"];
            conditions?: components["schemas"]["PolicyConditions"];
            createdDate?: string;
            description?: string;
            enabled?: boolean;
            id?: string;
            mediaPolicies?: components["schemas"]["CrossPlatformMediaPolicies"];
            modifiedDate?: string;
            name: string;
            order?: number;
            policyErrors?: components["schemas"]["PolicyErrors"];
            selfUri?: string;
        };
        CrossPlatformPolicyUpdate: {
            enabled?: boolean;
        };
        DataSchema: {
            appliesTo?: string[];
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            enabled?: boolean;
            id?: string;
            jsonSchema: components["schemas"]["JsonSchemaDocument"];
            name?: string;
            selfUri?: string;
            version: number;
        };
        DatePicker: {
            datePickerAvailableDateTimes: components["schemas"]["DatePickerAvailableDateTime"][];
            dateSelected?: string;
            id?: string;
            subtitle?: string;
            title?: string;
        };
        DatePickerAvailableDateTime: {
            dateTime?: string;
            duration?: number;
        };
        DefaultAnswer: {
            id?: string;
            notApplicable?: boolean;
        };
        DefaultAnswersTo: {
            highestScore?: boolean;
            lowestScore?: boolean;
            notApplicable?: boolean;
            userDefined?: boolean;
        };
        DeleteRetention: {
            /** Format: int32 */
            days?: number;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DirectRouting: {
            agentWaitSeconds?: number;
            backupQueueId?: string;
            callMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            emailMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            messageMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            waitForAgent?: boolean;
        };
        DirectRoutingMediaSettings: {
            useAgentAddressOutbound?: boolean;
        };
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainEntityListingEvaluationForm: {
            entities?: components["schemas"]["EvaluationForm"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainRole: {
            /** @description The ID of the role */
            id?: string;
            /** @description The name of the role */
            name?: string;
        };
        DurationCondition: {
            durationMode?: string;
            durationOperator?: string;
            durationRange?: string;
            /** @enum {string} */
            durationTarget?: "DURATION" | "DURATION_RANGE" | (string & {});
        };
        Education: {
            dateEnd?: string;
            dateStart?: string;
            fieldOfStudy?: string;
            notes?: string;
            school?: string;
        };
        EmailAddress: {
            email?: string;
            name?: string;
        };
        EmailAttachment: {
            attachmentId?: string;
            /** Format: int32 */
            contentLength?: number;
            contentPath?: string;
            contentType?: string;
            name?: string;
        };
        EmailMediaPolicy: {
            actions?: components["schemas"]["PolicyActions"];
            conditions?: components["schemas"]["EmailMediaPolicyConditions"];
        };
        EmailMediaPolicyConditions: {
            customerParticipation?: string;
            dateRanges?: string[];
            forQueues?: components["schemas"]["Queue"][];
            forUsers?: components["schemas"]["PolicyUser"][];
            languages?: components["schemas"]["Language"][];
            teams?: components["schemas"]["Team"][];
            timeAllowed?: components["schemas"]["TimeAllowed"];
            wrapupCodes?: components["schemas"]["WrapupCode"][];
        };
        EmailMediaSettings: {
            alertingTimeoutSeconds?: number;
            allOutboundEmailAddresses?: components["schemas"]["QueueEmailAddress"][];
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
        };
        EmployerInfo: {
            dateHire?: string;
            employeeId?: string;
            employeeType?: string;
            officialName?: string;
        };
        EncryptionKey: {
            /**
             * Format: date-time
             * @description create date of the key pair. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            keyConfigurationType?: string;
            /** @description key data summary (base 64 encoded public key) */
            keydataSummary?: string;
            kmsKeyArn?: string;
            localEncryptionConfiguration?: components["schemas"]["LocalEncryptionConfiguration"];
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            user?: components["schemas"]["User"];
        };
        EncryptionKeyEntityListing: {
            entities?: components["schemas"]["EncryptionKey"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        Endpoint: {
            /** Format: int32 */
            count?: number;
            createdBy?: string;
            createdByApp?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            description?: string;
            dids?: string[];
            division?: components["schemas"]["Division"];
            enabled?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description Name */
            name: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            schema: components["schemas"]["DomainEntityRef"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            site?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        ErrorBody: {
            code?: string;
            contextId?: string;
            details?: components["schemas"]["Detail"][];
            entityId?: string;
            entityName?: string;
            errors?: components["schemas"]["ErrorBody"][];
            limit?: components["schemas"]["Limit"];
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            /** Format: int32 */
            status?: number;
        };
        EvaluationAssignment: {
            evaluationForm?: components["schemas"]["EvaluationForm"];
            user?: components["schemas"]["User"];
        };
        EvaluationDetailQueryClause: {
            predicates: components["schemas"]["EvaluationDetailQueryPredicate"][];
            type: string;
        };
        EvaluationDetailQueryFilter: {
            clauses?: components["schemas"]["EvaluationDetailQueryClause"][];
            predicates?: components["schemas"]["EvaluationDetailQueryPredicate"][];
            type: string;
        };
        EvaluationDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        EvaluationForm: {
            aiScoring?: components["schemas"]["AiScoringSettings"];
            contextId?: string;
            dialect?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            evaluationSettings?: components["schemas"]["EvaluationSettings"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            latestVersionFormName?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            /** @description The evaluation form name */
            name: string;
            published?: boolean;
            publishedVersions?: components["schemas"]["DomainEntityListingEvaluationForm"];
            /** @description A list of question groups */
            questionGroups: components["schemas"]["EvaluationQuestionGroup"][];
            redacted?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        EvaluationQuestion: {
            answerOptions?: components["schemas"]["AnswerOption"][];
            automatedScoringFocus?: string;
            commentsRequired?: boolean;
            contextId?: string;
            defaultAnswer?: components["schemas"]["DefaultAnswer"];
            helpText?: string;
            id?: string;
            isCritical?: boolean;
            isKill?: boolean;
            multipleSelectOptionQuestions?: components["schemas"]["EvaluationQuestion"][];
            naEnabled?: boolean;
            text?: string;
            type?: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
        };
        EvaluationQuestionGroup: {
            contextId?: string;
            defaultAnswersTo?: components["schemas"]["DefaultAnswersTo"];
            defaultAnswersToHighest?: boolean;
            defaultAnswersToNA?: boolean;
            id?: string;
            manualWeight?: boolean;
            naEnabled?: boolean;
            name?: string;
            questions?: components["schemas"]["EvaluationQuestion"][];
            type?: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
            weight?: number;
        };
        EvaluationSettings: {
            disputesAllowedPerEvaluation?: number;
            disputesAssignees?: components["schemas"]["EvaluationSettingsAssignee"][];
            disputesEnabled?: boolean;
            revisionsEnabled?: boolean;
        };
        EvaluationSettingsAssignee: {
            type?: string;
            user?: components["schemas"]["UserReferenceWithName"];
        };
        ExecuteRecordingJobsQuery: {
            state: string;
        };
        ExpansionCriterium: {
            /** Format: double */
            threshold?: number;
            /** @enum {string} */
            type?: "TIMEOUT_SECONDS" | (string & {});
        };
        ExternalContact: {
            address?: components["schemas"]["ContactAddress"];
            appleOpaqueIds?: components["schemas"]["AppleOpaqueId"][];
            canonicalContact?: components["schemas"]["ContactAddressableEntityRef"];
            cellPhone?: components["schemas"]["PhoneNumber"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            division?: components["schemas"]["WritableStarrableDivision"];
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            externalIds?: components["schemas"]["ExternalId"][];
            externalOrganization?: components["schemas"]["ExternalOrganization"];
            externalSystemUrl?: string;
            facebookId?: components["schemas"]["FacebookId"];
            /** @description The first name of the contact. */
            firstName?: string;
            homePhone?: components["schemas"]["PhoneNumber"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            identifiers?: components["schemas"]["ContactIdentifier"][];
            instagramId?: components["schemas"]["InstagramId"];
            /** @description The last name of the contact. */
            lastName?: string;
            lineId?: components["schemas"]["LineId"];
            mergedFrom?: components["schemas"]["ContactAddressableEntityRef"][];
            mergedTo?: components["schemas"]["ContactAddressableEntityRef"];
            mergeOperation?: components["schemas"]["MergeOperation"];
            mergeSet?: components["schemas"]["ContactAddressableEntityRef"][];
            middleName?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifyDate?: string;
            otherEmail?: string;
            otherPhone?: components["schemas"]["PhoneNumber"];
            personalEmail?: string;
            salutation?: string;
            schema?: components["schemas"]["DataSchema"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            surveyOptOut?: boolean;
            title?: string;
            twitterId?: components["schemas"]["TwitterId"];
            type?: string;
            whatsAppId?: components["schemas"]["WhatsAppId"];
            workEmail?: string;
            workPhone?: components["schemas"]["PhoneNumber"];
        };
        /** @description Describes a link to a record in an external system that contributed data to a Relate record */
        ExternalDataSource: {
            /**
             * @description The platform that was the source of the data.  Example: a CRM like SALESFORCE.
             * @enum {string}
             */
            platform?: "SALESFORCE" | (string & {});
            /** @description An URL that links to the source record that contributed data to the associated entity. */
            url?: string;
        };
        ExternalId: {
            externalSource: components["schemas"]["ExternalSource"];
            value: string;
        };
        ExternalOrganization: {
            address?: components["schemas"]["ContactAddress"];
            companyType?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            division?: components["schemas"]["WritableStarrableDivision"];
            /** Format: int64 */
            employeeCount?: number;
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            externalIds?: components["schemas"]["ExternalId"][];
            externalSystemUrl?: string;
            faxNumber?: components["schemas"]["PhoneNumber"];
            /** @description The globally unique identifier for the object. */
            id?: string;
            identifiers?: components["schemas"]["ExternalOrganizationIdentifier"][];
            industry?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifyDate?: string;
            /** @description The name of the company. */
            name: string;
            phoneNumber?: components["schemas"]["PhoneNumber"];
            /** Format: int64 */
            revenue?: number;
            schema?: components["schemas"]["DataSchema"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            tags?: string[];
            tickers?: components["schemas"]["Ticker"][];
            trustor?: components["schemas"]["Trustor"];
            twitterId?: components["schemas"]["TwitterId"];
            websites?: string[];
        };
        ExternalOrganizationIdentifier: {
            dateCreated?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["ExternalSource"];
            type: string;
            value: string;
        };
        ExternalSource: {
            active?: boolean;
            id?: string;
            linkConfiguration?: components["schemas"]["LinkConfiguration"];
            name: string;
            selfUri?: string;
        };
        FacebookId: {
            displayName?: string;
            ids: components["schemas"]["FacebookScopedId"][];
        };
        FacebookScopedId: {
            scopedId: string;
        };
        FailedDeleteProtectionUpdate: {
            conversation?: components["schemas"]["ConversationReference"];
            errorCode?: string;
            errorMessage?: string;
        };
        FailedRecordingEntityListing: {
            entities?: components["schemas"]["RecordingJobFailedRecording"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        Geolocation: {
            city?: string;
            country?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** Format: double */
            latitude?: number;
            locations?: components["schemas"]["LocationDefinition"][];
            /** Format: double */
            longitude?: number;
            name?: string;
            /** @description A boolean used to tell whether or not to set this geolocation client as the primary on a PATCH */
            primary?: boolean;
            region?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description A string used to describe the type of client the geolocation is being updated from e.g. ios, android, web, etc. */
            type?: string;
        };
        Group: {
            addresses?: components["schemas"]["GroupContact"][];
            callsEnabled?: boolean;
            /**
             * Format: date-time
             * @description Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            description?: string;
            email?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            includeOwners?: boolean;
            /**
             * Format: int64
             * @description Number of members.
             */
            readonly memberCount?: number;
            /** @description The group name. */
            name: string;
            owners?: components["schemas"]["User"][];
            rolesEnabled?: boolean;
            /** @description Are membership rules visible to the person requesting to view the group */
            rulesVisible: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description Active, inactive, or deleted state.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            /**
             * @description Type of group.
             * @enum {string}
             */
            type: "official" | "social" | (string & {});
            /**
             * Format: int32
             * @description Current version for this resource.
             */
            readonly version?: number;
            /**
             * @description Who can view this group
             * @enum {string}
             */
            visibility: "public" | "owners" | "members" | (string & {});
        };
        GroupContact: {
            /** @description Phone number for this contact type */
            address: string;
            /** @description Formatted version of the address property */
            readonly display?: string;
            extension?: string;
            /**
             * @description Media type of the address
             * @enum {string}
             */
            mediaType: "PHONE" | (string & {});
            /**
             * @description Contact type of the address
             * @enum {string}
             */
            type: "GROUPRING" | "GROUPPHONE" | (string & {});
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        InactivityTimeoutSettings: {
            actionType?: string;
            flowId?: components["schemas"]["DomainEntityRef"];
            timeoutSeconds?: number;
        };
        InboundRoute: {
            allowMultipleActions?: boolean;
            autoBcc?: components["schemas"]["EmailAddress"][];
            flow?: components["schemas"]["DomainEntityRef"];
            /** @description The sender email to use for outgoing replies. */
            fromEmail?: string;
            /** @description The sender name to use for outgoing replies. */
            fromName: string;
            historyInclusion?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            language?: components["schemas"]["DomainEntityRef"];
            mailboxFolders?: string[];
            name?: string;
            /** @description The search pattern that the mailbox name should match. */
            pattern: string;
            /**
             * Format: int32
             * @description The priority to use for routing.
             */
            priority?: number;
            queue?: components["schemas"]["DomainEntityRef"];
            replyEmailAddress?: components["schemas"]["QueueEmailAddress"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signature?: components["schemas"]["Signature"];
            /** @description The skills to use for routing. */
            skills?: components["schemas"]["DomainEntityRef"][];
            spamFlow?: components["schemas"]["DomainEntityRef"];
            status?: string;
        };
        InitiateScreenRecording: {
            archiveRetention?: components["schemas"]["ArchiveRetention"];
            deleteRetention?: components["schemas"]["DeleteRetention"];
            recordACW?: boolean;
        };
        InstagramId: {
            displayName?: string;
            handle?: string;
            ids: components["schemas"]["InstagramScopedId"][];
        };
        InstagramScopedId: {
            scopedId: string;
        };
        IntegrationExport: {
            integration: components["schemas"]["DomainEntityRef"];
            shouldExportScreenRecordings?: boolean;
        };
        InteractiveApplication: {
            name?: string;
            url?: string;
        };
        /** @description A JSON Schema document. */
        JsonSchemaDocument: {
            $schema?: string;
            additionalProperties?: {
                [key: string]: unknown;
            };
            description?: string;
            id?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required?: string[];
            title?: string;
            type?: string;
        };
        KeyRotationSchedule: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * @description Value to set schedule to
             * @enum {string}
             */
            period: "DISABLED" | "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY" | (string & {});
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        Language: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The language name. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            version?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        LineId: {
            displayName?: string;
            ids: components["schemas"]["LineUserId"][];
        };
        LineUserId: {
            userId: string;
        };
        LinkConfiguration: {
            uriTemplate: string;
        };
        ListPicker: {
            header?: string;
            id?: string;
            sections: components["schemas"]["ListPickerSection"][];
            subtitle?: string;
            title?: string;
        };
        ListPickerItem: {
            id: string;
            selected: boolean;
            subtitle?: string;
            title: string;
        };
        ListPickerSection: {
            items: components["schemas"]["ListPickerItem"][];
            multipleSelection: boolean;
            title: string;
        };
        LocalEncryptionConfiguration: {
            /** @description The api id for Hawk Authentication. */
            apiId: string;
            /** @description The api shared symmetric key used for hawk authentication */
            apiKey: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description The url for decryption. This must specify the path to where Purecloud can requests decryption */
            url: string;
        };
        LocalEncryptionKeyRequest: {
            /** @description The local configuration id that contains metadata on private local service */
            configId: string;
            /** @description The key pair id from the local service. */
            keypairId: string;
            /** @description Base 64 encoded public key, generated by the local service. */
            publicKey: string;
        };
        Location: {
            coordinates?: {
                [key: string]: number;
            };
            floorplanId?: string;
            id?: string;
            locationDefinition?: components["schemas"]["LocationDefinition"];
            notes?: string;
        };
        LocationAddress: {
            city?: string;
            country?: string;
            countryName?: string;
            state?: string;
            street1?: string;
            street2?: string;
            zipcode?: string;
        };
        LocationAddressVerificationDetails: {
            dateFinished?: string;
            dateStarted?: string;
            service?: string;
            status?: string;
        };
        LocationDefinition: {
            address?: components["schemas"]["LocationAddress"];
            addressStored?: boolean;
            addressVerificationDetails?: components["schemas"]["LocationAddressVerificationDetails"];
            addressVerified?: boolean;
            contactUser?: components["schemas"]["AddressableEntityRef"];
            emergencyNumber?: components["schemas"]["LocationEmergencyNumber"];
            floorplanImage?: components["schemas"]["LocationImage"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: string;
            name?: string;
            notes?: string;
            path?: string[];
            profileImage?: components["schemas"]["LocationImage"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description Current activity status of the location.
             * @enum {string}
             */
            state?: "active" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        LocationEmergencyNumber: {
            e164?: string;
            number?: string;
            /**
             * @description The type of emergency number.
             * @enum {string}
             */
            type?: "default" | "elin" | (string & {});
        };
        LocationImage: {
            imageUri?: string;
            resolution?: string;
        };
        ManageDeleteProtectionResult: {
            failedUpdates?: components["schemas"]["FailedDeleteProtectionUpdate"][];
        };
        MediaPolicies: {
            callPolicy?: components["schemas"]["CallMediaPolicy"];
            chatPolicy?: components["schemas"]["ChatMediaPolicy"];
            emailPolicy?: components["schemas"]["EmailMediaPolicy"];
            messagePolicy?: components["schemas"]["MessageMediaPolicy"];
        };
        MediaResult: {
            mediaUri?: string;
            waveformData?: number[];
        };
        MediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
        };
        MediaSummary: {
            contactCenter?: components["schemas"]["MediaSummaryDetail"];
            enterprise?: components["schemas"]["MediaSummaryDetail"];
        };
        MediaSummaryDetail: {
            /** Format: int32 */
            active?: number;
            /** Format: int32 */
            acw?: number;
        };
        MemberGroup: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name?: string;
            selfUri?: string;
            type?: string;
        };
        MergeOperation: {
            resultingContact?: components["schemas"]["AddressableEntityRef"];
            sourceContact?: components["schemas"]["AddressableEntityRef"];
            targetContact?: components["schemas"]["AddressableEntityRef"];
        };
        MessageMediaAttachment: {
            contentLength?: number;
            id?: string;
            mediaType?: string;
            name?: string;
            url?: string;
        };
        MessageMediaPolicy: {
            actions?: components["schemas"]["PolicyActions"];
            conditions?: components["schemas"]["MessageMediaPolicyConditions"];
        };
        MessageMediaPolicyConditions: {
            customerParticipation?: string;
            dateRanges?: string[];
            forQueues?: components["schemas"]["Queue"][];
            forUsers?: components["schemas"]["PolicyUser"][];
            languages?: components["schemas"]["Language"][];
            teams?: components["schemas"]["Team"][];
            timeAllowed?: components["schemas"]["TimeAllowed"];
            wrapupCodes?: components["schemas"]["WrapupCode"][];
        };
        MessageMediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
            inactivityTimeoutSettings?: components["schemas"]["InactivityTimeoutSettings"];
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            subTypeSettings?: {
                [key: string]: components["schemas"]["MessageSubtypeSettings"];
            };
        };
        MessageStickerAttachment: {
            id?: string;
            url?: string;
        };
        MessageSubtypeSettings: {
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
        };
        MeteredAssignmentByAgent: {
            evaluationContextId?: string;
            evaluationForm?: components["schemas"]["EvaluationForm"];
            evaluators?: components["schemas"]["User"][];
            maxNumberEvaluations?: number;
            timeInterval?: components["schemas"]["TimeInterval"];
            timeZone?: string;
        };
        MeteredEvaluationAssignment: {
            assignToActiveUser?: boolean;
            evaluationContextId?: string;
            evaluationForm?: components["schemas"]["EvaluationForm"];
            evaluators?: components["schemas"]["User"][];
            /** Format: int32 */
            maxNumberEvaluations?: number;
            timeInterval?: components["schemas"]["TimeInterval"];
        };
        NumericRange: {
            /** @description Greater than */
            gt?: number;
            /** @description Greater than or equal to */
            gte?: number;
            /** @description Less than */
            lt?: number;
            /** @description Less than or equal to */
            lte?: number;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
        };
        Organization: {
            /** @description The default country code for this organization. Example: 'US' */
            defaultCountryCode?: string;
            /** @description The default language for this organization. Example: 'en' */
            defaultLanguage?: string;
            defaultSiteId?: string;
            domain?: string;
            /** @description The state of features available for the organization. */
            readonly features?: {
                [key: string]: boolean;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            productPlatform?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The current state. Examples are active, inactive, deleted.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** @description Email address where support tickets are sent to. */
            supportURI?: string;
            /** @description The short name for the organization. This field is globally unique and cannot be changed. */
            readonly thirdPartyOrgName?: string;
            /** Format: uri */
            thirdPartyURI?: string;
            /**
             * Format: int32
             * @description The current version of the organization.
             */
            version: number;
            voicemailEnabled?: boolean;
        };
        OrgUser: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            authorization?: components["schemas"]["UserAuthorization"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            geolocation?: components["schemas"]["Geolocation"];
            /** @description The groups the user is a member of */
            readonly groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            /** @description The user placement at each site location. */
            readonly locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            organization?: components["schemas"]["Organization"];
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            skills?: components["schemas"]["UserRoutingSkill"][];
            /**
             * @description The current state for this user.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            username?: string;
            /**
             * Format: int32
             * @description Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        OrphanRecording: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdTime?: string;
            /** @enum {string} */
            fileState?: "ARCHIVED" | "AVAILABLE" | "DELETED" | "RESTORED" | "RESTORING" | "UPLOADING" | (string & {});
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** Format: int64 */
            mediaSizeBytes?: number;
            mediaSubject?: string;
            mediaSubtype?: string;
            /** @enum {string} */
            mediaType?: "CALL" | "CHAT" | "EMAIL" | "SCREEN" | (string & {});
            name?: string;
            /**
             * @description The status of the orphaned recording's conversation.
             * @enum {string}
             */
            orphanStatus?: "NO_CONVERSATION" | "UNKNOWN_CONVERSATION" | "CONVERSATION_NOT_COMPLETE" | "CONVERSATION_NOT_EVALUATED" | "EVALUATED" | (string & {});
            providerEndpoint?: components["schemas"]["Endpoint"];
            /** @enum {string} */
            providerType?: "EDGE" | "CHAT" | "EMAIL" | "SCREEN_RECORDING" | (string & {});
            recording?: components["schemas"]["Recording"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            recoveredTime?: string;
            region?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            sourceOrphaningId?: string;
        };
        OrphanRecordingListing: {
            entities?: components["schemas"]["OrphanRecording"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        OrphanUpdateRequest: {
            /**
             * Format: date-time
             * @description The orphan recording's archive date. Must be greater than 1 day from now if set. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            archiveDate?: string;
            /** @description A conversation Id that this orphan's recording is to be attached to. If not present, the conversationId will be deduced from the recording media. */
            conversationId?: string;
            /**
             * Format: date-time
             * @description The orphan recording's delete date. Must be greater than archiveDate if set, otherwise one day from now. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            deleteDate?: string;
            exportDate?: string;
            integrationId?: string;
        };
        OutOfOffice: {
            active?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endDate?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            indefinite?: boolean;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startDate?: string;
            user?: components["schemas"]["User"];
        };
        Page: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            rootContainer?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            versionId?: string;
        };
        PaymentLineItem: {
            name?: string;
            price?: number;
        };
        PaymentRequest: {
            countryCode?: string;
            currencyCode?: string;
            lineItems?: components["schemas"]["PaymentLineItem"][];
            orderTotal: number;
            paymentPlatform?: string;
            shippingOptions?: components["schemas"]["PaymentLineItem"][];
        };
        PaymentResponse: {
            failureReason?: string;
            originatingMessageId?: string;
            paymentStatus?: string;
        };
        PhoneNumber: {
            acceptsSMS?: boolean;
            countryCode?: string;
            display?: string;
            e164?: string;
            /** Format: int64 */
            extension?: number;
            normalizationCountryCode?: string;
            userInput?: string;
        };
        Policy: {
            actions?: components["schemas"]["PolicyActions"];
            conditions?: components["schemas"]["PolicyConditions"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            description?: string;
            enabled?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            mediaPolicies?: components["schemas"]["MediaPolicies"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            /** Format: int32 */
            order?: number;
            policyErrors?: components["schemas"]["PolicyErrors"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        PolicyActions: {
            /** @description true to delete the recording associated with the conversation regardless of the values of retainRecording or deleteRecording. Default = false */
            alwaysDelete?: boolean;
            assignCalibrations?: components["schemas"]["CalibrationAssignment"][];
            assignEvaluations?: components["schemas"]["EvaluationAssignment"][];
            assignMeteredAssignmentByAgent?: components["schemas"]["MeteredAssignmentByAgent"][];
            assignMeteredEvaluations?: components["schemas"]["MeteredEvaluationAssignment"][];
            assignSurveys?: components["schemas"]["SurveyAssignment"][];
            /** @description true to delete the recording associated with the conversation. If retainRecording = true, this will be ignored. Default = false */
            deleteRecording?: boolean;
            initiateScreenRecording?: components["schemas"]["InitiateScreenRecording"];
            integrationExport?: components["schemas"]["IntegrationExport"];
            /** @description true to retain the recording associated with the conversation. Default = true */
            retainRecording?: boolean;
            retentionDuration?: components["schemas"]["RetentionDuration"];
        };
        PolicyConditions: {
            customerParticipation?: string;
            dateRanges?: string[];
            directions?: ("INBOUND" | "OUTBOUND" | (string & {}))[];
            duration?: components["schemas"]["DurationCondition"];
            forQueues?: components["schemas"]["Queue"][];
            forUsers?: components["schemas"]["PolicyUser"][];
            mediaTypes?: ("CALL" | "CHAT" | (string & {}))[];
            teams?: components["schemas"]["Team"][];
            timeAllowed?: components["schemas"]["TimeAllowed"];
            wrapupCodes?: components["schemas"]["WrapupCode"][];
        };
        PolicyCreate: {
            actions?: components["schemas"]["PolicyActions"];
            conditions?: components["schemas"]["PolicyConditions"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            description?: string;
            enabled?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            mediaPolicies?: components["schemas"]["MediaPolicies"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            /** @description The policy name. */
            name: string;
            /** Format: int32 */
            order?: number;
            policyErrors?: components["schemas"]["PolicyErrors"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        PolicyEntityListing: {
            entities?: components["schemas"]["Policy"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        PolicyErrorMessage: {
            correlationId?: string;
            errorCode?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            insertDate?: string;
            /** Format: int32 */
            statusCode?: number;
            userMessage?: {
                [key: string]: unknown;
            };
            userParams?: components["schemas"]["UserParam"][];
            userParamsMessage?: string;
        };
        PolicyErrors: {
            policyErrorMessages?: components["schemas"]["PolicyErrorMessage"][];
        };
        PolicyUpdate: {
            enabled?: boolean;
        };
        PolicyUser: {
            acdAutoAnswer?: boolean;
            addresses?: components["schemas"]["Contact"][];
            authorization?: components["schemas"]["UserAuthorization"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            geolocation?: components["schemas"]["Geolocation"];
            groups?: components["schemas"]["Group"][];
            id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            primaryContactInfo?: components["schemas"]["Contact"][];
            profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            selfUri?: string;
            skills?: components["schemas"]["UserRoutingSkill"][];
            state?: string;
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            username?: string;
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        PresenceDefinition: {
            /** @description description */
            id?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            systemPresence?: string;
        };
        PublishedSurveyFormReference: {
            contextId?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        QuestionGroupSettings: {
            questionGroupContextId?: string;
            questionSettings?: components["schemas"]["QuestionSettings"][];
        };
        QuestionSettings: {
            questionContextId?: string;
            settings?: components["schemas"]["AiScoringSetting"];
        };
        Queue: {
            acwSettings?: components["schemas"]["AcwSettings"];
            agentOwnedRouting?: components["schemas"]["AgentOwnedRouting"];
            autoAnswerOnly?: boolean;
            bullseye?: components["schemas"]["Bullseye"];
            /** @description The name to use for caller identification for outbound calls from this queue. */
            callingPartyName?: string;
            /** @description The phone number to use for caller identification for outbound calls from this queue. */
            callingPartyNumber?: string;
            cannedResponseLibraries?: components["schemas"]["CannedResponseLibraries"];
            conditionalGroupActivation?: components["schemas"]["ConditionalGroupActivation"];
            conditionalGroupRouting?: components["schemas"]["ConditionalGroupRouting"];
            createdBy?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            defaultMediaLanguage?: string;
            /** @description The default script Ids for the communication types. */
            defaultScripts?: {
                [key: string]: components["schemas"]["Script"];
            };
            description?: string;
            directRouting?: components["schemas"]["DirectRouting"];
            division?: components["schemas"]["Division"];
            emailInQueueFlow?: components["schemas"]["DomainEntityRef"];
            enableAudioMonitoring?: boolean;
            enableManualAssignment?: boolean;
            enableTranscription?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            joinedMemberCount?: number;
            lastAgentRoutingMode?: string;
            mediaSettings?: components["schemas"]["QueueMediaSettings"];
            /** Format: int32 */
            memberCount?: number;
            memberGroups?: components["schemas"]["MemberGroup"][];
            messageInQueueFlow?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            name?: string;
            onHoldPrompt?: components["schemas"]["DomainEntityRef"];
            outboundEmailAddress?: components["schemas"]["QueueEmailAddress"];
            outboundMessagingAddresses?: components["schemas"]["QueueMessagingAddresses"];
            peerId?: string;
            queueFlow?: components["schemas"]["DomainEntityRef"];
            routingRules?: components["schemas"]["RoutingRule"][];
            scoringMethod?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The skill evaluation method to use when routing conversations.
             * @enum {string}
             */
            skillEvaluationMethod?: "NONE" | "BEST" | "ALL" | (string & {});
            suppressInQueueCallRecording?: boolean;
            userMemberCount?: number;
            whisperPrompt?: components["schemas"]["DomainEntityRef"];
        };
        QueueEmailAddress: {
            domain?: components["schemas"]["DomainEntityRef"];
            route?: components["schemas"]["InboundRoute"];
        };
        QueueMediaSettings: {
            call?: components["schemas"]["MediaSettings"];
            callback?: components["schemas"]["CallbackMediaSettings"];
            chat?: components["schemas"]["MediaSettings"];
            email?: components["schemas"]["EmailMediaSettings"];
            message?: components["schemas"]["MessageMediaSettings"];
        };
        QueueMessagingAddresses: {
            openMessagingRecipient?: components["schemas"]["DomainEntityRef"];
            smsAddress?: components["schemas"]["DomainEntityRef"];
            whatsAppRecipient?: components["schemas"]["DomainEntityRef"];
        };
        QuickReply: {
            action?: string;
            isSelected?: boolean;
            payload?: string;
            text?: string;
            url?: string;
        };
        ReceivedReplyMessage: {
            subtitle?: string;
            title?: string;
        };
        Recording: {
            /** Format: int64 */
            actualTranscodeTimeMs?: number;
            /** @description Annotations that belong to the recording. */
            annotations?: components["schemas"]["Annotation"][];
            /**
             * Format: date-time
             * @description The date the recording will be archived. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            archiveDate?: string;
            /**
             * @description The type of archive medium used. Example: CloudArchive
             * @enum {string}
             */
            archiveMedium?: "CLOUDARCHIVE" | (string & {});
            associatedConversationIds?: string[];
            conversationId?: string;
            creationTime?: string;
            /**
             * Format: date-time
             * @description The date the recording will be deleted. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            deleteDate?: string;
            /** @description Represents an email transcript */
            emailTranscript?: components["schemas"]["RecordingEmailMessage"][];
            endTime?: string;
            /** Format: int64 */
            estimatedTranscodeTimeMs?: number;
            exportDate?: string;
            exportedDate?: string;
            /**
             * @description Represents the current file state for a recording. Examples: Uploading, Archived, etc
             * @enum {string}
             */
            fileState?: "ARCHIVED" | "AVAILABLE" | "DELETED" | "RESTORED" | "RESTORING" | "UPLOADING" | (string & {});
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: int32
             * @description How many archive restorations the organization is allowed to have.
             */
            maxAllowedRestorationsForOrg?: number;
            /** @description The type of media that the recording is. At the moment that could be audio, chat, or email. */
            media?: string;
            mediaSubject?: string;
            mediaSubtype?: string;
            /** @description The different mediaUris for the recording. */
            mediaUris?: {
                [key: string]: components["schemas"]["MediaResult"];
            };
            messagingTranscript?: components["schemas"]["RecordingMessagingMessage"][];
            name?: string;
            originalRecordingStartTime?: string;
            outputDurationMs?: number;
            outputSizeInBytes?: number;
            path?: string;
            recordingErrorStatus?: string;
            recordingFileRole?: string;
            /**
             * Format: int32
             * @description The remaining archive restorations the organization has.
             */
            remainingRestorationsAllowedForOrg?: number;
            /**
             * Format: date-time
             * @description The amount of time a restored recording will remain restored before being archived again. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            restoreExpirationTime?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description The session id represents an external resource id, such as email, call, chat, etc */
            sessionId?: string;
            startTime?: string;
            /** @description Represents a chat transcript */
            transcript?: components["schemas"]["ChatMessage"][];
            /** @description The users participating in the conversation */
            users?: components["schemas"]["User"][];
        };
        RecordingAttachment: {
            fileName?: string;
            id?: string;
            mediaType?: string;
            mime?: string;
            text?: string;
            url?: string;
        };
        RecordingContentStory: {
            replyToId?: string;
            type?: string;
            url?: string;
        };
        RecordingEmailMessage: {
            attachments?: components["schemas"]["EmailAttachment"][];
            bcc?: components["schemas"]["EmailAddress"][];
            cc?: components["schemas"]["EmailAddress"][];
            from?: components["schemas"]["EmailAddress"];
            htmlBody?: string;
            id?: string;
            replyTo?: components["schemas"]["EmailAddress"];
            subject?: string;
            textBody?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            time?: string;
            to?: components["schemas"]["EmailAddress"][];
        };
        RecordingEncryptionConfiguration: {
            apiId?: string;
            apiKey?: string;
            id?: string;
            keyConfigurationType: string;
            lastError?: components["schemas"]["ErrorBody"];
            selfUri?: string;
            url: string;
        };
        RecordingEncryptionConfigurationListing: {
            entities?: components["schemas"]["RecordingEncryptionConfiguration"][];
            selfUri?: string;
            total?: number;
        };
        RecordingForm: {
            cannedResponseId?: string;
            formPages?: components["schemas"]["RecordingFormPage"][];
            introduction?: components["schemas"]["RecordingIntroduction"];
            originatingMessageId?: string;
            receivedMessage?: components["schemas"]["ReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ReceivedReplyMessage"];
            response?: components["schemas"]["RecordingFormResponseComponent"][];
        };
        RecordingFormPage: {
            pageComponents?: components["schemas"]["RecordingFormPageComponent"][];
            subtitle?: string;
            title?: string;
        };
        RecordingFormPageComponent: {
            datePicker?: components["schemas"]["DatePicker"];
            formComponentType?: string;
            input?: components["schemas"]["RecordingInput"];
            listPicker?: components["schemas"]["ListPicker"];
            wheelPicker?: components["schemas"]["RecordingWheelPicker"];
        };
        RecordingFormResponseComponent: {
            component?: components["schemas"]["RecordingFormResponseContent"];
            id?: string;
        };
        RecordingFormResponseContent: {
            buttonResponse?: components["schemas"]["ButtonResponse"];
            contentType?: string;
        };
        RecordingInput: {
            id?: string;
            responseText?: string;
            subtitle?: string;
            title?: string;
        };
        RecordingIntroduction: {
            subtitle?: string;
            title?: string;
        };
        RecordingJob: {
            dateCreated?: string;
            errorMessage?: string;
            failedRecordings?: string;
            id?: string;
            percentProgress?: number;
            recordingJobsQuery?: components["schemas"]["RecordingJobsQuery"];
            selfUri?: string;
            state: string;
            totalConversations?: number;
            totalFailedRecordings?: number;
            totalProcessedRecordings?: number;
            totalRecordings?: number;
            totalSkippedRecordings?: number;
            user?: components["schemas"]["AddressableEntityRef"];
        };
        RecordingJobEntityListing: {
            entities?: components["schemas"]["RecordingJob"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        RecordingJobFailedRecording: {
            conversation?: components["schemas"]["AddressableEntityRef"];
            recording?: components["schemas"]["AddressableEntityRef"];
        };
        RecordingJobsQuery: {
            action: string;
            actionAge?: number;
            actionDate?: string;
            agedConversationInterval?: string;
            clearExport?: boolean;
            conversationQuery?: components["schemas"]["AsyncConversationQuery"];
            includePolicyBasedRecordings?: boolean;
            includeRecordingsWithSensitiveData?: boolean;
            includeScreenRecordings?: boolean;
            includeSnippetRecordings?: boolean;
            integrationId?: string;
            screenRecordingActionAge?: number;
            screenRecordingActionDate?: string;
        };
        RecordingLocation: {
            address?: string;
            latitude?: number;
            longitude?: number;
            text?: string;
            url?: string;
        };
        RecordingMessageReceipt: {
            id?: string;
            reasons?: components["schemas"]["RecordingMessageReceiptReason"][];
            receiptTime?: string;
            status?: string;
        };
        RecordingMessageReceiptReason: {
            code?: string;
            message?: string;
        };
        RecordingMessagingMessage: {
            buttonResponse?: components["schemas"]["ButtonResponse"];
            buttonResponses?: components["schemas"]["ButtonResponse"][];
            cards?: components["schemas"]["Card"][];
            contentType?: string;
            datePicker?: components["schemas"]["DatePicker"];
            events?: components["schemas"]["ConversationMessageEvent"][];
            form?: components["schemas"]["RecordingForm"];
            from?: string;
            fromExternalContact?: components["schemas"]["ExternalContact"];
            fromUser?: components["schemas"]["User"];
            id?: string;
            interactiveApplication?: components["schemas"]["InteractiveApplication"];
            listPicker?: components["schemas"]["ListPicker"];
            messageMediaAttachments?: components["schemas"]["MessageMediaAttachment"][];
            messageReceipts?: components["schemas"]["RecordingMessageReceipt"][];
            messageStickerAttachments?: components["schemas"]["MessageStickerAttachment"][];
            messageText?: string;
            notificationResponse?: components["schemas"]["RecordingNotificationResponse"];
            notificationTemplate?: components["schemas"]["RecordingNotificationTemplate"];
            participantId?: string;
            paymentRequest?: components["schemas"]["PaymentRequest"];
            paymentResponse?: components["schemas"]["PaymentResponse"];
            purpose?: string;
            queue?: components["schemas"]["AddressableEntityRef"];
            quickReplies?: components["schemas"]["QuickReply"][];
            richLink?: components["schemas"]["RichLink"];
            roadsideAssistance?: components["schemas"]["RecordingRoadsideAssistance"];
            socialVisibility?: string;
            status?: string;
            story?: components["schemas"]["RecordingContentStory"];
            timestamp?: string;
            to?: string;
            workflow?: components["schemas"]["AddressableEntityRef"];
        };
        RecordingMetadata: {
            annotations?: components["schemas"]["Annotation"][];
            archiveDate?: string;
            archiveMedium?: string;
            conversationId?: string;
            deleteDate?: string;
            endTime?: string;
            exportDate?: string;
            exportedDate?: string;
            fileState?: string;
            id?: string;
            maxAllowedRestorationsForOrg?: number;
            media?: string;
            mediaSubject?: string;
            mediaSubtype?: string;
            name?: string;
            path?: string;
            region?: string;
            remainingRestorationsAllowedForOrg?: number;
            restoreExpirationTime?: string;
            selfUri?: string;
            sessionId?: string;
            startTime?: string;
        };
        RecordingNotificationResponse: {
            notificationStatus?: string;
            notificationText?: string;
            originatingMessageId?: string;
            referenceId?: string;
        };
        RecordingNotificationTemplate: {
            body?: components["schemas"]["RecordingTemplateBody"];
            buttons?: components["schemas"]["RecordingTemplateButton"][];
            carousel?: components["schemas"]["RecordingTemplateCarousel"];
            footer?: components["schemas"]["RecordingTemplateFooter"];
            header?: components["schemas"]["RecordingTemplateHeader"];
            id?: string;
            language?: string;
        };
        RecordingRetention: {
            archiveDate?: string;
            archiveMedium?: string;
            conversationId?: string;
            creationTime?: string;
            deleteDate?: string;
            exportDate?: string;
            exportedDate?: string;
            recordingId?: string;
        };
        RecordingRetentionCursorEntityListing: {
            entities?: components["schemas"]["RecordingRetention"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        RecordingRoadsideAssistance: {
            isDevicePhoneNumber?: boolean;
            location?: components["schemas"]["RecordingLocation"];
            messageNumber?: number;
            phoneNumber?: string;
            text?: string;
        };
        RecordingSettings: {
            maxConfigurableScreenRecordingStreams?: number;
            /** Format: int32 */
            maxSimultaneousStreams?: number;
            recordingBatchDownloadUrlTtl?: number;
            recordingPlaybackUrlTtl?: number;
            regionalRecordingStorageEnabled?: boolean;
            stopRecordingWhenOnlyExternalParticipants?: boolean;
        };
        RecordingTemplateBody: {
            text?: string;
        };
        RecordingTemplateButton: {
            index?: number;
            isSelected?: boolean;
            phoneNumber?: string;
            text?: string;
            type?: string;
            url?: string;
        };
        RecordingTemplateCard: {
            body?: components["schemas"]["RecordingTemplateBody"];
            buttons?: components["schemas"]["RecordingTemplateButton"][];
            header?: components["schemas"]["RecordingTemplateHeader"];
        };
        RecordingTemplateCarousel: {
            cards?: components["schemas"]["RecordingTemplateCard"][];
        };
        RecordingTemplateFooter: {
            text?: string;
        };
        RecordingTemplateHeader: {
            media?: components["schemas"]["RecordingAttachment"];
            text?: string;
            type?: string;
        };
        RecordingUploadReport: {
            id?: string;
            name?: string;
            selfUri?: string;
            signedUrl?: string;
            state?: string;
        };
        RecordingUploadReportRequest: {
            dateSince: string;
            uploadStatus?: string;
        };
        RecordingWheelPicker: {
            id?: string;
            items?: components["schemas"]["RecordingWheelPickerItem"][];
        };
        RecordingWheelPickerItem: {
            id?: string;
            isSelected?: boolean;
            title?: string;
            value?: string;
        };
        ResolutionDetailQueryClause: {
            predicates: components["schemas"]["ResolutionDetailQueryPredicate"][];
            type: string;
        };
        ResolutionDetailQueryFilter: {
            clauses?: components["schemas"]["ResolutionDetailQueryClause"][];
            predicates?: components["schemas"]["ResolutionDetailQueryPredicate"][];
            type: string;
        };
        ResolutionDetailQueryPredicate: {
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ResourceConditionNode: {
            /** @enum {string} */
            conjunction?: "AND" | "OR" | (string & {});
            operands?: components["schemas"]["ResourceConditionValue"][];
            /** @enum {string} */
            operator?: "EQ" | "IN" | "GE" | "GT" | "LE" | "LT" | (string & {});
            terms?: components["schemas"]["ResourceConditionNode"][];
            variableName?: string;
        };
        ResourceConditionValue: {
            /** @enum {string} */
            type?: "SCALAR" | "VARIABLE" | "USER" | "QUEUE" | (string & {});
            value?: string;
        };
        ResourcePermissionPolicy: {
            actionSet?: string[];
            actionSetKey?: string;
            allowConditions?: boolean;
            domain?: string;
            entityName?: string;
            id?: string;
            namedResources?: string[];
            policyDescription?: string;
            policyName?: string;
            resourceCondition?: string;
            resourceConditionNode?: components["schemas"]["ResourceConditionNode"];
        };
        RetentionDuration: {
            archiveRetention?: components["schemas"]["ArchiveRetention"];
            deleteRetention?: components["schemas"]["DeleteRetention"];
        };
        RichLink: {
            footer?: string;
            header?: components["schemas"]["RichLinkHeader"];
            id?: string;
            text?: string;
            url?: string;
            urlLabel?: string;
        };
        RichLinkHeader: {
            type?: string;
            url?: string;
            value?: string;
        };
        Ring: {
            actions?: components["schemas"]["Actions"];
            expansionCriteria?: components["schemas"]["ExpansionCriterium"][];
            memberGroups?: components["schemas"]["MemberGroup"][];
        };
        RoutingRule: {
            operator?: string;
            threshold?: number;
            waitSeconds?: number;
        };
        RoutingStatus: {
            /**
             * Format: date-time
             * @description The timestamp when the agent went into this state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description Indicates the Routing State of the agent.  A value of OFF_QUEUE will be returned if the specified user does not exist.
             * @enum {string}
             */
            status?: "OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING" | (string & {});
            /** @description The userId of the agent */
            userId?: string;
        };
        ScreenRecordingActiveSessions: {
            count?: number;
        };
        ScreenRecordingMetaData: {
            main?: boolean;
            mediaId?: string;
            originX?: number;
            originY?: number;
            primary?: boolean;
            screenId?: string;
            trackId?: string;
        };
        ScreenRecordingMetaDataRequest: {
            metaData?: components["schemas"]["ScreenRecordingMetaData"][];
            participantJid?: string;
            roomId?: string;
        };
        Script: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            customActions?: {
                [key: string]: unknown;
            };
            division?: components["schemas"]["Division"];
            features?: {
                [key: string]: unknown;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            pages?: components["schemas"]["Page"][];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            publishedDate?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            startPageId?: string;
            startPageName?: string;
            variables?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            versionDate?: string;
            versionId?: string;
        };
        SegmentDetailQueryClause: {
            predicates: components["schemas"]["SegmentDetailQueryPredicate"][];
            type: string;
        };
        SegmentDetailQueryFilter: {
            clauses?: components["schemas"]["SegmentDetailQueryClause"][];
            predicates?: components["schemas"]["SegmentDetailQueryPredicate"][];
            type: string;
        };
        SegmentDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            property?: string;
            propertyType?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ServiceLevel: {
            /** Format: int64 */
            durationMs?: number;
            /** Format: double */
            percentage?: number;
        };
        Signature: {
            alwaysIncluded?: boolean;
            cannedResponseId?: string;
            enabled?: boolean;
            inclusionType?: string;
        };
        SkillsToRemove: {
            id?: string;
            name?: string;
            /** Format: uri */
            selfUri?: string;
        };
        StarrableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        SurveyAssignment: {
            flow?: components["schemas"]["DomainEntityRef"];
            inviteTimeInterval?: string;
            sendingDomain: string;
            sendingUser?: string;
            surveyForm?: components["schemas"]["PublishedSurveyFormReference"];
            useThreadingTimelineForSendTime?: boolean;
        };
        SurveyDetailQueryClause: {
            predicates: components["schemas"]["SurveyDetailQueryPredicate"][];
            type: string;
        };
        SurveyDetailQueryFilter: {
            clauses?: components["schemas"]["SurveyDetailQueryClause"][];
            predicates?: components["schemas"]["SurveyDetailQueryPredicate"][];
            type: string;
        };
        SurveyDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        Team: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name: string;
            selfUri?: string;
        };
        Ticker: {
            /** @description The exchange for this ticker symbol. Examples: NYSE, FTSE, NASDAQ, etc. */
            exchange: string;
            /** @description The ticker symbol for this organization. Example: ININ, AAPL, MSFT, etc. */
            symbol: string;
        };
        TimeAllowed: {
            empty?: boolean;
            timeSlots?: components["schemas"]["TimeSlot"][];
            timeZoneId?: string;
        };
        TimeInterval: {
            /** Format: int32 */
            days?: number;
            /** Format: int32 */
            hours?: number;
            months?: number;
            weeks?: number;
        };
        TimeSlot: {
            /**
             * Format: int32
             * @description Day for this time slot, Monday = 1 ... Sunday = 7
             */
            day?: number;
            /** @description start time in xx:xx:xx.xxx format */
            startTime?: string;
            /** @description stop time in xx:xx:xx.xxx format */
            stopTime?: string;
        };
        TrusteeAuthorization: {
            permissions?: string[];
        };
        Trustor: {
            authorization?: components["schemas"]["TrusteeAuthorization"];
            createdBy?: components["schemas"]["OrgUser"];
            /**
             * Format: date-time
             * @description Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /** @description If disabled no trustee user will have access, even if they were previously added. */
            enabled: boolean;
            /** @description Organization Id for this trust. */
            readonly id?: string;
            organization?: components["schemas"]["Organization"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        /** @description User information for a twitter account */
        TwitterId: {
            /** @description twitter user.id_str */
            id?: string;
            /** @description twitter user.name */
            name?: string;
            /** @description url of user's twitter profile */
            readonly profileUrl?: string;
            /** @description twitter user.screen_name */
            screenName?: string;
            /** @description whether this data has been verified using the twitter API */
            readonly verified?: boolean;
        };
        User: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            authorization?: components["schemas"]["UserAuthorization"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            geolocation?: components["schemas"]["Geolocation"];
            /** @description The groups the user is a member of */
            readonly groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            /** @description The user placement at each site location. */
            readonly locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            skills?: components["schemas"]["UserRoutingSkill"][];
            /**
             * @description The current state for this user.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            username?: string;
            /**
             * Format: int32
             * @description Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        UserAuthorization: {
            /** @description The policies configured for assigned permissions. */
            readonly permissionPolicies?: components["schemas"]["ResourcePermissionPolicy"][];
            /** @description A collection of the permissions granted by all assigned roles */
            readonly permissions?: string[];
            roles?: components["schemas"]["DomainRole"][];
            unusedRoles?: components["schemas"]["DomainRole"][];
        };
        UserConversationSummary: {
            call?: components["schemas"]["MediaSummary"];
            callback?: components["schemas"]["MediaSummary"];
            chat?: components["schemas"]["MediaSummary"];
            email?: components["schemas"]["MediaSummary"];
            message?: components["schemas"]["MediaSummary"];
            socialExpression?: components["schemas"]["MediaSummary"];
            userId?: string;
            video?: components["schemas"]["MediaSummary"];
        };
        UserParam: {
            key?: string;
            value?: string;
        };
        UserPresence: {
            futurePresenceDefinition?: components["schemas"]["PresenceDefinition"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            message?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            presenceDefinition?: components["schemas"]["PresenceDefinition"];
            /** @description A boolean used to tell whether or not to set this presence source as the primary on a PATCH */
            primary?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description Represents the source where the Presence was set. Some examples are: PURECLOUD, LYNC, OUTLOOK, etc. */
            source?: string;
            sourceId?: string;
        };
        UserReferenceWithName: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        UserRoutingLanguage: {
            id?: string;
            languageUri?: string;
            name?: string;
            proficiency?: number;
            selfUri?: string;
            state?: string;
        };
        /** @description Represents an organization skill assigned to a user. When assigning to a user specify the organization skill id as the id. */
        UserRoutingSkill: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: double
             * @description Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular skill. It is used when a queue is set to "Best available skills" mode to allow acd interactions to target agents with higher proficiency ratings.
             */
            proficiency?: number;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: uri
             * @description URI to the organization skill used by this user skill.
             */
            readonly skillUri?: string;
            /**
             * @description Activate or deactivate this routing skill.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
        };
        UserStation: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            associatedDate?: string;
            associatedUser?: components["schemas"]["User"];
            defaultUser?: components["schemas"]["User"];
            /** @description A globally unique identifier for this station */
            readonly id?: string;
            name?: string;
            /** @description Provider-specific info for this station, e.g. { "edgeGroupId": "ffe7b15c-a9cc-4f4c-88f5-781327819a49" } */
            providerInfo?: {
                [key: string]: string;
            };
            type?: string;
            webRtcCallAppearances?: number;
        };
        UserStations: {
            associatedStation?: components["schemas"]["UserStation"];
            defaultStation?: components["schemas"]["UserStation"];
            effectiveStation?: components["schemas"]["UserStation"];
            lastAssociatedStation?: components["schemas"]["UserStation"];
        };
        VisibilityCondition: {
            /** @enum {string} */
            combiningOperation?: "AND" | "OR" | (string & {});
            /** @description A list of strings, each representing the location in the form of the Answer Option to depend on. In the format of "/form/questionGroup/{questionGroupIndex}/question/{questionIndex}/answer/{answerIndex}" or, to assume the current question group, "../question/{questionIndex}/answer/{answerIndex}". Note: Indexes are zero-based */
            predicates?: {
                [key: string]: unknown;
            }[];
        };
        WhatsAppId: {
            displayName?: string;
            phoneNumber: components["schemas"]["PhoneNumber"];
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        WrapupCode: {
            createdBy?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["StarrableDivision"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            /** @description The wrap-up code name. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        WritableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WritableStarrableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
    };
    responses: {
        /** @description The request could not be understood by the server due to malformed syntax. */
        400: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No authentication bearer token specified in authorization header. */
        401: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description You are not authorized to perform the requested action. */
        403: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The requested resource was not found. */
        404: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header. */
        415: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Rate limit exceeded the maximum [%s] requests within [%s] seconds */
        429: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The server encountered an unexpected condition which prevented it from fulfilling the request. */
        500: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance). */
        503: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request timed out. */
        504: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Correlation id of the request; error bodies repeat it as `contextId`. */
        "ININ-Correlation-Id": string;
    };
    pathItems: never;
}
export type SchemaAcknowledgeScreenRecordingRequest = components['schemas']['AcknowledgeScreenRecordingRequest'];
export type SchemaActions = components['schemas']['Actions'];
export type SchemaAcwSettings = components['schemas']['AcwSettings'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAiScoringSetting = components['schemas']['AiScoringSetting'];
export type SchemaAiScoringSettings = components['schemas']['AiScoringSettings'];
export type SchemaAnnotation = components['schemas']['Annotation'];
export type SchemaAnswerOption = components['schemas']['AnswerOption'];
export type SchemaAppleOpaqueId = components['schemas']['AppleOpaqueId'];
export type SchemaArchiveRetention = components['schemas']['ArchiveRetention'];
export type SchemaAssistanceCondition = components['schemas']['AssistanceCondition'];
export type SchemaAsyncConversationQuery = components['schemas']['AsyncConversationQuery'];
export type SchemaBatchDownloadJobResult = components['schemas']['BatchDownloadJobResult'];
export type SchemaBatchDownloadJobStatusResult = components['schemas']['BatchDownloadJobStatusResult'];
export type SchemaBatchDownloadJobSubmission = components['schemas']['BatchDownloadJobSubmission'];
export type SchemaBatchDownloadJobSubmissionResult = components['schemas']['BatchDownloadJobSubmissionResult'];
export type SchemaBatchDownloadRequest = components['schemas']['BatchDownloadRequest'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaButtonResponse = components['schemas']['ButtonResponse'];
export type SchemaCalibrationAssignment = components['schemas']['CalibrationAssignment'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCallMediaPolicy = components['schemas']['CallMediaPolicy'];
export type SchemaCallMediaPolicyConditions = components['schemas']['CallMediaPolicyConditions'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaCard = components['schemas']['Card'];
export type SchemaCardAction = components['schemas']['CardAction'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaChatMediaPolicy = components['schemas']['ChatMediaPolicy'];
export type SchemaChatMediaPolicyConditions = components['schemas']['ChatMediaPolicyConditions'];
export type SchemaChatMessage = components['schemas']['ChatMessage'];
export type SchemaChatMessageUser = components['schemas']['ChatMessageUser'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactAddress = components['schemas']['ContactAddress'];
export type SchemaContactAddressableEntityRef = components['schemas']['ContactAddressableEntityRef'];
export type SchemaContactIdentifier = components['schemas']['ContactIdentifier'];
export type SchemaConversationContentReceivedReplyMessage = components['schemas']['ConversationContentReceivedReplyMessage'];
export type SchemaConversationDeletionProtectionQuery = components['schemas']['ConversationDeletionProtectionQuery'];
export type SchemaConversationDetailQueryClause = components['schemas']['ConversationDetailQueryClause'];
export type SchemaConversationDetailQueryFilter = components['schemas']['ConversationDetailQueryFilter'];
export type SchemaConversationDetailQueryPredicate = components['schemas']['ConversationDetailQueryPredicate'];
export type SchemaConversationEventCoBrowse = components['schemas']['ConversationEventCoBrowse'];
export type SchemaConversationEventPresence = components['schemas']['ConversationEventPresence'];
export type SchemaConversationEventTyping = components['schemas']['ConversationEventTyping'];
export type SchemaConversationEventVideo = components['schemas']['ConversationEventVideo'];
export type SchemaConversationMessageEvent = components['schemas']['ConversationMessageEvent'];
export type SchemaConversationReference = components['schemas']['ConversationReference'];
export type SchemaCrossPlatformCallMediaPolicy = components['schemas']['CrossPlatformCallMediaPolicy'];
export type SchemaCrossPlatformChatMediaPolicy = components['schemas']['CrossPlatformChatMediaPolicy'];
export type SchemaCrossPlatformEmailMediaPolicy = components['schemas']['CrossPlatformEmailMediaPolicy'];
export type SchemaCrossPlatformMediaPolicies = components['schemas']['CrossPlatformMediaPolicies'];
export type SchemaCrossPlatformMessageMediaPolicy = components['schemas']['CrossPlatformMessageMediaPolicy'];
export type SchemaCrossPlatformPolicy = components['schemas']['CrossPlatformPolicy'];
export type SchemaCrossPlatformPolicyActions = components['schemas']['CrossPlatformPolicyActions'];
export type SchemaCrossPlatformPolicyCreate = components['schemas']['CrossPlatformPolicyCreate'];
export type SchemaCrossPlatformPolicyUpdate = components['schemas']['CrossPlatformPolicyUpdate'];
export type SchemaDataSchema = components['schemas']['DataSchema'];
export type SchemaDatePicker = components['schemas']['DatePicker'];
export type SchemaDatePickerAvailableDateTime = components['schemas']['DatePickerAvailableDateTime'];
export type SchemaDefaultAnswer = components['schemas']['DefaultAnswer'];
export type SchemaDefaultAnswersTo = components['schemas']['DefaultAnswersTo'];
export type SchemaDeleteRetention = components['schemas']['DeleteRetention'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityListingEvaluationForm = components['schemas']['DomainEntityListingEvaluationForm'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaDurationCondition = components['schemas']['DurationCondition'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailAttachment = components['schemas']['EmailAttachment'];
export type SchemaEmailMediaPolicy = components['schemas']['EmailMediaPolicy'];
export type SchemaEmailMediaPolicyConditions = components['schemas']['EmailMediaPolicyConditions'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaEncryptionKey = components['schemas']['EncryptionKey'];
export type SchemaEncryptionKeyEntityListing = components['schemas']['EncryptionKeyEntityListing'];
export type SchemaEndpoint = components['schemas']['Endpoint'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEvaluationAssignment = components['schemas']['EvaluationAssignment'];
export type SchemaEvaluationDetailQueryClause = components['schemas']['EvaluationDetailQueryClause'];
export type SchemaEvaluationDetailQueryFilter = components['schemas']['EvaluationDetailQueryFilter'];
export type SchemaEvaluationDetailQueryPredicate = components['schemas']['EvaluationDetailQueryPredicate'];
export type SchemaEvaluationForm = components['schemas']['EvaluationForm'];
export type SchemaEvaluationQuestion = components['schemas']['EvaluationQuestion'];
export type SchemaEvaluationQuestionGroup = components['schemas']['EvaluationQuestionGroup'];
export type SchemaEvaluationSettings = components['schemas']['EvaluationSettings'];
export type SchemaEvaluationSettingsAssignee = components['schemas']['EvaluationSettingsAssignee'];
export type SchemaExecuteRecordingJobsQuery = components['schemas']['ExecuteRecordingJobsQuery'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaExternalContact = components['schemas']['ExternalContact'];
export type SchemaExternalDataSource = components['schemas']['ExternalDataSource'];
export type SchemaExternalId = components['schemas']['ExternalId'];
export type SchemaExternalOrganization = components['schemas']['ExternalOrganization'];
export type SchemaExternalOrganizationIdentifier = components['schemas']['ExternalOrganizationIdentifier'];
export type SchemaExternalSource = components['schemas']['ExternalSource'];
export type SchemaFacebookId = components['schemas']['FacebookId'];
export type SchemaFacebookScopedId = components['schemas']['FacebookScopedId'];
export type SchemaFailedDeleteProtectionUpdate = components['schemas']['FailedDeleteProtectionUpdate'];
export type SchemaFailedRecordingEntityListing = components['schemas']['FailedRecordingEntityListing'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
export type SchemaInitiateScreenRecording = components['schemas']['InitiateScreenRecording'];
export type SchemaInstagramId = components['schemas']['InstagramId'];
export type SchemaInstagramScopedId = components['schemas']['InstagramScopedId'];
export type SchemaIntegrationExport = components['schemas']['IntegrationExport'];
export type SchemaInteractiveApplication = components['schemas']['InteractiveApplication'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaKeyRotationSchedule = components['schemas']['KeyRotationSchedule'];
export type SchemaLanguage = components['schemas']['Language'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLineId = components['schemas']['LineId'];
export type SchemaLineUserId = components['schemas']['LineUserId'];
export type SchemaLinkConfiguration = components['schemas']['LinkConfiguration'];
export type SchemaListPicker = components['schemas']['ListPicker'];
export type SchemaListPickerItem = components['schemas']['ListPickerItem'];
export type SchemaListPickerSection = components['schemas']['ListPickerSection'];
export type SchemaLocalEncryptionConfiguration = components['schemas']['LocalEncryptionConfiguration'];
export type SchemaLocalEncryptionKeyRequest = components['schemas']['LocalEncryptionKeyRequest'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaManageDeleteProtectionResult = components['schemas']['ManageDeleteProtectionResult'];
export type SchemaMediaPolicies = components['schemas']['MediaPolicies'];
export type SchemaMediaResult = components['schemas']['MediaResult'];
export type SchemaMediaSettings = components['schemas']['MediaSettings'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMemberGroup = components['schemas']['MemberGroup'];
export type SchemaMergeOperation = components['schemas']['MergeOperation'];
export type SchemaMessageMediaAttachment = components['schemas']['MessageMediaAttachment'];
export type SchemaMessageMediaPolicy = components['schemas']['MessageMediaPolicy'];
export type SchemaMessageMediaPolicyConditions = components['schemas']['MessageMediaPolicyConditions'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageStickerAttachment = components['schemas']['MessageStickerAttachment'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaMeteredAssignmentByAgent = components['schemas']['MeteredAssignmentByAgent'];
export type SchemaMeteredEvaluationAssignment = components['schemas']['MeteredEvaluationAssignment'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOrganization = components['schemas']['Organization'];
export type SchemaOrgUser = components['schemas']['OrgUser'];
export type SchemaOrphanRecording = components['schemas']['OrphanRecording'];
export type SchemaOrphanRecordingListing = components['schemas']['OrphanRecordingListing'];
export type SchemaOrphanUpdateRequest = components['schemas']['OrphanUpdateRequest'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPaymentLineItem = components['schemas']['PaymentLineItem'];
export type SchemaPaymentRequest = components['schemas']['PaymentRequest'];
export type SchemaPaymentResponse = components['schemas']['PaymentResponse'];
export type SchemaPhoneNumber = components['schemas']['PhoneNumber'];
export type SchemaPolicy = components['schemas']['Policy'];
export type SchemaPolicyActions = components['schemas']['PolicyActions'];
export type SchemaPolicyConditions = components['schemas']['PolicyConditions'];
export type SchemaPolicyCreate = components['schemas']['PolicyCreate'];
export type SchemaPolicyEntityListing = components['schemas']['PolicyEntityListing'];
export type SchemaPolicyErrorMessage = components['schemas']['PolicyErrorMessage'];
export type SchemaPolicyErrors = components['schemas']['PolicyErrors'];
export type SchemaPolicyUpdate = components['schemas']['PolicyUpdate'];
export type SchemaPolicyUser = components['schemas']['PolicyUser'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaPublishedSurveyFormReference = components['schemas']['PublishedSurveyFormReference'];
export type SchemaQuestionGroupSettings = components['schemas']['QuestionGroupSettings'];
export type SchemaQuestionSettings = components['schemas']['QuestionSettings'];
export type SchemaQueue = components['schemas']['Queue'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaQuickReply = components['schemas']['QuickReply'];
export type SchemaReceivedReplyMessage = components['schemas']['ReceivedReplyMessage'];
export type SchemaRecording = components['schemas']['Recording'];
export type SchemaRecordingAttachment = components['schemas']['RecordingAttachment'];
export type SchemaRecordingContentStory = components['schemas']['RecordingContentStory'];
export type SchemaRecordingEmailMessage = components['schemas']['RecordingEmailMessage'];
export type SchemaRecordingEncryptionConfiguration = components['schemas']['RecordingEncryptionConfiguration'];
export type SchemaRecordingEncryptionConfigurationListing = components['schemas']['RecordingEncryptionConfigurationListing'];
export type SchemaRecordingForm = components['schemas']['RecordingForm'];
export type SchemaRecordingFormPage = components['schemas']['RecordingFormPage'];
export type SchemaRecordingFormPageComponent = components['schemas']['RecordingFormPageComponent'];
export type SchemaRecordingFormResponseComponent = components['schemas']['RecordingFormResponseComponent'];
export type SchemaRecordingFormResponseContent = components['schemas']['RecordingFormResponseContent'];
export type SchemaRecordingInput = components['schemas']['RecordingInput'];
export type SchemaRecordingIntroduction = components['schemas']['RecordingIntroduction'];
export type SchemaRecordingJob = components['schemas']['RecordingJob'];
export type SchemaRecordingJobEntityListing = components['schemas']['RecordingJobEntityListing'];
export type SchemaRecordingJobFailedRecording = components['schemas']['RecordingJobFailedRecording'];
export type SchemaRecordingJobsQuery = components['schemas']['RecordingJobsQuery'];
export type SchemaRecordingLocation = components['schemas']['RecordingLocation'];
export type SchemaRecordingMessageReceipt = components['schemas']['RecordingMessageReceipt'];
export type SchemaRecordingMessageReceiptReason = components['schemas']['RecordingMessageReceiptReason'];
export type SchemaRecordingMessagingMessage = components['schemas']['RecordingMessagingMessage'];
export type SchemaRecordingMetadata = components['schemas']['RecordingMetadata'];
export type SchemaRecordingNotificationResponse = components['schemas']['RecordingNotificationResponse'];
export type SchemaRecordingNotificationTemplate = components['schemas']['RecordingNotificationTemplate'];
export type SchemaRecordingRetention = components['schemas']['RecordingRetention'];
export type SchemaRecordingRetentionCursorEntityListing = components['schemas']['RecordingRetentionCursorEntityListing'];
export type SchemaRecordingRoadsideAssistance = components['schemas']['RecordingRoadsideAssistance'];
export type SchemaRecordingSettings = components['schemas']['RecordingSettings'];
export type SchemaRecordingTemplateBody = components['schemas']['RecordingTemplateBody'];
export type SchemaRecordingTemplateButton = components['schemas']['RecordingTemplateButton'];
export type SchemaRecordingTemplateCard = components['schemas']['RecordingTemplateCard'];
export type SchemaRecordingTemplateCarousel = components['schemas']['RecordingTemplateCarousel'];
export type SchemaRecordingTemplateFooter = components['schemas']['RecordingTemplateFooter'];
export type SchemaRecordingTemplateHeader = components['schemas']['RecordingTemplateHeader'];
export type SchemaRecordingUploadReport = components['schemas']['RecordingUploadReport'];
export type SchemaRecordingUploadReportRequest = components['schemas']['RecordingUploadReportRequest'];
export type SchemaRecordingWheelPicker = components['schemas']['RecordingWheelPicker'];
export type SchemaRecordingWheelPickerItem = components['schemas']['RecordingWheelPickerItem'];
export type SchemaResolutionDetailQueryClause = components['schemas']['ResolutionDetailQueryClause'];
export type SchemaResolutionDetailQueryFilter = components['schemas']['ResolutionDetailQueryFilter'];
export type SchemaResolutionDetailQueryPredicate = components['schemas']['ResolutionDetailQueryPredicate'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRetentionDuration = components['schemas']['RetentionDuration'];
export type SchemaRichLink = components['schemas']['RichLink'];
export type SchemaRichLinkHeader = components['schemas']['RichLinkHeader'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaScreenRecordingActiveSessions = components['schemas']['ScreenRecordingActiveSessions'];
export type SchemaScreenRecordingMetaData = components['schemas']['ScreenRecordingMetaData'];
export type SchemaScreenRecordingMetaDataRequest = components['schemas']['ScreenRecordingMetaDataRequest'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaSegmentDetailQueryClause = components['schemas']['SegmentDetailQueryClause'];
export type SchemaSegmentDetailQueryFilter = components['schemas']['SegmentDetailQueryFilter'];
export type SchemaSegmentDetailQueryPredicate = components['schemas']['SegmentDetailQueryPredicate'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaStarrableDivision = components['schemas']['StarrableDivision'];
export type SchemaSurveyAssignment = components['schemas']['SurveyAssignment'];
export type SchemaSurveyDetailQueryClause = components['schemas']['SurveyDetailQueryClause'];
export type SchemaSurveyDetailQueryFilter = components['schemas']['SurveyDetailQueryFilter'];
export type SchemaSurveyDetailQueryPredicate = components['schemas']['SurveyDetailQueryPredicate'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTicker = components['schemas']['Ticker'];
export type SchemaTimeAllowed = components['schemas']['TimeAllowed'];
export type SchemaTimeInterval = components['schemas']['TimeInterval'];
export type SchemaTimeSlot = components['schemas']['TimeSlot'];
export type SchemaTrusteeAuthorization = components['schemas']['TrusteeAuthorization'];
export type SchemaTrustor = components['schemas']['Trustor'];
export type SchemaTwitterId = components['schemas']['TwitterId'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserParam = components['schemas']['UserParam'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaVisibilityCondition = components['schemas']['VisibilityCondition'];
export type SchemaWhatsAppId = components['schemas']['WhatsAppId'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWrapupCode = components['schemas']['WrapupCode'];
export type SchemaWritableDivision = components['schemas']['WritableDivision'];
export type SchemaWritableStarrableDivision = components['schemas']['WritableStarrableDivision'];
export type Response400 = components['responses']['400'];
export type Response401 = components['responses']['401'];
export type Response403 = components['responses']['403'];
export type Response404 = components['responses']['404'];
export type Response415 = components['responses']['415'];
export type Response429 = components['responses']['429'];
export type Response500 = components['responses']['500'];
export type Response503 = components['responses']['503'];
export type Response504 = components['responses']['504'];
export type HeaderIninCorrelationId = components['headers']['ININ-Correlation-Id'];
export type $defs = Record<string, never>;
export interface operations {
    getConversationRecordingmetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingMetadata"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationRecordingmetadataRecordingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingMetadata"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationRecordings: {
        parameters: {
            query?: {
                /** @description The desired media format. Valid values:WAV,WEBM,WAV_ULAW,OGG_VORBIS,OGG_OPUS,MP3,NONE. */
                formatId?: "WAV" | "WEBM" | "WAV_ULAW" | "OGG_VORBIS" | "OGG_OPUS" | "MP3" | "NONE" | (string & {});
                /** @description Include applicable Secure Pause annotations from all audio recordings to all screen recordings */
                includePauseAnnotationsForScreenRecordings?: boolean;
                /** @description The locale used for redacting sensitive information in requested files, as an ISO 639-1 code */
                locale?: string;
                /** @description The maximum number of milliseconds to wait for the recording to be ready. Must be a positive value. */
                maxWaitMs?: number;
                /** @description All acceptable media formats. Overrides formatId. Valid values:WAV,WEBM,WAV_ULAW,OGG_VORBIS,OGG_OPUS,MP3. */
                mediaFormats?: string[];
            };
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationRecording: {
        parameters: {
            query?: {
                /** @description The desired media format when downloading a chat recording. Valid values:ZIP,NONE */
                chatFormatId?: string;
                /** @description requesting a download format of the recording. Valid values:true,false */
                download?: boolean;
                /** @description The desired media format when downloading an email recording. Valid values:EML,NONE */
                emailFormatId?: string;
                /** @description the name of the downloaded fileName */
                fileName?: string;
                /** @description The desired media format. Valid values:WAV,WEBM,WAV_ULAW,OGG_VORBIS,OGG_OPUS,MP3,NONE */
                formatId?: "WAV" | "WEBM" | "WAV_ULAW" | "OGG_VORBIS" | "OGG_OPUS" | "MP3" | "NONE" | (string & {});
                /** @description The locale for the requested file when downloading or for redacting sensitive information in requested files, as an ISO 639-1 code */
                locale?: string;
                /** @description All acceptable media formats. Overrides formatId. Valid values:WAV,WEBM,WAV_ULAW,OGG_VORBIS,OGG_OPUS,MP3 */
                mediaFormats?: string[];
                /** @description The desired media format when downloading a message recording. Valid values:ZIP,NONE */
                messageFormatId?: string;
            };
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success - recording is transcoding */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationRecording: {
        parameters: {
            query?: {
                /** @description Whether to clear the pending export for the recording */
                clearExport?: boolean;
            };
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        /** @description recording */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Recording"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationRecordingAnnotations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Annotation"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationRecordingAnnotations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        /** @description annotation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Annotation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Annotation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationRecordingAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Annotation ID */
                annotationId: string;
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Annotation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationRecordingAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Annotation ID */
                annotationId: string;
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        /** @description annotation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Annotation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Annotation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationRecordingAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Annotation ID */
                annotationId: string;
                /** @description Conversation ID */
                conversationId: string;
                /** @description Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOrphanrecordings: {
        parameters: {
            query?: {
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description Filter resulting orphans by whether the conversation is known. False returns all orphans for the organization. */
                hasConversation?: boolean;
                /** @description Filter resulting orphans based on their media type */
                media?: "Call" | "Screen" | (string & {});
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrphanRecordingListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOrphanrecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Orphan ID */
                orphanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrphanRecording"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOrphanrecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Orphan ID */
                orphanId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OrphanUpdateRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOrphanrecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Orphan ID */
                orphanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrphanRecording"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOrphanrecordingMedia: {
        parameters: {
            query?: {
                /** @description The desired media format when downloading a chat recording. */
                chatFormatId?: string;
                /** @description requesting a download format of the recording */
                download?: boolean;
                /** @description The desired media format when downloading an email recording. */
                emailFormatId?: string;
                /** @description the name of the downloaded fileName */
                fileName?: string;
                /** @description The desired media format. */
                formatId?: "WAV" | "WEBM" | "WAV_ULAW" | "OGG_VORBIS" | "OGG_OPUS" | "MP3" | "NONE" | (string & {});
                /** @description The locale for the requested file when downloading, as an ISO 639-1 code */
                locale?: string;
                /** @description All acceptable media formats. Overrides formatId. Valid values:WAV,WEBM,WAV_ULAW,OGG_VORBIS,OGG_OPUS,MP3 */
                mediaFormats?: string[];
                /** @description The desired media format when downloading a message recording. */
                messageFormatId?: string;
            };
            header?: never;
            path: {
                /** @description Orphan ID */
                orphanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingBatchrequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job submission criteria */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchDownloadJobSubmission"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDownloadJobSubmissionResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingBatchrequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDownloadJobStatusResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingCrossplatformMediaretentionpolicies: {
        parameters: {
            query?: {
                /** @description provides a way to fetch all policies with any actions having deleteDays exceeding the provided value */
                deleteDaysThreshold?: number;
                /** @description checks to see if policy is enabled - use enabled = true or enabled = false */
                enabled?: boolean;
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description provides a way to fetch all policies with errors or policies that do not have errors */
                hasErrors?: boolean;
                /** @description the policy name - used for filtering results in searches. */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description provides a less verbose response of policy lists. */
                summary?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingCrossplatformMediaretentionpolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrossPlatformPolicyCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossPlatformPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRecordingCrossplatformMediaretentionpolicies: {
        parameters: {
            query: {
                ids: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingCrossplatformMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossPlatformPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRecordingCrossplatformMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        /** @description Policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrossPlatformPolicy"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossPlatformPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRecordingCrossplatformMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchRecordingCrossplatformMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        /** @description Policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrossPlatformPolicyUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossPlatformPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingJobs: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description If false, cursor will be used to locate the page instead of pageNumber. It is recommended to set it to false for improved performance. */
                includeTotal?: boolean;
                /** @description Job Type (Can be left empty for both) */
                jobType?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Show only my jobs */
                showOnlyMyJobs?: boolean;
                /** @description Sort by */
                sortBy?: string;
                /** @description Filter by state */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingJobEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingJobsQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRecordingJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteRecordingJobsQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRecordingJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingJobFailedrecordings: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description If false, cursor will be used to locate the page instead of pageNumber. It is recommended to set it to false for improved performance. */
                includeTotal?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. Maximum is 100. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedRecordingEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingKeyconfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingEncryptionConfigurationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingKeyconfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Encryption Configuration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingEncryptionConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingKeyconfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key Configurations Id */
                keyConfigurationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRecordingKeyconfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key Configurations Id */
                keyConfigurationId: string;
            };
            cookie?: never;
        };
        /** @description Encryption key configuration metadata */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingEncryptionConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingKeyconfigurationsValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Encryption Configuration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingEncryptionConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingLocalkeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Local Encryption body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocalEncryptionKeyRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncryptionKey"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingMediaretentionpolicies: {
        parameters: {
            query?: {
                /** @description provides a way to fetch all policies with any actions having deleteDays exceeding the provided value */
                deleteDaysThreshold?: number;
                /** @description checks to see if policy is enabled - use enabled = true or enabled = false */
                enabled?: boolean;
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description provides a way to fetch all policies with errors or policies that do not have errors */
                hasErrors?: boolean;
                /** @description the policy name - used for filtering results in searches. */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description provides a less verbose response of policy lists. */
                summary?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingMediaretentionpolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRecordingMediaretentionpolicies: {
        parameters: {
            query: {
                ids: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRecordingMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        /** @description Policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Policy"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRecordingMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchRecordingMediaretentionpolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policyId: string;
            };
            cookie?: never;
        };
        /** @description Policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyUpdate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingRecordingkeys: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncryptionKeyEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingRecordingkeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncryptionKey"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingRecordingkeysRotationschedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotationSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRecordingRecordingkeysRotationschedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description KeyRotationSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyRotationSchedule"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotationSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingSettings: {
        parameters: {
            query?: {
                /** @description If no settings are found, a new one is created with default values */
                createDefault?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRecordingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Recording settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingSettings"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingUploadsReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Report parameters */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingUploadReportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingUploadReport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingUploadsReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description reportId */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingUploadReport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRecordingsDeletionprotection: {
        parameters: {
            query?: {
                /** @description Check for apply, uncheck for revoke (each action requires the respective permission) */
                protect?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConversationDeletionProtectionQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageDeleteProtectionResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingsDeletionprotection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description conversationIds */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationDeletionProtectionQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressableEntityRef"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingsRetentionQuery: {
        parameters: {
            query: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description Page size. Maximum is 500. */
                pageSize?: number;
                /** @description Fetch retention data for recordings retained for more days than the provided value. */
                retentionThresholdDays: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingRetentionCursorEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingsScreensessionsAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description AcknowledgeScreenRecordingRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeScreenRecordingRequest"];
            };
        };
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRecordingsScreensessionsDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreenRecordingActiveSessions"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRecordingsScreensessionsMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ScreenRecordingMetaDataRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreenRecordingMetaDataRequest"];
            };
        };
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
}
