// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/coaching/openapi.yaml (sha256 c091ce21adb19c45)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area coaching` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Coaching (21 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const coaching = coachingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function coachingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/coaching/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get appointments for users and optional date range
         * @permissions ANY: `coaching:appointment:view`
         */
        get: operations["getCoachingAppointments"];
        put?: never;
        /**
         * Create a new appointment
         * @permissions ANY: `coaching:appointment:add`
         */
        post: operations["postCoachingAppointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/appointments/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an appointment
         * @description Permission not required if you are the attendee, creator or facilitator of the appointment
         * @permissions ANY: `coaching:appointment:view`
         */
        get: operations["getCoachingAppointment"];
        put?: never;
        post?: never;
        /**
         * Delete an existing appointment
         * @description Permission not required if you are the creator of the appointment
         * @permissions ANY: `coaching:appointment:delete`
         */
        delete: operations["deleteCoachingAppointment"];
        options?: never;
        head?: never;
        /**
         * Update an existing appointment
         * @description Permission not required if you are the creator or facilitator of the appointment
         * @permissions ANY: `coaching:appointment:edit`
         */
        patch: operations["patchCoachingAppointment"];
        trace?: never;
    };
    "/api/v2/coaching/appointments/{appointmentId}/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of annotations.
         * @description You must have the appropriate permission for the type of annotation you are creating. Permission not required if you are related to the appointment (only the creator or facilitator can view private annotations).
         * @permissions ANY: any one of `coaching:annotation:view`, `coaching:privateAnnotation:view`
         */
        get: operations["getCoachingAppointmentAnnotations"];
        put?: never;
        /**
         * Create a new annotation.
         * @description You must have the appropriate permission for the type of annotation you are creating. Permission not required if you are related to the appointment (only the creator or facilitator can create private annotations).
         * @permissions ANY: any one of `coaching:annotation:add`, `coaching:privateAnnotation:add`
         */
        post: operations["postCoachingAppointmentAnnotations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/appointments/{appointmentId}/annotations/{annotationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an annotation.
         * @description You must have the appropriate permission for the type of annotation you are creating. Permission not required if you are related to the appointment (only the creator or facilitator can view private annotations).
         * @permissions ANY: any one of `coaching:annotation:view`, `coaching:privateAnnotation:view`
         */
        get: operations["getCoachingAppointmentAnnotation"];
        put?: never;
        post?: never;
        /**
         * Delete an existing annotation
         * @description You must have the appropriate permission for the type of annotation you are updating. Permission not required if you are the creator or facilitator of the appointment
         * @permissions ANY: any one of `coaching:annotation:delete`, `coaching:privateAnnotation:delete`
         */
        delete: operations["deleteCoachingAppointmentAnnotation"];
        options?: never;
        head?: never;
        /**
         * Update an existing annotation.
         * @description You must have the appropriate permission for the type of annotation you are updating. Permission not required if you are the creator or facilitator of the appointment
         * @permissions ANY: any one of `coaching:annotation:edit`, `coaching:privateAnnotation:edit`
         */
        patch: operations["patchCoachingAppointmentAnnotation"];
        trace?: never;
    };
    "/api/v2/coaching/appointments/{appointmentId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a conversation to an appointment
         * @description Permission not required if you are the creator or facilitator of the appointment
         * @permissions ANY: any one of `coaching:appointment:edit`, `coaching:appointmentConversation:add`
         */
        post: operations["postCoachingAppointmentConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/appointments/{appointmentId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the status of a coaching appointment
         * @description Permission not required if you are an attendee, creator or facilitator of the appointment
         * @permissions ANY: `coaching:appointmentStatus:edit`
         */
        patch: operations["patchCoachingAppointmentStatus"];
        trace?: never;
    };
    "/api/v2/coaching/appointments/{appointmentId}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of status changes for a coaching appointment.
         * @description Permission not required if you are an attendee, creator or facilitator of the appointment
         * @permissions ANY: `coaching:appointmentStatus:view`
         */
        get: operations["getCoachingAppointmentStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/appointments/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve aggregated appointment data
         * @permissions ANY: `coaching:appointment:view`
         */
        post: operations["postCoachingAppointmentsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/appointments/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my appointments for a given date range
         * @permissions none required
         */
        get: operations["getCoachingAppointmentsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the list of your notifications.
         * @permissions none required
         */
        get: operations["getCoachingNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/notifications/{notificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an existing notification
         * @description Permission not required if you are the owner of the notification.
         * @permissions ANY: `coaching:notification:view`
         */
        get: operations["getCoachingNotification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an existing notification.
         * @description Can only update your own notifications.
         * @permissions none required
         */
        patch: operations["patchCoachingNotification"];
        trace?: never;
    };
    "/api/v2/coaching/scheduleslots/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start job to retrieve the slots where a coaching appointment can be scheduled.
         * @permissions ANY: `coaching:scheduleSlotJob:add`
         */
        post: operations["postCoachingScheduleslotsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/scheduleslots/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the status of the job for the slots where a coaching appointment can be scheduled.
         * @permissions ANY: `coaching:scheduleSlotJob:view`
         */
        get: operations["getCoachingScheduleslotsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/coaching/scheduleslots/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get list of possible slots where a coaching appointment can be scheduled.
         * @permissions ANY: `coaching:scheduleSlot:view`
         */
        post: operations["postCoachingScheduleslotsQuery"];
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
        AddConversationRequest: {
            conversationId: string;
        };
        AddConversationResponse: {
            appointment?: components["schemas"]["CoachingAppointmentReference"];
            conversation?: components["schemas"]["ConversationReference"];
        };
        AvailableTime: {
            activityCategory?: string;
            dateStart?: string;
            isPaid?: boolean;
            lengthInMinutes?: number;
            wfmSchedule?: components["schemas"]["WfmScheduleReference"];
        };
        CoachingAnnotation: {
            accessType?: string;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            isDeleted?: boolean;
            modifiedBy?: components["schemas"]["UserReference"];
            selfUri?: string;
            text: string;
        };
        CoachingAnnotationCreateRequest: {
            accessType: string;
            text: string;
        };
        CoachingAnnotationList: {
            entities?: components["schemas"]["CoachingAnnotation"][];
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
        CoachingAppointmentAggregateRequest: {
            filter: components["schemas"]["QueryRequestFilter"];
            groupBy?: string[];
            interval: string;
            metrics?: string[];
        };
        CoachingAppointmentAggregateResponse: {
            results?: components["schemas"]["QueryResponseGroupedData"][];
        };
        CoachingAppointmentReference: {
            id?: string;
            selfUri?: string;
        };
        CoachingAppointmentResponse: {
            attendees?: components["schemas"]["UserReference"][];
            conversations?: components["schemas"]["ConversationReference"][];
            createdBy?: components["schemas"]["UserReference"];
            dateCompleted?: string;
            dateCreated?: string;
            dateModified?: string;
            dateStart?: string;
            description?: string;
            documents?: components["schemas"]["DocumentReference"][];
            externalLinks?: string[];
            facilitator?: components["schemas"]["UserReference"];
            id?: string;
            isOverdue?: boolean;
            lengthInMinutes?: number;
            location?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            shareInsightsData?: boolean;
            status?: string;
            wfmSchedule?: components["schemas"]["WfmScheduleReference"];
        };
        CoachingAppointmentResponseList: {
            entities?: components["schemas"]["CoachingAppointmentResponse"][];
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
        CoachingAppointmentStatusRequest: {
            status: string;
        };
        CoachingAppointmentStatusResponse: {
            appointment?: components["schemas"]["CoachingAppointmentReference"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            status?: string;
        };
        CoachingAppointmentStatusResponseList: {
            entities?: components["schemas"]["CoachingAppointmentStatusResponse"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        CoachingNotification: {
            actionType?: string;
            appointment?: components["schemas"]["CoachingAppointmentResponse"];
            dateStart?: string;
            id?: string;
            lengthInMinutes?: number;
            markedAsRead?: boolean;
            name?: string;
            relationship?: string;
            selfUri?: string;
            status?: string;
            user?: components["schemas"]["UserReference"];
        };
        CoachingNotificationList: {
            entities?: components["schemas"]["CoachingNotification"][];
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
        CoachingScheduleSlotsJobRequest: {
            activityCodeId: string;
            attendeeIds: string[];
            facilitatorIds?: string[];
            intervals: string[];
            lengthInMinutes: number;
            slotsType: string;
        };
        CoachingScheduleSlotsJobResponse: {
            activityCodeId?: string;
            attendeeIds?: string[];
            businessUnitId?: string;
            facilitatorIds?: string[];
            id?: string;
            lengthInMinutes?: number;
            results?: components["schemas"]["CoachingScheduleSlotsJobResult"][];
            selfUri?: string;
            slotsType?: string;
        };
        CoachingScheduleSlotsJobResult: {
            hasConflict?: boolean;
            interval?: string;
            slot?: components["schemas"]["CoachingScheduleSlotsJobSlot"];
            status?: string;
        };
        CoachingScheduleSlotsJobSchedule: {
            id?: string;
            selfUri?: string;
            weekCount?: number;
            weekDate?: string;
        };
        CoachingScheduleSlotsJobSlot: {
            dateStart?: string;
            schedule?: components["schemas"]["CoachingScheduleSlotsJobSchedule"];
        };
        CoachingSlot: {
            dateStart?: string;
            differenceRating?: string;
            lengthInMinutes?: number;
            staffingDifference?: number;
            wfmSchedule?: components["schemas"]["WfmScheduleReference"];
        };
        CoachingSlotsRequest: {
            attendeeIds: string[];
            facilitatorIds?: string[];
            interruptibleAppointmentIds?: string[];
            interval: string;
            lengthInMinutes: number;
        };
        CoachingSlotsResponse: {
            attendeeSchedules?: components["schemas"]["UserAvailableTimes"][];
            facilitatorSchedules?: components["schemas"]["UserAvailableTimes"][];
            suggestedSlots?: components["schemas"]["CoachingSlot"][];
            wfmScheduleActivities?: components["schemas"]["WfmScheduleActivity"][];
        };
        ConversationReference: {
            id?: string;
            selfUri?: string;
        };
        CreateCoachingAppointmentRequest: {
            addToSchedule?: boolean;
            attendeeIds: string[];
            conversationIds?: string[];
            dateStart: string;
            description: string;
            documentIds?: string[];
            externalLinks?: string[];
            facilitatorId?: string;
            lengthInMinutes: number;
            location?: string;
            name: string;
            shareInsightsData?: boolean;
            wfmSchedule?: components["schemas"]["WfmScheduleReference"];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DocumentReference: {
            id?: string;
            selfUri?: string;
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
        FullDayTimeOffMarker: {
            activityCodeId?: string;
            businessUnitDate?: string;
            description?: string;
            lengthMinutes?: number;
            paid?: boolean;
            timeOffRequestId?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        QueryRequestClause: {
            predicates: components["schemas"]["QueryRequestPredicate"][];
            type: string;
        };
        QueryRequestFilter: {
            clauses: components["schemas"]["QueryRequestClause"][];
            type: string;
        };
        QueryRequestPredicate: {
            dimension: string;
            value: string;
        };
        QueryResponseData: {
            interval?: string;
            metrics?: components["schemas"]["QueryResponseMetric"][];
        };
        QueryResponseGroupedData: {
            data?: components["schemas"]["QueryResponseData"][];
            group?: {
                [key: string]: string;
            };
        };
        QueryResponseMetric: {
            metric?: string;
            stats?: components["schemas"]["QueryResponseStats"];
        };
        QueryResponseStats: {
            count?: number;
        };
        ScheduleActivity: {
            activityCodeId?: string;
            dateStart?: string;
            description?: string;
            externalActivityId?: string;
            externalActivityType?: string;
            lengthMinutes?: number;
            paid?: boolean;
            timeOffRequestId?: string;
        };
        UpdateCoachingAppointmentRequest: {
            addToSchedule?: boolean;
            conversationIds?: string[];
            dateStart?: string;
            description?: string;
            documentIds?: string[];
            externalLinks?: string[];
            lengthInMinutes?: number;
            location?: string;
            name?: string;
            shareInsightsData?: boolean;
            status?: string;
            wfmSchedule?: components["schemas"]["WfmScheduleReference"];
        };
        UserAvailableTimes: {
            availableTimes?: components["schemas"]["AvailableTime"][];
            user?: components["schemas"]["UserReference"];
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        WfmBusinessUnitReference: {
            id: string;
            selfUri?: string;
        };
        WfmScheduleActivity: {
            activities?: components["schemas"]["ScheduleActivity"][];
            fullDayTimeOffMarkers?: components["schemas"]["FullDayTimeOffMarker"][];
            userReference?: components["schemas"]["UserReference"];
        };
        WfmScheduleReference: {
            businessUnit: components["schemas"]["WfmBusinessUnitReference"];
            id: string;
            selfUri?: string;
            weekDate: string;
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
export type SchemaAddConversationRequest = components['schemas']['AddConversationRequest'];
export type SchemaAddConversationResponse = components['schemas']['AddConversationResponse'];
export type SchemaAvailableTime = components['schemas']['AvailableTime'];
export type SchemaCoachingAnnotation = components['schemas']['CoachingAnnotation'];
export type SchemaCoachingAnnotationCreateRequest = components['schemas']['CoachingAnnotationCreateRequest'];
export type SchemaCoachingAnnotationList = components['schemas']['CoachingAnnotationList'];
export type SchemaCoachingAppointmentAggregateRequest = components['schemas']['CoachingAppointmentAggregateRequest'];
export type SchemaCoachingAppointmentAggregateResponse = components['schemas']['CoachingAppointmentAggregateResponse'];
export type SchemaCoachingAppointmentReference = components['schemas']['CoachingAppointmentReference'];
export type SchemaCoachingAppointmentResponse = components['schemas']['CoachingAppointmentResponse'];
export type SchemaCoachingAppointmentResponseList = components['schemas']['CoachingAppointmentResponseList'];
export type SchemaCoachingAppointmentStatusRequest = components['schemas']['CoachingAppointmentStatusRequest'];
export type SchemaCoachingAppointmentStatusResponse = components['schemas']['CoachingAppointmentStatusResponse'];
export type SchemaCoachingAppointmentStatusResponseList = components['schemas']['CoachingAppointmentStatusResponseList'];
export type SchemaCoachingNotification = components['schemas']['CoachingNotification'];
export type SchemaCoachingNotificationList = components['schemas']['CoachingNotificationList'];
export type SchemaCoachingScheduleSlotsJobRequest = components['schemas']['CoachingScheduleSlotsJobRequest'];
export type SchemaCoachingScheduleSlotsJobResponse = components['schemas']['CoachingScheduleSlotsJobResponse'];
export type SchemaCoachingScheduleSlotsJobResult = components['schemas']['CoachingScheduleSlotsJobResult'];
export type SchemaCoachingScheduleSlotsJobSchedule = components['schemas']['CoachingScheduleSlotsJobSchedule'];
export type SchemaCoachingScheduleSlotsJobSlot = components['schemas']['CoachingScheduleSlotsJobSlot'];
export type SchemaCoachingSlot = components['schemas']['CoachingSlot'];
export type SchemaCoachingSlotsRequest = components['schemas']['CoachingSlotsRequest'];
export type SchemaCoachingSlotsResponse = components['schemas']['CoachingSlotsResponse'];
export type SchemaConversationReference = components['schemas']['ConversationReference'];
export type SchemaCreateCoachingAppointmentRequest = components['schemas']['CreateCoachingAppointmentRequest'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDocumentReference = components['schemas']['DocumentReference'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFullDayTimeOffMarker = components['schemas']['FullDayTimeOffMarker'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaQueryRequestClause = components['schemas']['QueryRequestClause'];
export type SchemaQueryRequestFilter = components['schemas']['QueryRequestFilter'];
export type SchemaQueryRequestPredicate = components['schemas']['QueryRequestPredicate'];
export type SchemaQueryResponseData = components['schemas']['QueryResponseData'];
export type SchemaQueryResponseGroupedData = components['schemas']['QueryResponseGroupedData'];
export type SchemaQueryResponseMetric = components['schemas']['QueryResponseMetric'];
export type SchemaQueryResponseStats = components['schemas']['QueryResponseStats'];
export type SchemaScheduleActivity = components['schemas']['ScheduleActivity'];
export type SchemaUpdateCoachingAppointmentRequest = components['schemas']['UpdateCoachingAppointmentRequest'];
export type SchemaUserAvailableTimes = components['schemas']['UserAvailableTimes'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaWfmBusinessUnitReference = components['schemas']['WfmBusinessUnitReference'];
export type SchemaWfmScheduleActivity = components['schemas']['WfmScheduleActivity'];
export type SchemaWfmScheduleReference = components['schemas']['WfmScheduleReference'];
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
    getCoachingAppointments: {
        parameters: {
            query: {
                /** @description Appointment completion start and end to filter by. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                completionInterval?: string;
                /** @description The facilitator IDs for which to retrieve appointments */
                facilitatorIds?: string[];
                /** @description Interval to filter data by. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description Filter condition for interval */
                intervalCondition?: string;
                /** @description Overdue status to filter by */
                overdue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Relationships to filter by */
                relationships?: string[];
                /** @description Sort (by due date) either Asc or Desc */
                sortOrder?: string;
                /** @description Appointment Statuses to filter by */
                statuses?: string[];
                /** @description The user IDs for which to retrieve appointments */
                userIds: string[];
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
                    "application/json": components["schemas"]["CoachingAppointmentResponseList"];
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
    postCoachingAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The appointment to add */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCoachingAppointmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingAppointmentResponse"];
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
    getCoachingAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
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
                    "application/json": components["schemas"]["CoachingAppointmentResponse"];
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
    deleteCoachingAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
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
                    "application/json": components["schemas"]["CoachingAppointmentReference"];
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
    patchCoachingAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
            };
            cookie?: never;
        };
        /** @description The new version of the appointment */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCoachingAppointmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingAppointmentResponse"];
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
    getCoachingAppointmentAnnotations: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
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
                    "application/json": components["schemas"]["CoachingAnnotationList"];
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
    postCoachingAppointmentAnnotations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
            };
            cookie?: never;
        };
        /** @description The annotation to add */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachingAnnotationCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingAnnotation"];
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
    getCoachingAppointmentAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the annotation. */
                annotationId: string;
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
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
                    "application/json": components["schemas"]["CoachingAnnotation"];
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
    deleteCoachingAppointmentAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the annotation. */
                annotationId: string;
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
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
    patchCoachingAppointmentAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the annotation. */
                annotationId: string;
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
            };
            cookie?: never;
        };
        /** @description The new version of the annotation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachingAnnotation"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingAnnotation"];
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
    postCoachingAppointmentConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddConversationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddConversationResponse"];
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
    patchCoachingAppointmentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
            };
            cookie?: never;
        };
        /** @description Updated status of the coaching appointment */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachingAppointmentStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingAppointmentStatusResponse"];
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
    getCoachingAppointmentStatuses: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The ID of the coaching appointment. */
                appointmentId: string;
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
                    "application/json": components["schemas"]["CoachingAppointmentStatusResponseList"];
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
    postCoachingAppointmentsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Aggregate Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachingAppointmentAggregateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingAppointmentAggregateResponse"];
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
    getCoachingAppointmentsMe: {
        parameters: {
            query?: {
                /** @description Appointment completion start and end to filter by. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                completionInterval?: string;
                /** @description The facilitator IDs for which to retrieve appointments */
                facilitatorIds?: string[];
                /** @description Interval to filter data by. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description Filter condition for interval */
                intervalCondition?: string;
                /** @description Overdue status to filter by */
                overdue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Relationships to filter by */
                relationships?: string[];
                /** @description Sort (by due date) either Asc or Desc */
                sortOrder?: string;
                /** @description Appointment Statuses to filter by */
                statuses?: string[];
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
                    "application/json": components["schemas"]["CoachingAppointmentResponseList"];
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
    getCoachingNotifications: {
        parameters: {
            query?: {
                /** @description Indicates a field in the response which should be expanded. */
                expand?: string[];
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
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingNotificationList"];
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
    getCoachingNotification: {
        parameters: {
            query?: {
                /** @description Indicates a field in the response which should be expanded. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the notification. */
                notificationId: string;
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
                    "application/json": components["schemas"]["CoachingNotification"];
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
    patchCoachingNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the notification. */
                notificationId: string;
            };
            cookie?: never;
        };
        /** @description Change the read state of a notification */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachingNotification"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingNotification"];
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
    postCoachingScheduleslotsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The slots search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachingScheduleSlotsJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingScheduleSlotsJobResponse"];
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
    getCoachingScheduleslotsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of job */
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
                    "application/json": components["schemas"]["CoachingScheduleSlotsJobResponse"];
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
    postCoachingScheduleslotsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The slot search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoachingSlotsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingSlotsResponse"];
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
}
