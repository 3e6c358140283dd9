// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Topics: https://github.com/MyPureCloud/platform-client-sdk-javascript notificationMappings.json
// (commit e09e27aa2f5657f4aa76f526bb909e893199d384, SDK 259.0.0; copy in tools/codegen/notification-topics/).
// Models: purecloud-platform-client-v2@262.0.0 index.d.ts, namespace Models (1458 interfaces).
// Produced by `node tools/codegen/generate-notification-topics.mjs`.
// ---------------------------------------------------------------------------------------------

/** Every topic pattern of the catalogue (242), `{id}` as the vendor writes it, with its payload model. */
export interface NotificationTopicPatterns {
  "v2.analytics.conversation.{id}.metrics": ConversationMetricsTopicConversationMetricRecord;
  "v2.analytics.conversations.details.jobs.availability": ConversationDetailsDatalakeAvailabilityTopicDataAvailabilityChangeNotification;
  "v2.analytics.flow.{id}.aggregates": StatEventFlowTopicStatsNotification;
  "v2.analytics.flow.{id}.metrics": FlowMetricsTopicFlowMetricRecord;
  "v2.analytics.flowoutcome.{id}.aggregates": StatEventFlowOutcomeTopicStatsNotification;
  "v2.analytics.queues.{id}.activity": V2QueueObservationObservationCountNotification;
  "v2.analytics.queues.{id}.observations": StatEventQueueTopicStatsNotification;
  "v2.analytics.users.{id}.aggregates": StatEventUserTopicStatsNotification;
  "v2.analytics.users.details.jobs.availability": UserDetailsDatalakeAvailabilityTopicDataAvailabilityChangeNotification;
  "v2.analytics.wrapup.{id}.aggregates": StatEventWrapUpCodeTopicStatsNotification;
  "v2.architect.dependencytracking.build": ArchitectDependencyTrackingBuildNotificationDependencyTrackingBuildNotification;
  "v2.architect.prompts.{id}": ArchitectPromptNotificationPromptNotification;
  "v2.architect.prompts.{id}.resources.{id}": ArchitectPromptResourceNotificationPromptResourceNotification;
  "v2.architect.systemprompts.{id}.resources.{id}": ArchitectSystemPromptResourceNotificationSystemPromptResourceNotification;
  "v2.audits.entitytype.{id}.entityid.{id}": AuditTopicAuditLogMessage;
  "v2.bot.conversation.{id}.conversations.summaries": ConversationSummaryTopicVirtualAgentsConversationSummaryEvent;
  "v2.businessunits.{id}.workforcemanagement.intraday": WfmBuIntradayDataUpdateTopicBuIntradayNotification;
  "v2.coaching.scheduleslots.jobs.{id}": WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobComplete;
  "v2.contentmanagement.documents.{id}": ContentManagementSingleDocumentTopicDocumentDataV2;
  "v2.contentmanagement.workspaces.{id}.documents": ContentManagementWorkspaceDocumentsTopicDocumentDataV2;
  "v2.conversations.{id}.agentchecklist": ConversationChecklistTopicAgentChecklistRuntimeEventBody;
  "v2.conversations.{id}.suggestions.intent": ConversationIntentSuggestionsTopicIntentSuggestionEvent;
  "v2.conversations.{id}.suggestions.knowledge.article": ConversationKnowledgeArticleSuggestionsTopicKnowledgeArticleSuggestionEvent;
  "v2.conversations.{id}.suggestions.knowledge.search": ConversationKnowledgeSearchSuggestionsTopicKnowledgeSearchSuggestionEvent;
  "v2.conversations.{id}.suggestions.response": ConversationResponseSuggestionsTopicCannedResponseSuggestionEvent;
  "v2.conversations.{id}.suggestions.script": ConversationScriptSuggestionsTopicScriptSuggestionEvent;
  "v2.conversations.{id}.suggestions.thirdpartyaction": ConversationThirdPartyActionSuggestionsTopicThirdPartyActionSuggestionEvent;
  "v2.conversations.{id}.transcription": TranscriptionTopicTranscriptionMessage;
  "v2.detail.events.agent.{id}.state": AgentStateEventTopicAgentStateEventNotification;
  "v2.detail.events.collaboratechat.adhoc.{id}.messages": CollaborateChatAdhocMessageEventTopicCollaborateChatMessage;
  "v2.detail.events.collaboratechat.group.{id}.messages": CollaborateChatGroupMessageEventTopicCollaborateChatMessage;
  "v2.detail.events.conversation.{id}.acd.end": AcdEndDetailEventTopicAcdEndEvent;
  "v2.detail.events.conversation.{id}.acd.start": AcdStartDetailEventTopicAcdStartEvent;
  "v2.detail.events.conversation.{id}.acw": AcwDetailEventTopicAfterCallWorkEvent;
  "v2.detail.events.conversation.{id}.attributes": AttributeDetailEventTopicAttributeUpdateEvent;
  "v2.detail.events.conversation.{id}.contact": ContactDetailEventTopicContactUpdateEvent;
  "v2.detail.events.conversation.{id}.customer.end": CustomerEndDetailEventTopicCustomerEndEvent;
  "v2.detail.events.conversation.{id}.customer.start": CustomerStartDetailEventTopicCustomerStartEvent;
  "v2.detail.events.conversation.{id}.flow.end": FlowEndDetailEventTopicFlowEndEvent;
  "v2.detail.events.conversation.{id}.flow.outcome": FlowOutcomeDetailEventTopicFlowOutcomeEvent;
  "v2.detail.events.conversation.{id}.flow.start": FlowStartDetailEventTopicFlowStartEvent;
  "v2.detail.events.conversation.{id}.outbound": OutboundDetailEventTopicOutboundInitEvent;
  "v2.detail.events.conversation.{id}.user.end": UserEndDetailEventTopicUserEndEvent;
  "v2.detail.events.conversation.{id}.user.start": UserStartDetailEventTopicUserStartEvent;
  "v2.detail.events.conversation.{id}.voicemail.end": VoicemailEndDetailEventTopicVoicemailEndEvent;
  "v2.detail.events.conversation.{id}.voicemail.start": VoicemailStartDetailEventTopicVoicemailStartEvent;
  "v2.detail.events.conversation.{id}.wrapup": WrapupDetailEventTopicWrapupEvent;
  "v2.employeeperformance.externalmetrics.definitions": EmployeePerformanceExternalMetricsDefinitionExternalMetricsDefinition;
  "v2.externalcontacts.contacts.{id}": ExternalContactsContactChangedTopicContact;
  "v2.externalcontacts.contacts.{id}.journey.segments": JourneySegmentAssignmentEventsNotificationSegmentAssignmentEventsNotification;
  "v2.externalcontacts.contacts.{id}.journey.sessions": JourneySessionEventsNotificationSessionEvent;
  "v2.externalcontacts.contacts.{id}.notes.{id}": ExternalContactsContactNoteChangedTopicNote;
  "v2.externalcontacts.contacts.{id}.unresolved": ExternalContactsUnresolvedContactChangedTopicContact;
  "v2.externalcontacts.organizations.{id}": ExternalContactsOrganizationChangedTopicExternalOrganization;
  "v2.externalcontacts.organizations.{id}.notes.{id}": ExternalContactsOrganizationNoteChangedTopicNote;
  "v2.externalcontacts.relationships.{id}": ExternalContactsRelationshipChangedTopicRelationship;
  "v2.flows.{id}": ArchitectFlowNotificationFlowNotification;
  "v2.flows.instances.flow.{id}": V2FlowExecutionDataFlowidTopicFlowExecutionHistory;
  "v2.flows.outcomes.{id}": ArchitectFlowOutcomeNotificationFlowOutcomeNotification;
  "v2.gamification.scorecards.users.{id}": GamificationScorecardChangeTopicScorecardChange;
  "v2.groups.{id}.greetings": GroupGreetingEventGreeting;
  "v2.integrations.inbound.webhook.{id}.invocation": MaestroWebhooksInvocationTopicPublicWebhooksEvent;
  "v2.journey.sessions.{id}.action.events": JourneyWebActionEventsNotificationWebActionEventsNotification;
  "v2.journey.sessions.{id}.app.events": JourneyAppEventsNotificationAppEventsNotification;
  "v2.journey.sessions.{id}.outcome.events": JourneyOutcomeEventsNotificationOutcomeEventsNotification;
  "v2.journey.sessions.{id}.web.events": JourneyWebEventsNotificationWebEventsNotification;
  "v2.journey.views.jobs.{id}.notification": JourneyViewJobNotificationTopicJourneyViewJobNotificationEventV2;
  "v2.managementunits.{id}.workforcemanagement.intraday": WfmIntradayDataUpdateTopicIntradayDataUpdate;
  "v2.operations.events.{id}": OperationalEventNotificationTopicOperationalEventNotification;
  "v2.outbound.attemptlimits.{id}": DialerAttemptLimitsConfigChangeAttemptLimits;
  "v2.outbound.callabletimesets.{id}": DialerCallabletimesetConfigChangeCallableTimeSet;
  "v2.outbound.campaignrules.{id}": DialerCampaignRuleConfigChangeCampaignRule;
  "v2.outbound.campaigns.{id}": DialerCampaignConfigChangeCampaign;
  "v2.outbound.campaigns.{id}.progress": DialerCampaignProgressEventCampaignProgress;
  "v2.outbound.campaigns.{id}.skillstats": DialerCampaignSkillCombinationStatsEventCampaignSkillCombinationStats;
  "v2.outbound.campaigns.{id}.stats": StatEventCampaignTopicStatsNotification;
  "v2.outbound.contactlistfilters.{id}": DialerContactlistfilterConfigChangeContactListFilter;
  "v2.outbound.contactlists.{id}": DialerContactlistConfigChangeContactList;
  "v2.outbound.contactlists.{id}.importstatus": ContactlistImportStatusImportStatus;
  "v2.outbound.dnclists.{id}": DialerDnclistConfigChangeDncList;
  "v2.outbound.dnclists.{id}.importstatus": DnclistImportStatusImportStatus;
  "v2.outbound.email.campaigns.contact.postContact": OutboundMessagingCampaignPostContactEmailEventTopicOutboundMessagingCampaignPostContactEmailEvent;
  "v2.outbound.email.campaigns.contact.preContact": OutboundMessagingCampaignPreContactEmailEventTopicOutboundMessagingCampaignPreContactEmailEvent;
  "v2.outbound.emailcampaigns.{id}": OutboundMessagingEmailCampaignConfigChangeMessagingCampaign;
  "v2.outbound.emailcampaigns.{id}.progress": OutboundMessagingEmailCampaignProgressEventCampaignProgress;
  "v2.outbound.importtemplates.{id}.importstatus": ImportTemplateImportStatusImportStatus;
  "v2.outbound.messaging.campaigns.contact.postContact": OutboundMessagingCampaignPostContactSmsEventTopicOutboundMessagingCampaignPostContactSMSEvent;
  "v2.outbound.messaging.campaigns.contact.preContact": OutboundMessagingCampaignPreContactSmsEventTopicOutboundMessagingCampaignPreContactSMSEvent;
  "v2.outbound.messagingcampaigns.{id}": OutboundMessagingMessagingCampaignConfigChangeMessagingCampaign;
  "v2.outbound.messagingcampaigns.{id}.progress": OutboundMessagingMessagingCampaignProgressEventCampaignProgress;
  "v2.outbound.preview.campaigns.contact.postContact": OutboundPreviewCampaignPostContactOutboundPreviewCampaignPostContactEvent;
  "v2.outbound.preview.campaigns.contact.preContact": OutboundPreviewCampaignPreContactOutboundPreviewCampaignPreContactEvent;
  "v2.outbound.responsesets.{id}": DialerResponsesetConfigChangeResponseSet;
  "v2.outbound.rulesets.{id}": DialerRulesetConfigChangeRuleSet;
  "v2.outbound.schedules.campaigns.{id}": DialerCampaignScheduleConfigChangeCampaignSchedule;
  "v2.outbound.schedules.emailcampaigns.{id}": EmailCampaignScheduleConfigChangeEmailCampaignSchedule;
  "v2.outbound.schedules.messagingcampaigns.{id}": MessagingCampaignScheduleConfigChangeMessagingCampaignSchedule;
  "v2.outbound.schedules.sequences.{id}": DialerSequenceScheduleConfigChangeSequenceSchedule;
  "v2.outbound.schedules.whatsappcampaigns.{id}": WhatsappCampaignScheduleConfigChangeWhatsAppCampaignSchedule;
  "v2.outbound.sequences.{id}": DialerSequenceConfigChangeCampaignSequence;
  "v2.outbound.settings": DialerOutboundSettingsConfigChangeOutboundSettings;
  "v2.outbound.voice.campaigns.contact.postContact": OutboundVoiceCampaignPostContactOutboundVoiceCampaignPostContactEvent;
  "v2.outbound.voice.campaigns.contact.preContact": OutboundVoiceCampaignPreContactOutboundVoiceCampaignPreContactEvent;
  "v2.outbound.whatsapp.campaigns.contact.postContact": OutboundMessagingCampaignPostContactWhatsappEventTopicOutboundMessagingCampaignPostContactWhatsAppEvent;
  "v2.outbound.whatsapp.campaigns.contact.preContact": OutboundMessagingCampaignPreContactWhatsappEventTopicOutboundMessagingCampaignPreContactWhatsAppEvent;
  "v2.outbound.whatsappcampaigns.{id}": OutboundMessagingWhatsappCampaignConfigChangeMessagingCampaign;
  "v2.outbound.whatsappcampaigns.{id}.progress": OutboundMessagingWhatsappCampaignProgressEventCampaignProgress;
  "v2.outbound.wrapupcodemappings.{id}": DialerWrapupcodemappingConfigChangeWrapUpCodeMapping;
  "v2.quality.evaluations": EvaluationQualityV2TopicEvaluationV2;
  "v2.routing.queues.{id}.conversations": QueueConversationEventTopicConversation;
  "v2.routing.queues.{id}.conversations.callbacks": QueueConversationCallbackEventTopicCallbackConversation;
  "v2.routing.queues.{id}.conversations.calls": QueueConversationCallEventTopicCallConversation;
  "v2.routing.queues.{id}.conversations.chats": QueueConversationChatEventTopicChatConversation;
  "v2.routing.queues.{id}.conversations.cobrowseSessions": QueueConversationCobrowseEventTopicCobrowseConversation;
  "v2.routing.queues.{id}.conversations.emails": QueueConversationEmailEventTopicEmailConversation;
  "v2.routing.queues.{id}.conversations.messages": QueueConversationMessageEventTopicMessageConversation;
  "v2.routing.queues.{id}.conversations.screenshares": QueueConversationScreenShareEventTopicScreenShareConversation;
  "v2.routing.queues.{id}.conversations.socialexpressions": QueueConversationSocialExpressionEventTopicConversation;
  "v2.routing.queues.{id}.conversations.videos": QueueConversationVideoEventTopicConversation;
  "v2.routing.queues.{id}.users": QueueUserEventTopicQueueMember;
  "v2.speechandtextanalytics.conversation.{id}.empathy": V2StaEmpathyOverallTopicOverallEmpathyMessage;
  "v2.speechandtextanalytics.conversation.{id}.sentiment": V2StaSentimentOverallTopicOverallSentimentMessage;
  "v2.speechandtextanalytics.conversation.{id}.topics": V2StaTopicsDetectedTopicTopicsDetectedMessage;
  "v2.speechandtextanalytics.conversations.{id}.categories": V2StaConversationCategoriesStaConversationCategoriesMessage;
  "v2.speechandtextanalytics.programs.general.jobs.{id}": CreateGeneralProgramTopicsDefinitionsJob;
  "v2.speechandtextanalytics.programs.publishjobs.{id}": PublishProgramTopicsDefinitionsJob;
  "v2.speechandtextanalytics.programs.topiclinks.jobs.{id}": ProgramTopicLinksTopicsDefinitionsJob;
  "v2.speechandtextanalytics.reprocessing.jobs.{id}": V2ReprocessJobStateChangedTopicJobStateChanged;
  "v2.speechandtextanalytics.topics.generatedphrases.jobs.{id}": GenAiPhrasesTopicsDefinitionsJob;
  "v2.speechandtextanalytics.topics.publishjobs.{id}": PublishTopicTopicsDefinitionsJob;
  "v2.speechandtextanalytics.topics.testphrase.jobs.{id}": TestTopicPhraseTopicsDefinitionsJob;
  "v2.subscription.updated": UpdatedTopicSystemMessage;
  "v2.system.{id}.{id}": SystemMessageSystemMessage;
  "v2.system.no_longer_subscribed.{id}": SystemMessageSystemMessage;
  "v2.system.socket_closing": SystemMessageSystemMessage;
  "v2.system.token_revoked.{id}": SystemMessageSystemMessage;
  "v2.taskmanagement.workitems.{id}": WorkitemsEventsNotificationWorkitem;
  "v2.taskmanagement.workitems.queues.{id}": WorkitemsQueueEventsNotificationWorkitem;
  "v2.taskmanagement.workitems.users.{id}": WorkitemsUserEventsNotificationWorkitem;
  "v2.telephony.providers.edges.{id}": EdgeChangeTopicEdge;
  "v2.telephony.providers.edges.{id}.logicalinterfaces": EdgeLogicalInterfacesChangeTopicDomainLogicalInterfaceChange;
  "v2.telephony.providers.edges.{id}.metrics": EdgeMetricsTopicEdgeMetrics;
  "v2.telephony.providers.edges.{id}.softwareupdate": EdgeSoftwareUpdateTopicDomainEdgeSoftwareUpdate;
  "v2.telephony.providers.edges.phones.{id}": PhoneChangeTopicPhone;
  "v2.telephony.providers.edges.trunks.{id}": TrunkInstanceTopicTrunk;
  "v2.telephony.providers.edges.trunks.{id}.metrics": TrunkMetricsTopicTrunkMetrics;
  "v2.users.{id}.activity": AgentActivityChangedTopicAgentActivity;
  "v2.users.{id}.alerting.alerts": V2MobiusAlertsTopicAlert;
  "v2.users.{id}.alerting.rules": V2MobiusRulesTopicRule;
  "v2.users.{id}.analytics.reporting.exports": ReportingDataExportTopicDataExportNotification;
  "v2.users.{id}.badges.chats": ChatBadgeTopicChatBadge;
  "v2.users.{id}.callforwarding": CallForwardingEventCallForwarding;
  "v2.users.{id}.conversations": ConversationEventTopicConversation;
  "v2.users.{id}.conversations.{id}.recordings": RecordingEventRecording;
  "v2.users.{id}.conversations.{id}.recordings.{id}": RecordingTranscodeCompleteTopicRecording;
  "v2.users.{id}.conversations.callbacks": ConversationCallbackEventTopicCallbackConversation;
  "v2.users.{id}.conversations.calls": ConversationCallEventTopicCallConversation;
  "v2.users.{id}.conversations.chats": ConversationChatEventTopicChatConversation;
  "v2.users.{id}.conversations.cobrowseSessions": ConversationCobrowseEventTopicCobrowseConversation;
  "v2.users.{id}.conversations.emails": ConversationEmailEventTopicEmailConversation;
  "v2.users.{id}.conversations.inbound.typing.event": V2ConversationMessageTypingEventForUserTopicMessageData;
  "v2.users.{id}.conversations.messages": ConversationMessageEventTopicMessageConversation;
  "v2.users.{id}.conversations.screenshares": ConversationScreenShareEventTopicScreenShareConversation;
  "v2.users.{id}.conversations.socialexpressions": ConversationSocialExpressionEventTopicSocialConversation;
  "v2.users.{id}.conversations.summaries": ConversationSummaryTopicConversationSummaryEvent;
  "v2.users.{id}.conversations.summaries.settings.preview": V2SessionConversationsSummarySettingsPreviewEventConversationSummarySettingsPreviewMessage;
  "v2.users.{id}.conversations.videos": ConversationVideoEventTopicVideoConversation;
  "v2.users.{id}.conversationsummary": UserConversationsEventUserConversationSummary;
  "v2.users.{id}.employeeengagement.celebrations": V2WemEngagementCelebrationUpdatesTopicEngagementCelebration;
  "v2.users.{id}.fax.documents": FaxTopicFaxDataV2;
  "v2.users.{id}.geolocation": GeolocationEventGeolocation;
  "v2.users.{id}.greetings": UserGreetingEventGreeting;
  "v2.users.{id}.integrationpresence": V2IntegrationPresenceEventPresenceActivityEvent;
  "v2.users.{id}.integrations.calendar.teams": GcuccTeamsCalendarEventsGCUCCTeamsCalendarEventV2;
  "v2.users.{id}.outbound.contactlists.{id}.export": ContactlistDownloadReadyExportUri;
  "v2.users.{id}.outbound.dnclists.{id}.export": DnclistDownloadReadyExportUri;
  "v2.users.{id}.outofoffice": OutOfOfficeEventOutOfOffice;
  "v2.users.{id}.persistentconnection": PersistentConnectionChangeTopicPersistentConnectionChangeEvent;
  "v2.users.{id}.presence": PresenceEventUserPresence;
  "v2.users.{id}.recordings": RecordingArchiveRestoreTopicRecording;
  "v2.users.{id}.routingStatus": UserRoutingStatusUserRoutingStatus;
  "v2.users.{id}.station": UserStationChangeTopicUserStations;
  "v2.users.{id}.tokens": UserTokensTopicTokenNotification;
  "v2.users.{id}.userrecordings": AdhocRecordingTopicRecordingDataV2;
  "v2.users.{id}.voicemail.messages": VoicemailMessagesTopicVoicemailMessage;
  "v2.users.{id}.wem.coaching.notification": WemCoachingUserNotificationTopicCoachingUserNotification;
  "v2.users.{id}.wem.learning.assignment": LearningAssignmentTopicLearningAssignmentNotification;
  "v2.users.{id}.workforcemanagement.adherence": WfmUserScheduleAdherenceUpdatedTopicUserScheduleAdherenceUpdate;
  "v2.users.{id}.workforcemanagement.adherence.explanations.jobs": WfmAdherenceExplanationJobCompleteTopicAdherenceExplanationJobNotification;
  "v2.users.{id}.workforcemanagement.adherence.historical.agent": WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceAgentCalculationsCompleteNotification;
  "v2.users.{id}.workforcemanagement.adherence.historical.bulk": WfmHistoricalAdherenceBulkCalculationsCompleteTopicWfmHistoricalAdherenceBulkCalculationsCompleteNotification;
  "v2.users.{id}.workforcemanagement.agentschedules.managementunit.search.complete": WfmAgentMuScheduleSearchCompleteTopicAgentMuScheduleSearchCompleteNotification;
  "v2.users.{id}.workforcemanagement.alternative.shift.jobs": WfmAlternativeShiftJobCompleteEventV3AlternativeShiftJobCompleteNotification;
  "v2.users.{id}.workforcemanagement.decisionmetrics.jobs": DecisionMetricsAdminNotificationTopicDecisionMetricsJobNotification;
  "v2.users.{id}.workforcemanagement.historicaladherencequery": WfmHistoricalAdherenceCalculationsCompleteTopicWfmHistoricalAdherenceCalculationsCompleteNotice;
  "v2.users.{id}.workforcemanagement.integrations.hris.timeofftypes.jobs": WfmIntegrationsHrisTimeOffTypesJobTopicHrisTimeOffTypesJobNotification;
  "v2.users.{id}.workforcemanagement.notifications": WfmUserNotificationTopicWfmUserNotification;
  "v2.users.{id}.workforcemanagement.performanceprediction.schedules.recalculations": PerformancePredictionRecalculationCompleteEventTopicPerformancePredictionUserRecalculationNotification;
  "v2.users.{id}.workforcemanagement.schedules": WfmAgentScheduleUpdateTopicAgentScheduleUpdateNotification;
  "v2.users.{id}.workforcemanagement.shift.trading.jobs": WfmShiftTradingJobCompleteEventShiftTradingJobCompleteNotification;
  "v2.users.{id}.workforcemanagement.shrinkage.jobs": WfmHistoricalShrinkageCalculationsCompleteTopicHistoricalShrinkageCalculationsCompleteNotification;
  "v2.users.{id}.workforcemanagement.timeoffbalance.jobs": WfmTimeOffBalanceJobTopicTimeOffBalanceJobNotification;
  "v2.users.{id}.workforcemanagement.timeoffrequests": WfmTimeOffRequestUpdateTopicTimeOffRequestUpdate;
  "v2.video.conferences.{id}": VideoConferenceUpdateTopicVideoConference;
  "v2.webdeployments.configurations.{id}": WebDeploymentsConfigTopicWebMessagingConfigChangeEventBody;
  "v2.webdeployments.deployments.{id}": WebDeploymentsDeploymentTopicWebMessagingDeploymentChangeEventBody;
  "v2.webmessaging.deployments.{id}.undelivered.messages": V2WebMessagingUndeliveredMessageTopicWebMessagingUndeliveredMessageEventBody;
  "v2.wem.learning.assignments.modules.{id}": LearningAssignmentRuleRunTopicLearningAssignmentRuleRunNotification;
  "v2.workflows.{id}.conversations.inbound.typing.event": V2ConversationMessageTypingEventForWorkflowTopicMessageData;
  "v2.workforcemanagement.agents": WfmMoveAgentsCompleteTopicWfmMoveAgentsComplete;
  "v2.workforcemanagement.agents.{id}.adherence.explanations": WfmAgentAdherenceExplanationChangedAgentTopicAdherenceExplanationChangedNotification;
  "v2.workforcemanagement.agents.opportunities": V2WfmAgentOpportunityTopicAgentOpportunityNotification;
  "v2.workforcemanagement.businessunits.{id}.activityplans.jobs": WfmActivityPlanJobCompleteTopicActivityPlanJobCompleteNotification;
  "v2.workforcemanagement.businessunits.{id}.activityplans.runs.jobs": WfmActivityPlanRunJobCompleteTopicActivityPlanJobCompleteNotification;
  "v2.workforcemanagement.businessunits.{id}.adherence.explanations": WfmAgentAdherenceExplanationChangedBusinessUnitTopicAdherenceExplanationChangedNotification;
  "v2.workforcemanagement.businessunits.{id}.capacityplans.{id}.staffingrequirements": CapacityPlanningRequirementsResultTopicStaffingRequirementsNotification;
  "v2.workforcemanagement.businessunits.{id}.forecasts.staffingrequirement": WfmBuShortTermForecastStaffingRequirementsGenerateCompleteTopicBuForecastShortTermStaffingRequirementsNotification;
  "v2.workforcemanagement.businessunits.{id}.main.forecast.export.forecast": V2WfmMainForecastExportForecastEventMainForecastExportNotification;
  "v2.workforcemanagement.businessunits.{id}.main.forecast.export.historical": V2WfmMainForecastExportHistoricalEventMainForecastExportNotification;
  "v2.workforcemanagement.businessunits.{id}.main.forecast.export.snapshot": V2WfmMainForecastExportSnapshotEventMainForecastExportNotification;
  "v2.workforcemanagement.businessunits.{id}.opportunities": V2WfmOpportunityTopicOpportunityNotification;
  "v2.workforcemanagement.businessunits.{id}.schedulebids.{id}": ScheduleBiddingAdminNotificationTopicScheduleBiddingNotification;
  "v2.workforcemanagement.businessunits.{id}.schedules": WfmBuScheduleTopicBuScheduleNotification;
  "v2.workforcemanagement.businessunits.{id}.scheduling.runs": WfmBuScheduleRunTopicBuSchedulingRunProgressNotification;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts": WfmBuShortTermForecastUpdateCompleteTopicBuShortTermForecastNotification;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts.copy": WfmBuShortTermForecastCopyCompleteTopicBuShortTermForecastNotification;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts.generate": WfmBuShortTermForecastGenerateProgressTopicGenerateBuShortTermForecastProgressNotification;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts.import": WfmBuShortTermForecastImportCompleteTopicBuShortTermForecastNotification;
  "v2.workforcemanagement.businessunits.{id}.workplanbids.{id}": WorkPlanBiddingAdminNotificationTopicWorkPlanBiddingNotification;
  "v2.workforcemanagement.historicaldata.delete.jobs": WfmHistoricalDataImportPurgeCompleteTopicHistoricalDataPurgeRequestComplete;
  "v2.workforcemanagement.historicaldata.deletejob": WfmHistoricalDataUploadPurgeRequestStatusTopicHistoricalDataUploadPurgeRequestUpdate;
  "v2.workforcemanagement.historicaldata.status": WfmHistoricalDataUploadRequestStatusTopicHistoricalDataUploadRequestUpdate;
  "v2.workforcemanagement.managementunits.{id}": WfmMoveManagementUnitTopicMoveManagementUnitNotification;
  "v2.workforcemanagement.managementunits.{id}.adherence": WfmUserScheduleAdherenceUpdatedMuTopicUserScheduleAdherenceUpdate;
  "v2.workforcemanagement.managementunits.{id}.agents.sync": WfmUpdateAgentDetailsTopicWfmUpdateAgentDetailsComplete;
  "v2.workforcemanagement.managementunits.{id}.agentschedules.changed": WfmAgentManagementUnitScheduleChangedTopicAgentMuScheduleChangedNotification;
  "v2.workforcemanagement.managementunits.{id}.schedules": WfmScheduleTopicWfmScheduleNotification;
  "v2.workforcemanagement.managementunits.{id}.shifttrades.state.bulk": WfmBulkShiftTradeStateUpdateNotificationTopicBulkShiftTradeStateUpdateNotification;
  "v2.workforcemanagement.performanceprediction.schedules.{id}": PerformancePredictionCompleteEventTopicPerformancePredictionCalculationNotification;
  "v2.workforcemanagement.teams.{id}.adherence": WfmUserScheduleAdherenceUpdatedTeamTopicUserScheduleAdherenceUpdate;
  "v2.workforcemanagement.users.{id}.schedules.query": WfmBuScheduleQueryResultTopicBuScheduleSearchResultNotification;
  "v2.workforcemanagement.users.{id}.schedules.search": WfmBuScheduleSearchResultTopicBuScheduleSearchResultNotification;
}

/** A topic string the catalogue knows: a pattern with each `{id}` filled in (`v2.users.<userId>.presence`). */
export type NotificationTopic =
  | `v2.analytics.conversation.${string}.metrics`
  | `v2.analytics.conversations.details.jobs.availability`
  | `v2.analytics.flow.${string}.aggregates`
  | `v2.analytics.flow.${string}.metrics`
  | `v2.analytics.flowoutcome.${string}.aggregates`
  | `v2.analytics.queues.${string}.activity`
  | `v2.analytics.queues.${string}.observations`
  | `v2.analytics.users.${string}.aggregates`
  | `v2.analytics.users.details.jobs.availability`
  | `v2.analytics.wrapup.${string}.aggregates`
  | `v2.architect.dependencytracking.build`
  | `v2.architect.prompts.${string}`
  | `v2.architect.prompts.${string}.resources.${string}`
  | `v2.architect.systemprompts.${string}.resources.${string}`
  | `v2.audits.entitytype.${string}.entityid.${string}`
  | `v2.bot.conversation.${string}.conversations.summaries`
  | `v2.businessunits.${string}.workforcemanagement.intraday`
  | `v2.coaching.scheduleslots.jobs.${string}`
  | `v2.contentmanagement.documents.${string}`
  | `v2.contentmanagement.workspaces.${string}.documents`
  | `v2.conversations.${string}.agentchecklist`
  | `v2.conversations.${string}.suggestions.intent`
  | `v2.conversations.${string}.suggestions.knowledge.article`
  | `v2.conversations.${string}.suggestions.knowledge.search`
  | `v2.conversations.${string}.suggestions.response`
  | `v2.conversations.${string}.suggestions.script`
  | `v2.conversations.${string}.suggestions.thirdpartyaction`
  | `v2.conversations.${string}.transcription`
  | `v2.detail.events.agent.${string}.state`
  | `v2.detail.events.collaboratechat.adhoc.${string}.messages`
  | `v2.detail.events.collaboratechat.group.${string}.messages`
  | `v2.detail.events.conversation.${string}.acd.end`
  | `v2.detail.events.conversation.${string}.acd.start`
  | `v2.detail.events.conversation.${string}.acw`
  | `v2.detail.events.conversation.${string}.attributes`
  | `v2.detail.events.conversation.${string}.contact`
  | `v2.detail.events.conversation.${string}.customer.end`
  | `v2.detail.events.conversation.${string}.customer.start`
  | `v2.detail.events.conversation.${string}.flow.end`
  | `v2.detail.events.conversation.${string}.flow.outcome`
  | `v2.detail.events.conversation.${string}.flow.start`
  | `v2.detail.events.conversation.${string}.outbound`
  | `v2.detail.events.conversation.${string}.user.end`
  | `v2.detail.events.conversation.${string}.user.start`
  | `v2.detail.events.conversation.${string}.voicemail.end`
  | `v2.detail.events.conversation.${string}.voicemail.start`
  | `v2.detail.events.conversation.${string}.wrapup`
  | `v2.employeeperformance.externalmetrics.definitions`
  | `v2.externalcontacts.contacts.${string}`
  | `v2.externalcontacts.contacts.${string}.journey.segments`
  | `v2.externalcontacts.contacts.${string}.journey.sessions`
  | `v2.externalcontacts.contacts.${string}.notes.${string}`
  | `v2.externalcontacts.contacts.${string}.unresolved`
  | `v2.externalcontacts.organizations.${string}`
  | `v2.externalcontacts.organizations.${string}.notes.${string}`
  | `v2.externalcontacts.relationships.${string}`
  | `v2.flows.${string}`
  | `v2.flows.instances.flow.${string}`
  | `v2.flows.outcomes.${string}`
  | `v2.gamification.scorecards.users.${string}`
  | `v2.groups.${string}.greetings`
  | `v2.integrations.inbound.webhook.${string}.invocation`
  | `v2.journey.sessions.${string}.action.events`
  | `v2.journey.sessions.${string}.app.events`
  | `v2.journey.sessions.${string}.outcome.events`
  | `v2.journey.sessions.${string}.web.events`
  | `v2.journey.views.jobs.${string}.notification`
  | `v2.managementunits.${string}.workforcemanagement.intraday`
  | `v2.operations.events.${string}`
  | `v2.outbound.attemptlimits.${string}`
  | `v2.outbound.callabletimesets.${string}`
  | `v2.outbound.campaignrules.${string}`
  | `v2.outbound.campaigns.${string}`
  | `v2.outbound.campaigns.${string}.progress`
  | `v2.outbound.campaigns.${string}.skillstats`
  | `v2.outbound.campaigns.${string}.stats`
  | `v2.outbound.contactlistfilters.${string}`
  | `v2.outbound.contactlists.${string}`
  | `v2.outbound.contactlists.${string}.importstatus`
  | `v2.outbound.dnclists.${string}`
  | `v2.outbound.dnclists.${string}.importstatus`
  | `v2.outbound.email.campaigns.contact.postContact`
  | `v2.outbound.email.campaigns.contact.preContact`
  | `v2.outbound.emailcampaigns.${string}`
  | `v2.outbound.emailcampaigns.${string}.progress`
  | `v2.outbound.importtemplates.${string}.importstatus`
  | `v2.outbound.messaging.campaigns.contact.postContact`
  | `v2.outbound.messaging.campaigns.contact.preContact`
  | `v2.outbound.messagingcampaigns.${string}`
  | `v2.outbound.messagingcampaigns.${string}.progress`
  | `v2.outbound.preview.campaigns.contact.postContact`
  | `v2.outbound.preview.campaigns.contact.preContact`
  | `v2.outbound.responsesets.${string}`
  | `v2.outbound.rulesets.${string}`
  | `v2.outbound.schedules.campaigns.${string}`
  | `v2.outbound.schedules.emailcampaigns.${string}`
  | `v2.outbound.schedules.messagingcampaigns.${string}`
  | `v2.outbound.schedules.sequences.${string}`
  | `v2.outbound.schedules.whatsappcampaigns.${string}`
  | `v2.outbound.sequences.${string}`
  | `v2.outbound.settings`
  | `v2.outbound.voice.campaigns.contact.postContact`
  | `v2.outbound.voice.campaigns.contact.preContact`
  | `v2.outbound.whatsapp.campaigns.contact.postContact`
  | `v2.outbound.whatsapp.campaigns.contact.preContact`
  | `v2.outbound.whatsappcampaigns.${string}`
  | `v2.outbound.whatsappcampaigns.${string}.progress`
  | `v2.outbound.wrapupcodemappings.${string}`
  | `v2.quality.evaluations`
  | `v2.routing.queues.${string}.conversations`
  | `v2.routing.queues.${string}.conversations.callbacks`
  | `v2.routing.queues.${string}.conversations.calls`
  | `v2.routing.queues.${string}.conversations.chats`
  | `v2.routing.queues.${string}.conversations.cobrowseSessions`
  | `v2.routing.queues.${string}.conversations.emails`
  | `v2.routing.queues.${string}.conversations.messages`
  | `v2.routing.queues.${string}.conversations.screenshares`
  | `v2.routing.queues.${string}.conversations.socialexpressions`
  | `v2.routing.queues.${string}.conversations.videos`
  | `v2.routing.queues.${string}.users`
  | `v2.speechandtextanalytics.conversation.${string}.empathy`
  | `v2.speechandtextanalytics.conversation.${string}.sentiment`
  | `v2.speechandtextanalytics.conversation.${string}.topics`
  | `v2.speechandtextanalytics.conversations.${string}.categories`
  | `v2.speechandtextanalytics.programs.general.jobs.${string}`
  | `v2.speechandtextanalytics.programs.publishjobs.${string}`
  | `v2.speechandtextanalytics.programs.topiclinks.jobs.${string}`
  | `v2.speechandtextanalytics.reprocessing.jobs.${string}`
  | `v2.speechandtextanalytics.topics.generatedphrases.jobs.${string}`
  | `v2.speechandtextanalytics.topics.publishjobs.${string}`
  | `v2.speechandtextanalytics.topics.testphrase.jobs.${string}`
  | `v2.subscription.updated`
  | `v2.system.${string}.${string}`
  | `v2.system.no_longer_subscribed.${string}`
  | `v2.system.socket_closing`
  | `v2.system.token_revoked.${string}`
  | `v2.taskmanagement.workitems.${string}`
  | `v2.taskmanagement.workitems.queues.${string}`
  | `v2.taskmanagement.workitems.users.${string}`
  | `v2.telephony.providers.edges.${string}`
  | `v2.telephony.providers.edges.${string}.logicalinterfaces`
  | `v2.telephony.providers.edges.${string}.metrics`
  | `v2.telephony.providers.edges.${string}.softwareupdate`
  | `v2.telephony.providers.edges.phones.${string}`
  | `v2.telephony.providers.edges.trunks.${string}`
  | `v2.telephony.providers.edges.trunks.${string}.metrics`
  | `v2.users.${string}.activity`
  | `v2.users.${string}.alerting.alerts`
  | `v2.users.${string}.alerting.rules`
  | `v2.users.${string}.analytics.reporting.exports`
  | `v2.users.${string}.badges.chats`
  | `v2.users.${string}.callforwarding`
  | `v2.users.${string}.conversations`
  | `v2.users.${string}.conversations.${string}.recordings`
  | `v2.users.${string}.conversations.${string}.recordings.${string}`
  | `v2.users.${string}.conversations.callbacks`
  | `v2.users.${string}.conversations.calls`
  | `v2.users.${string}.conversations.chats`
  | `v2.users.${string}.conversations.cobrowseSessions`
  | `v2.users.${string}.conversations.emails`
  | `v2.users.${string}.conversations.inbound.typing.event`
  | `v2.users.${string}.conversations.messages`
  | `v2.users.${string}.conversations.screenshares`
  | `v2.users.${string}.conversations.socialexpressions`
  | `v2.users.${string}.conversations.summaries`
  | `v2.users.${string}.conversations.summaries.settings.preview`
  | `v2.users.${string}.conversations.videos`
  | `v2.users.${string}.conversationsummary`
  | `v2.users.${string}.employeeengagement.celebrations`
  | `v2.users.${string}.fax.documents`
  | `v2.users.${string}.geolocation`
  | `v2.users.${string}.greetings`
  | `v2.users.${string}.integrationpresence`
  | `v2.users.${string}.integrations.calendar.teams`
  | `v2.users.${string}.outbound.contactlists.${string}.export`
  | `v2.users.${string}.outbound.dnclists.${string}.export`
  | `v2.users.${string}.outofoffice`
  | `v2.users.${string}.persistentconnection`
  | `v2.users.${string}.presence`
  | `v2.users.${string}.recordings`
  | `v2.users.${string}.routingStatus`
  | `v2.users.${string}.station`
  | `v2.users.${string}.tokens`
  | `v2.users.${string}.userrecordings`
  | `v2.users.${string}.voicemail.messages`
  | `v2.users.${string}.wem.coaching.notification`
  | `v2.users.${string}.wem.learning.assignment`
  | `v2.users.${string}.workforcemanagement.adherence`
  | `v2.users.${string}.workforcemanagement.adherence.explanations.jobs`
  | `v2.users.${string}.workforcemanagement.adherence.historical.agent`
  | `v2.users.${string}.workforcemanagement.adherence.historical.bulk`
  | `v2.users.${string}.workforcemanagement.agentschedules.managementunit.search.complete`
  | `v2.users.${string}.workforcemanagement.alternative.shift.jobs`
  | `v2.users.${string}.workforcemanagement.decisionmetrics.jobs`
  | `v2.users.${string}.workforcemanagement.historicaladherencequery`
  | `v2.users.${string}.workforcemanagement.integrations.hris.timeofftypes.jobs`
  | `v2.users.${string}.workforcemanagement.notifications`
  | `v2.users.${string}.workforcemanagement.performanceprediction.schedules.recalculations`
  | `v2.users.${string}.workforcemanagement.schedules`
  | `v2.users.${string}.workforcemanagement.shift.trading.jobs`
  | `v2.users.${string}.workforcemanagement.shrinkage.jobs`
  | `v2.users.${string}.workforcemanagement.timeoffbalance.jobs`
  | `v2.users.${string}.workforcemanagement.timeoffrequests`
  | `v2.video.conferences.${string}`
  | `v2.webdeployments.configurations.${string}`
  | `v2.webdeployments.deployments.${string}`
  | `v2.webmessaging.deployments.${string}.undelivered.messages`
  | `v2.wem.learning.assignments.modules.${string}`
  | `v2.workflows.${string}.conversations.inbound.typing.event`
  | `v2.workforcemanagement.agents`
  | `v2.workforcemanagement.agents.${string}.adherence.explanations`
  | `v2.workforcemanagement.agents.opportunities`
  | `v2.workforcemanagement.businessunits.${string}.activityplans.jobs`
  | `v2.workforcemanagement.businessunits.${string}.activityplans.runs.jobs`
  | `v2.workforcemanagement.businessunits.${string}.adherence.explanations`
  | `v2.workforcemanagement.businessunits.${string}.capacityplans.${string}.staffingrequirements`
  | `v2.workforcemanagement.businessunits.${string}.forecasts.staffingrequirement`
  | `v2.workforcemanagement.businessunits.${string}.main.forecast.export.forecast`
  | `v2.workforcemanagement.businessunits.${string}.main.forecast.export.historical`
  | `v2.workforcemanagement.businessunits.${string}.main.forecast.export.snapshot`
  | `v2.workforcemanagement.businessunits.${string}.opportunities`
  | `v2.workforcemanagement.businessunits.${string}.schedulebids.${string}`
  | `v2.workforcemanagement.businessunits.${string}.schedules`
  | `v2.workforcemanagement.businessunits.${string}.scheduling.runs`
  | `v2.workforcemanagement.businessunits.${string}.shorttermforecasts`
  | `v2.workforcemanagement.businessunits.${string}.shorttermforecasts.copy`
  | `v2.workforcemanagement.businessunits.${string}.shorttermforecasts.generate`
  | `v2.workforcemanagement.businessunits.${string}.shorttermforecasts.import`
  | `v2.workforcemanagement.businessunits.${string}.workplanbids.${string}`
  | `v2.workforcemanagement.historicaldata.delete.jobs`
  | `v2.workforcemanagement.historicaldata.deletejob`
  | `v2.workforcemanagement.historicaldata.status`
  | `v2.workforcemanagement.managementunits.${string}`
  | `v2.workforcemanagement.managementunits.${string}.adherence`
  | `v2.workforcemanagement.managementunits.${string}.agents.sync`
  | `v2.workforcemanagement.managementunits.${string}.agentschedules.changed`
  | `v2.workforcemanagement.managementunits.${string}.schedules`
  | `v2.workforcemanagement.managementunits.${string}.shifttrades.state.bulk`
  | `v2.workforcemanagement.performanceprediction.schedules.${string}`
  | `v2.workforcemanagement.teams.${string}.adherence`
  | `v2.workforcemanagement.users.${string}.schedules.query`
  | `v2.workforcemanagement.users.${string}.schedules.search`
  ;

/** Each pattern as the template literal type its topic strings match. */
export interface NotificationTopicTemplates {
  "v2.analytics.conversation.{id}.metrics": `v2.analytics.conversation.${string}.metrics`;
  "v2.analytics.conversations.details.jobs.availability": `v2.analytics.conversations.details.jobs.availability`;
  "v2.analytics.flow.{id}.aggregates": `v2.analytics.flow.${string}.aggregates`;
  "v2.analytics.flow.{id}.metrics": `v2.analytics.flow.${string}.metrics`;
  "v2.analytics.flowoutcome.{id}.aggregates": `v2.analytics.flowoutcome.${string}.aggregates`;
  "v2.analytics.queues.{id}.activity": `v2.analytics.queues.${string}.activity`;
  "v2.analytics.queues.{id}.observations": `v2.analytics.queues.${string}.observations`;
  "v2.analytics.users.{id}.aggregates": `v2.analytics.users.${string}.aggregates`;
  "v2.analytics.users.details.jobs.availability": `v2.analytics.users.details.jobs.availability`;
  "v2.analytics.wrapup.{id}.aggregates": `v2.analytics.wrapup.${string}.aggregates`;
  "v2.architect.dependencytracking.build": `v2.architect.dependencytracking.build`;
  "v2.architect.prompts.{id}": `v2.architect.prompts.${string}`;
  "v2.architect.prompts.{id}.resources.{id}": `v2.architect.prompts.${string}.resources.${string}`;
  "v2.architect.systemprompts.{id}.resources.{id}": `v2.architect.systemprompts.${string}.resources.${string}`;
  "v2.audits.entitytype.{id}.entityid.{id}": `v2.audits.entitytype.${string}.entityid.${string}`;
  "v2.bot.conversation.{id}.conversations.summaries": `v2.bot.conversation.${string}.conversations.summaries`;
  "v2.businessunits.{id}.workforcemanagement.intraday": `v2.businessunits.${string}.workforcemanagement.intraday`;
  "v2.coaching.scheduleslots.jobs.{id}": `v2.coaching.scheduleslots.jobs.${string}`;
  "v2.contentmanagement.documents.{id}": `v2.contentmanagement.documents.${string}`;
  "v2.contentmanagement.workspaces.{id}.documents": `v2.contentmanagement.workspaces.${string}.documents`;
  "v2.conversations.{id}.agentchecklist": `v2.conversations.${string}.agentchecklist`;
  "v2.conversations.{id}.suggestions.intent": `v2.conversations.${string}.suggestions.intent`;
  "v2.conversations.{id}.suggestions.knowledge.article": `v2.conversations.${string}.suggestions.knowledge.article`;
  "v2.conversations.{id}.suggestions.knowledge.search": `v2.conversations.${string}.suggestions.knowledge.search`;
  "v2.conversations.{id}.suggestions.response": `v2.conversations.${string}.suggestions.response`;
  "v2.conversations.{id}.suggestions.script": `v2.conversations.${string}.suggestions.script`;
  "v2.conversations.{id}.suggestions.thirdpartyaction": `v2.conversations.${string}.suggestions.thirdpartyaction`;
  "v2.conversations.{id}.transcription": `v2.conversations.${string}.transcription`;
  "v2.detail.events.agent.{id}.state": `v2.detail.events.agent.${string}.state`;
  "v2.detail.events.collaboratechat.adhoc.{id}.messages": `v2.detail.events.collaboratechat.adhoc.${string}.messages`;
  "v2.detail.events.collaboratechat.group.{id}.messages": `v2.detail.events.collaboratechat.group.${string}.messages`;
  "v2.detail.events.conversation.{id}.acd.end": `v2.detail.events.conversation.${string}.acd.end`;
  "v2.detail.events.conversation.{id}.acd.start": `v2.detail.events.conversation.${string}.acd.start`;
  "v2.detail.events.conversation.{id}.acw": `v2.detail.events.conversation.${string}.acw`;
  "v2.detail.events.conversation.{id}.attributes": `v2.detail.events.conversation.${string}.attributes`;
  "v2.detail.events.conversation.{id}.contact": `v2.detail.events.conversation.${string}.contact`;
  "v2.detail.events.conversation.{id}.customer.end": `v2.detail.events.conversation.${string}.customer.end`;
  "v2.detail.events.conversation.{id}.customer.start": `v2.detail.events.conversation.${string}.customer.start`;
  "v2.detail.events.conversation.{id}.flow.end": `v2.detail.events.conversation.${string}.flow.end`;
  "v2.detail.events.conversation.{id}.flow.outcome": `v2.detail.events.conversation.${string}.flow.outcome`;
  "v2.detail.events.conversation.{id}.flow.start": `v2.detail.events.conversation.${string}.flow.start`;
  "v2.detail.events.conversation.{id}.outbound": `v2.detail.events.conversation.${string}.outbound`;
  "v2.detail.events.conversation.{id}.user.end": `v2.detail.events.conversation.${string}.user.end`;
  "v2.detail.events.conversation.{id}.user.start": `v2.detail.events.conversation.${string}.user.start`;
  "v2.detail.events.conversation.{id}.voicemail.end": `v2.detail.events.conversation.${string}.voicemail.end`;
  "v2.detail.events.conversation.{id}.voicemail.start": `v2.detail.events.conversation.${string}.voicemail.start`;
  "v2.detail.events.conversation.{id}.wrapup": `v2.detail.events.conversation.${string}.wrapup`;
  "v2.employeeperformance.externalmetrics.definitions": `v2.employeeperformance.externalmetrics.definitions`;
  "v2.externalcontacts.contacts.{id}": `v2.externalcontacts.contacts.${string}`;
  "v2.externalcontacts.contacts.{id}.journey.segments": `v2.externalcontacts.contacts.${string}.journey.segments`;
  "v2.externalcontacts.contacts.{id}.journey.sessions": `v2.externalcontacts.contacts.${string}.journey.sessions`;
  "v2.externalcontacts.contacts.{id}.notes.{id}": `v2.externalcontacts.contacts.${string}.notes.${string}`;
  "v2.externalcontacts.contacts.{id}.unresolved": `v2.externalcontacts.contacts.${string}.unresolved`;
  "v2.externalcontacts.organizations.{id}": `v2.externalcontacts.organizations.${string}`;
  "v2.externalcontacts.organizations.{id}.notes.{id}": `v2.externalcontacts.organizations.${string}.notes.${string}`;
  "v2.externalcontacts.relationships.{id}": `v2.externalcontacts.relationships.${string}`;
  "v2.flows.{id}": `v2.flows.${string}`;
  "v2.flows.instances.flow.{id}": `v2.flows.instances.flow.${string}`;
  "v2.flows.outcomes.{id}": `v2.flows.outcomes.${string}`;
  "v2.gamification.scorecards.users.{id}": `v2.gamification.scorecards.users.${string}`;
  "v2.groups.{id}.greetings": `v2.groups.${string}.greetings`;
  "v2.integrations.inbound.webhook.{id}.invocation": `v2.integrations.inbound.webhook.${string}.invocation`;
  "v2.journey.sessions.{id}.action.events": `v2.journey.sessions.${string}.action.events`;
  "v2.journey.sessions.{id}.app.events": `v2.journey.sessions.${string}.app.events`;
  "v2.journey.sessions.{id}.outcome.events": `v2.journey.sessions.${string}.outcome.events`;
  "v2.journey.sessions.{id}.web.events": `v2.journey.sessions.${string}.web.events`;
  "v2.journey.views.jobs.{id}.notification": `v2.journey.views.jobs.${string}.notification`;
  "v2.managementunits.{id}.workforcemanagement.intraday": `v2.managementunits.${string}.workforcemanagement.intraday`;
  "v2.operations.events.{id}": `v2.operations.events.${string}`;
  "v2.outbound.attemptlimits.{id}": `v2.outbound.attemptlimits.${string}`;
  "v2.outbound.callabletimesets.{id}": `v2.outbound.callabletimesets.${string}`;
  "v2.outbound.campaignrules.{id}": `v2.outbound.campaignrules.${string}`;
  "v2.outbound.campaigns.{id}": `v2.outbound.campaigns.${string}`;
  "v2.outbound.campaigns.{id}.progress": `v2.outbound.campaigns.${string}.progress`;
  "v2.outbound.campaigns.{id}.skillstats": `v2.outbound.campaigns.${string}.skillstats`;
  "v2.outbound.campaigns.{id}.stats": `v2.outbound.campaigns.${string}.stats`;
  "v2.outbound.contactlistfilters.{id}": `v2.outbound.contactlistfilters.${string}`;
  "v2.outbound.contactlists.{id}": `v2.outbound.contactlists.${string}`;
  "v2.outbound.contactlists.{id}.importstatus": `v2.outbound.contactlists.${string}.importstatus`;
  "v2.outbound.dnclists.{id}": `v2.outbound.dnclists.${string}`;
  "v2.outbound.dnclists.{id}.importstatus": `v2.outbound.dnclists.${string}.importstatus`;
  "v2.outbound.email.campaigns.contact.postContact": `v2.outbound.email.campaigns.contact.postContact`;
  "v2.outbound.email.campaigns.contact.preContact": `v2.outbound.email.campaigns.contact.preContact`;
  "v2.outbound.emailcampaigns.{id}": `v2.outbound.emailcampaigns.${string}`;
  "v2.outbound.emailcampaigns.{id}.progress": `v2.outbound.emailcampaigns.${string}.progress`;
  "v2.outbound.importtemplates.{id}.importstatus": `v2.outbound.importtemplates.${string}.importstatus`;
  "v2.outbound.messaging.campaigns.contact.postContact": `v2.outbound.messaging.campaigns.contact.postContact`;
  "v2.outbound.messaging.campaigns.contact.preContact": `v2.outbound.messaging.campaigns.contact.preContact`;
  "v2.outbound.messagingcampaigns.{id}": `v2.outbound.messagingcampaigns.${string}`;
  "v2.outbound.messagingcampaigns.{id}.progress": `v2.outbound.messagingcampaigns.${string}.progress`;
  "v2.outbound.preview.campaigns.contact.postContact": `v2.outbound.preview.campaigns.contact.postContact`;
  "v2.outbound.preview.campaigns.contact.preContact": `v2.outbound.preview.campaigns.contact.preContact`;
  "v2.outbound.responsesets.{id}": `v2.outbound.responsesets.${string}`;
  "v2.outbound.rulesets.{id}": `v2.outbound.rulesets.${string}`;
  "v2.outbound.schedules.campaigns.{id}": `v2.outbound.schedules.campaigns.${string}`;
  "v2.outbound.schedules.emailcampaigns.{id}": `v2.outbound.schedules.emailcampaigns.${string}`;
  "v2.outbound.schedules.messagingcampaigns.{id}": `v2.outbound.schedules.messagingcampaigns.${string}`;
  "v2.outbound.schedules.sequences.{id}": `v2.outbound.schedules.sequences.${string}`;
  "v2.outbound.schedules.whatsappcampaigns.{id}": `v2.outbound.schedules.whatsappcampaigns.${string}`;
  "v2.outbound.sequences.{id}": `v2.outbound.sequences.${string}`;
  "v2.outbound.settings": `v2.outbound.settings`;
  "v2.outbound.voice.campaigns.contact.postContact": `v2.outbound.voice.campaigns.contact.postContact`;
  "v2.outbound.voice.campaigns.contact.preContact": `v2.outbound.voice.campaigns.contact.preContact`;
  "v2.outbound.whatsapp.campaigns.contact.postContact": `v2.outbound.whatsapp.campaigns.contact.postContact`;
  "v2.outbound.whatsapp.campaigns.contact.preContact": `v2.outbound.whatsapp.campaigns.contact.preContact`;
  "v2.outbound.whatsappcampaigns.{id}": `v2.outbound.whatsappcampaigns.${string}`;
  "v2.outbound.whatsappcampaigns.{id}.progress": `v2.outbound.whatsappcampaigns.${string}.progress`;
  "v2.outbound.wrapupcodemappings.{id}": `v2.outbound.wrapupcodemappings.${string}`;
  "v2.quality.evaluations": `v2.quality.evaluations`;
  "v2.routing.queues.{id}.conversations": `v2.routing.queues.${string}.conversations`;
  "v2.routing.queues.{id}.conversations.callbacks": `v2.routing.queues.${string}.conversations.callbacks`;
  "v2.routing.queues.{id}.conversations.calls": `v2.routing.queues.${string}.conversations.calls`;
  "v2.routing.queues.{id}.conversations.chats": `v2.routing.queues.${string}.conversations.chats`;
  "v2.routing.queues.{id}.conversations.cobrowseSessions": `v2.routing.queues.${string}.conversations.cobrowseSessions`;
  "v2.routing.queues.{id}.conversations.emails": `v2.routing.queues.${string}.conversations.emails`;
  "v2.routing.queues.{id}.conversations.messages": `v2.routing.queues.${string}.conversations.messages`;
  "v2.routing.queues.{id}.conversations.screenshares": `v2.routing.queues.${string}.conversations.screenshares`;
  "v2.routing.queues.{id}.conversations.socialexpressions": `v2.routing.queues.${string}.conversations.socialexpressions`;
  "v2.routing.queues.{id}.conversations.videos": `v2.routing.queues.${string}.conversations.videos`;
  "v2.routing.queues.{id}.users": `v2.routing.queues.${string}.users`;
  "v2.speechandtextanalytics.conversation.{id}.empathy": `v2.speechandtextanalytics.conversation.${string}.empathy`;
  "v2.speechandtextanalytics.conversation.{id}.sentiment": `v2.speechandtextanalytics.conversation.${string}.sentiment`;
  "v2.speechandtextanalytics.conversation.{id}.topics": `v2.speechandtextanalytics.conversation.${string}.topics`;
  "v2.speechandtextanalytics.conversations.{id}.categories": `v2.speechandtextanalytics.conversations.${string}.categories`;
  "v2.speechandtextanalytics.programs.general.jobs.{id}": `v2.speechandtextanalytics.programs.general.jobs.${string}`;
  "v2.speechandtextanalytics.programs.publishjobs.{id}": `v2.speechandtextanalytics.programs.publishjobs.${string}`;
  "v2.speechandtextanalytics.programs.topiclinks.jobs.{id}": `v2.speechandtextanalytics.programs.topiclinks.jobs.${string}`;
  "v2.speechandtextanalytics.reprocessing.jobs.{id}": `v2.speechandtextanalytics.reprocessing.jobs.${string}`;
  "v2.speechandtextanalytics.topics.generatedphrases.jobs.{id}": `v2.speechandtextanalytics.topics.generatedphrases.jobs.${string}`;
  "v2.speechandtextanalytics.topics.publishjobs.{id}": `v2.speechandtextanalytics.topics.publishjobs.${string}`;
  "v2.speechandtextanalytics.topics.testphrase.jobs.{id}": `v2.speechandtextanalytics.topics.testphrase.jobs.${string}`;
  "v2.subscription.updated": `v2.subscription.updated`;
  "v2.system.{id}.{id}": `v2.system.${string}.${string}`;
  "v2.system.no_longer_subscribed.{id}": `v2.system.no_longer_subscribed.${string}`;
  "v2.system.socket_closing": `v2.system.socket_closing`;
  "v2.system.token_revoked.{id}": `v2.system.token_revoked.${string}`;
  "v2.taskmanagement.workitems.{id}": `v2.taskmanagement.workitems.${string}`;
  "v2.taskmanagement.workitems.queues.{id}": `v2.taskmanagement.workitems.queues.${string}`;
  "v2.taskmanagement.workitems.users.{id}": `v2.taskmanagement.workitems.users.${string}`;
  "v2.telephony.providers.edges.{id}": `v2.telephony.providers.edges.${string}`;
  "v2.telephony.providers.edges.{id}.logicalinterfaces": `v2.telephony.providers.edges.${string}.logicalinterfaces`;
  "v2.telephony.providers.edges.{id}.metrics": `v2.telephony.providers.edges.${string}.metrics`;
  "v2.telephony.providers.edges.{id}.softwareupdate": `v2.telephony.providers.edges.${string}.softwareupdate`;
  "v2.telephony.providers.edges.phones.{id}": `v2.telephony.providers.edges.phones.${string}`;
  "v2.telephony.providers.edges.trunks.{id}": `v2.telephony.providers.edges.trunks.${string}`;
  "v2.telephony.providers.edges.trunks.{id}.metrics": `v2.telephony.providers.edges.trunks.${string}.metrics`;
  "v2.users.{id}.activity": `v2.users.${string}.activity`;
  "v2.users.{id}.alerting.alerts": `v2.users.${string}.alerting.alerts`;
  "v2.users.{id}.alerting.rules": `v2.users.${string}.alerting.rules`;
  "v2.users.{id}.analytics.reporting.exports": `v2.users.${string}.analytics.reporting.exports`;
  "v2.users.{id}.badges.chats": `v2.users.${string}.badges.chats`;
  "v2.users.{id}.callforwarding": `v2.users.${string}.callforwarding`;
  "v2.users.{id}.conversations": `v2.users.${string}.conversations`;
  "v2.users.{id}.conversations.{id}.recordings": `v2.users.${string}.conversations.${string}.recordings`;
  "v2.users.{id}.conversations.{id}.recordings.{id}": `v2.users.${string}.conversations.${string}.recordings.${string}`;
  "v2.users.{id}.conversations.callbacks": `v2.users.${string}.conversations.callbacks`;
  "v2.users.{id}.conversations.calls": `v2.users.${string}.conversations.calls`;
  "v2.users.{id}.conversations.chats": `v2.users.${string}.conversations.chats`;
  "v2.users.{id}.conversations.cobrowseSessions": `v2.users.${string}.conversations.cobrowseSessions`;
  "v2.users.{id}.conversations.emails": `v2.users.${string}.conversations.emails`;
  "v2.users.{id}.conversations.inbound.typing.event": `v2.users.${string}.conversations.inbound.typing.event`;
  "v2.users.{id}.conversations.messages": `v2.users.${string}.conversations.messages`;
  "v2.users.{id}.conversations.screenshares": `v2.users.${string}.conversations.screenshares`;
  "v2.users.{id}.conversations.socialexpressions": `v2.users.${string}.conversations.socialexpressions`;
  "v2.users.{id}.conversations.summaries": `v2.users.${string}.conversations.summaries`;
  "v2.users.{id}.conversations.summaries.settings.preview": `v2.users.${string}.conversations.summaries.settings.preview`;
  "v2.users.{id}.conversations.videos": `v2.users.${string}.conversations.videos`;
  "v2.users.{id}.conversationsummary": `v2.users.${string}.conversationsummary`;
  "v2.users.{id}.employeeengagement.celebrations": `v2.users.${string}.employeeengagement.celebrations`;
  "v2.users.{id}.fax.documents": `v2.users.${string}.fax.documents`;
  "v2.users.{id}.geolocation": `v2.users.${string}.geolocation`;
  "v2.users.{id}.greetings": `v2.users.${string}.greetings`;
  "v2.users.{id}.integrationpresence": `v2.users.${string}.integrationpresence`;
  "v2.users.{id}.integrations.calendar.teams": `v2.users.${string}.integrations.calendar.teams`;
  "v2.users.{id}.outbound.contactlists.{id}.export": `v2.users.${string}.outbound.contactlists.${string}.export`;
  "v2.users.{id}.outbound.dnclists.{id}.export": `v2.users.${string}.outbound.dnclists.${string}.export`;
  "v2.users.{id}.outofoffice": `v2.users.${string}.outofoffice`;
  "v2.users.{id}.persistentconnection": `v2.users.${string}.persistentconnection`;
  "v2.users.{id}.presence": `v2.users.${string}.presence`;
  "v2.users.{id}.recordings": `v2.users.${string}.recordings`;
  "v2.users.{id}.routingStatus": `v2.users.${string}.routingStatus`;
  "v2.users.{id}.station": `v2.users.${string}.station`;
  "v2.users.{id}.tokens": `v2.users.${string}.tokens`;
  "v2.users.{id}.userrecordings": `v2.users.${string}.userrecordings`;
  "v2.users.{id}.voicemail.messages": `v2.users.${string}.voicemail.messages`;
  "v2.users.{id}.wem.coaching.notification": `v2.users.${string}.wem.coaching.notification`;
  "v2.users.{id}.wem.learning.assignment": `v2.users.${string}.wem.learning.assignment`;
  "v2.users.{id}.workforcemanagement.adherence": `v2.users.${string}.workforcemanagement.adherence`;
  "v2.users.{id}.workforcemanagement.adherence.explanations.jobs": `v2.users.${string}.workforcemanagement.adherence.explanations.jobs`;
  "v2.users.{id}.workforcemanagement.adherence.historical.agent": `v2.users.${string}.workforcemanagement.adherence.historical.agent`;
  "v2.users.{id}.workforcemanagement.adherence.historical.bulk": `v2.users.${string}.workforcemanagement.adherence.historical.bulk`;
  "v2.users.{id}.workforcemanagement.agentschedules.managementunit.search.complete": `v2.users.${string}.workforcemanagement.agentschedules.managementunit.search.complete`;
  "v2.users.{id}.workforcemanagement.alternative.shift.jobs": `v2.users.${string}.workforcemanagement.alternative.shift.jobs`;
  "v2.users.{id}.workforcemanagement.decisionmetrics.jobs": `v2.users.${string}.workforcemanagement.decisionmetrics.jobs`;
  "v2.users.{id}.workforcemanagement.historicaladherencequery": `v2.users.${string}.workforcemanagement.historicaladherencequery`;
  "v2.users.{id}.workforcemanagement.integrations.hris.timeofftypes.jobs": `v2.users.${string}.workforcemanagement.integrations.hris.timeofftypes.jobs`;
  "v2.users.{id}.workforcemanagement.notifications": `v2.users.${string}.workforcemanagement.notifications`;
  "v2.users.{id}.workforcemanagement.performanceprediction.schedules.recalculations": `v2.users.${string}.workforcemanagement.performanceprediction.schedules.recalculations`;
  "v2.users.{id}.workforcemanagement.schedules": `v2.users.${string}.workforcemanagement.schedules`;
  "v2.users.{id}.workforcemanagement.shift.trading.jobs": `v2.users.${string}.workforcemanagement.shift.trading.jobs`;
  "v2.users.{id}.workforcemanagement.shrinkage.jobs": `v2.users.${string}.workforcemanagement.shrinkage.jobs`;
  "v2.users.{id}.workforcemanagement.timeoffbalance.jobs": `v2.users.${string}.workforcemanagement.timeoffbalance.jobs`;
  "v2.users.{id}.workforcemanagement.timeoffrequests": `v2.users.${string}.workforcemanagement.timeoffrequests`;
  "v2.video.conferences.{id}": `v2.video.conferences.${string}`;
  "v2.webdeployments.configurations.{id}": `v2.webdeployments.configurations.${string}`;
  "v2.webdeployments.deployments.{id}": `v2.webdeployments.deployments.${string}`;
  "v2.webmessaging.deployments.{id}.undelivered.messages": `v2.webmessaging.deployments.${string}.undelivered.messages`;
  "v2.wem.learning.assignments.modules.{id}": `v2.wem.learning.assignments.modules.${string}`;
  "v2.workflows.{id}.conversations.inbound.typing.event": `v2.workflows.${string}.conversations.inbound.typing.event`;
  "v2.workforcemanagement.agents": `v2.workforcemanagement.agents`;
  "v2.workforcemanagement.agents.{id}.adherence.explanations": `v2.workforcemanagement.agents.${string}.adherence.explanations`;
  "v2.workforcemanagement.agents.opportunities": `v2.workforcemanagement.agents.opportunities`;
  "v2.workforcemanagement.businessunits.{id}.activityplans.jobs": `v2.workforcemanagement.businessunits.${string}.activityplans.jobs`;
  "v2.workforcemanagement.businessunits.{id}.activityplans.runs.jobs": `v2.workforcemanagement.businessunits.${string}.activityplans.runs.jobs`;
  "v2.workforcemanagement.businessunits.{id}.adherence.explanations": `v2.workforcemanagement.businessunits.${string}.adherence.explanations`;
  "v2.workforcemanagement.businessunits.{id}.capacityplans.{id}.staffingrequirements": `v2.workforcemanagement.businessunits.${string}.capacityplans.${string}.staffingrequirements`;
  "v2.workforcemanagement.businessunits.{id}.forecasts.staffingrequirement": `v2.workforcemanagement.businessunits.${string}.forecasts.staffingrequirement`;
  "v2.workforcemanagement.businessunits.{id}.main.forecast.export.forecast": `v2.workforcemanagement.businessunits.${string}.main.forecast.export.forecast`;
  "v2.workforcemanagement.businessunits.{id}.main.forecast.export.historical": `v2.workforcemanagement.businessunits.${string}.main.forecast.export.historical`;
  "v2.workforcemanagement.businessunits.{id}.main.forecast.export.snapshot": `v2.workforcemanagement.businessunits.${string}.main.forecast.export.snapshot`;
  "v2.workforcemanagement.businessunits.{id}.opportunities": `v2.workforcemanagement.businessunits.${string}.opportunities`;
  "v2.workforcemanagement.businessunits.{id}.schedulebids.{id}": `v2.workforcemanagement.businessunits.${string}.schedulebids.${string}`;
  "v2.workforcemanagement.businessunits.{id}.schedules": `v2.workforcemanagement.businessunits.${string}.schedules`;
  "v2.workforcemanagement.businessunits.{id}.scheduling.runs": `v2.workforcemanagement.businessunits.${string}.scheduling.runs`;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts": `v2.workforcemanagement.businessunits.${string}.shorttermforecasts`;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts.copy": `v2.workforcemanagement.businessunits.${string}.shorttermforecasts.copy`;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts.generate": `v2.workforcemanagement.businessunits.${string}.shorttermforecasts.generate`;
  "v2.workforcemanagement.businessunits.{id}.shorttermforecasts.import": `v2.workforcemanagement.businessunits.${string}.shorttermforecasts.import`;
  "v2.workforcemanagement.businessunits.{id}.workplanbids.{id}": `v2.workforcemanagement.businessunits.${string}.workplanbids.${string}`;
  "v2.workforcemanagement.historicaldata.delete.jobs": `v2.workforcemanagement.historicaldata.delete.jobs`;
  "v2.workforcemanagement.historicaldata.deletejob": `v2.workforcemanagement.historicaldata.deletejob`;
  "v2.workforcemanagement.historicaldata.status": `v2.workforcemanagement.historicaldata.status`;
  "v2.workforcemanagement.managementunits.{id}": `v2.workforcemanagement.managementunits.${string}`;
  "v2.workforcemanagement.managementunits.{id}.adherence": `v2.workforcemanagement.managementunits.${string}.adherence`;
  "v2.workforcemanagement.managementunits.{id}.agents.sync": `v2.workforcemanagement.managementunits.${string}.agents.sync`;
  "v2.workforcemanagement.managementunits.{id}.agentschedules.changed": `v2.workforcemanagement.managementunits.${string}.agentschedules.changed`;
  "v2.workforcemanagement.managementunits.{id}.schedules": `v2.workforcemanagement.managementunits.${string}.schedules`;
  "v2.workforcemanagement.managementunits.{id}.shifttrades.state.bulk": `v2.workforcemanagement.managementunits.${string}.shifttrades.state.bulk`;
  "v2.workforcemanagement.performanceprediction.schedules.{id}": `v2.workforcemanagement.performanceprediction.schedules.${string}`;
  "v2.workforcemanagement.teams.{id}.adherence": `v2.workforcemanagement.teams.${string}.adherence`;
  "v2.workforcemanagement.users.{id}.schedules.query": `v2.workforcemanagement.users.${string}.schedules.query`;
  "v2.workforcemanagement.users.{id}.schedules.search": `v2.workforcemanagement.users.${string}.schedules.search`;
}

/**
 * The payload (`eventBody`) of a topic string: the model of every pattern it matches (one, for real ids). A lookup
 * over the patterns rather than a chain of conditionals, so a whole `NotificationTopic` union stays cheap to check.
 */
export type NotificationTopicPayload<Topic extends string> = {
  [Pattern in keyof NotificationTopicPatterns]: Topic extends NotificationTopicTemplates[Pattern] ? NotificationTopicPatterns[Pattern] : never;
}[keyof NotificationTopicPatterns];

export interface AcdEndDetailEventTopicAcdEndEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "disconnectType"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "queueId"?: string;
  "divisionId"?: string;
  "acdOutcome"?: string;
  "answeredUserId"?: string;
  "requestedRoutings"?: Array<string>;
  "usedRouting"?: string;
  "requestedRoutingSkillIds"?: Array<string>;
  "requestedSkillExpressionIds"?: Array<string>;
  "requestedLanguageId"?: string;
  "requestedRoutingUserIds"?: Array<string>;
  "routingPriority"?: number;
  "connectedDurationMs"?: number;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
  "flowType"?: string;
}

export interface AcdStartDetailEventTopicAcdStartEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "queueId"?: string;
  "divisionId"?: string;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
  "routingPriority"?: number;
  "requestedRoutingSkillIds"?: Array<string>;
  "skillExpressionApplied"?: boolean;
}

export interface AcwDetailEventTopicAfterCallWorkEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "userId"?: string;
  "queueId"?: string;
  "wrapupCode"?: string;
  "wrapupNotes"?: string;
  "wrapupDurationMs"?: number;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface AdhocRecordingTopicConversationData {
  "id"?: string;
}

export interface AdhocRecordingTopicLockData {
  "lockedBy"?: AdhocRecordingTopicUserData;
  "dateCreated"?: string;
  "dateExpires"?: string;
}

export interface AdhocRecordingTopicRecordingDataV2 {
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "workspace"?: AdhocRecordingTopicWorkspaceData;
  "createdBy"?: AdhocRecordingTopicUserData;
  "contentType"?: string;
  "contentLength"?: number;
  "filename"?: string;
  "changeNumber"?: number;
  "dateUploaded"?: string;
  "uploadedBy"?: AdhocRecordingTopicUserData;
  "lockInfo"?: AdhocRecordingTopicLockData;
  "selfUri"?: string;
  "durationMillieconds"?: number;
  "conversation"?: AdhocRecordingTopicConversationData;
  "read"?: boolean;
}

export interface AdhocRecordingTopicUserData {
  "id"?: string;
  "name"?: string;
}

export interface AdhocRecordingTopicWorkspaceData {
  "id"?: string;
}

export interface AgentActivityChangedTopicAgentActivity {
  "id"?: string;
  "routingStatus"?: AgentActivityChangedTopicRoutingStatus;
  "presence"?: AgentActivityChangedTopicPresence;
  "outOfOffice"?: AgentActivityChangedTopicOutOfOffice;
  "activeQueueIds"?: Array<string>;
  "dateActiveQueuesChanged"?: string;
}

export interface AgentActivityChangedTopicOrganizationPresence {
  "id"?: string;
  "systemPresence"?: string;
}

export interface AgentActivityChangedTopicOutOfOffice {
  "active"?: boolean;
  "modifiedDate"?: string;
}

export interface AgentActivityChangedTopicPresence {
  "presenceDefinition"?: AgentActivityChangedTopicOrganizationPresence;
  "presenceMessage"?: string;
  "modifiedDate"?: string;
}

export interface AgentActivityChangedTopicRoutingStatus {
  "status"?: string;
  "startTime"?: string;
}

export interface AgentStateEventTopicAgentStateEventNotification {
  "conversationId"?: string;
  "sessionId"?: string;
  "sessionStart"?: number;
  "currentStateStart"?: number;
  "currentState"?: string;
  "userId"?: string;
  "originatingDirection"?: string;
  "mediaType"?: string;
  "queueId"?: string;
  "requestedLanguageId"?: string;
  "requestedSkillIds"?: Array<string>;
}

export interface ArchitectDependencyTrackingBuildNotificationClient {
  "id"?: string;
  "name"?: string;
}

export interface ArchitectDependencyTrackingBuildNotificationDependencyTrackingBuildNotification {
  "status"?: string;
  "user"?: ArchitectDependencyTrackingBuildNotificationUser;
  "client"?: ArchitectDependencyTrackingBuildNotificationClient;
  "startTime"?: string;
}

export interface ArchitectDependencyTrackingBuildNotificationHomeOrganization {
  "id"?: string;
  "name"?: string;
  "thirdPartyOrgName"?: string;
}

export interface ArchitectDependencyTrackingBuildNotificationUser {
  "id"?: string;
  "name"?: string;
  "homeOrg"?: ArchitectDependencyTrackingBuildNotificationHomeOrganization;
}

export interface ArchitectFlowNotificationArchitectOperation {
  "id"?: string;
  "complete"?: boolean;
  "user"?: ArchitectFlowNotificationUser;
  "client"?: ArchitectFlowNotificationClient;
  "actionName"?: string;
  "actionStatus"?: string;
  "errorMessage"?: string;
  "errorCode"?: string;
  "errorMessageParams"?: ArchitectFlowNotificationErrorMessageParams;
  "errorDetails"?: Array<ArchitectFlowNotificationErrorDetail>;
}

export interface ArchitectFlowNotificationClient {
  "id"?: string;
  "name"?: string;
}

export interface ArchitectFlowNotificationErrorDetail {
  "errorCode"?: string;
  "entityId"?: string;
  "entityName"?: string;
  "fieldName"?: string;
}

export interface ArchitectFlowNotificationErrorMessageParams {
  "additionalProperties"?: { [key: string]: string; };
}

export interface ArchitectFlowNotificationFlowNotification {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "deleted"?: boolean;
  "checkedInVersion"?: ArchitectFlowNotificationFlowVersion;
  "savedVersion"?: ArchitectFlowNotificationFlowVersion;
  "publishedVersion"?: ArchitectFlowNotificationFlowVersion;
  "currentOperation"?: ArchitectFlowNotificationArchitectOperation;
}

export interface ArchitectFlowNotificationFlowVersion {
  "id"?: string;
}

export interface ArchitectFlowNotificationHomeOrganization {
  "id"?: string;
  "name"?: string;
  "thirdPartyOrgName"?: string;
}

export interface ArchitectFlowNotificationUser {
  "id"?: string;
  "name"?: string;
  "homeOrg"?: ArchitectFlowNotificationHomeOrganization;
}

export interface ArchitectFlowOutcomeNotificationArchitectOperation {
  "id"?: string;
  "complete"?: boolean;
  "user"?: ArchitectFlowOutcomeNotificationUser;
  "client"?: ArchitectFlowOutcomeNotificationClient;
  "actionName"?: string;
  "actionStatus"?: string;
  "errorMessage"?: string;
  "errorCode"?: string;
  "errorMessageParams"?: ArchitectFlowOutcomeNotificationErrorMessageParams;
  "errorDetails"?: Array<ArchitectFlowOutcomeNotificationErrorDetail>;
}

export interface ArchitectFlowOutcomeNotificationClient {
  "id"?: string;
  "name"?: string;
}

export interface ArchitectFlowOutcomeNotificationErrorDetail {
  "errorCode"?: string;
  "entityId"?: string;
  "entityName"?: string;
  "fieldName"?: string;
}

export interface ArchitectFlowOutcomeNotificationErrorMessageParams {
  "additionalProperties"?: { [key: string]: string; };
}

export interface ArchitectFlowOutcomeNotificationFlowOutcomeNotification {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "currentOperation"?: ArchitectFlowOutcomeNotificationArchitectOperation;
}

export interface ArchitectFlowOutcomeNotificationHomeOrganization {
  "id"?: string;
  "name"?: string;
  "thirdPartyOrgName"?: string;
}

export interface ArchitectFlowOutcomeNotificationUser {
  "id"?: string;
  "name"?: string;
  "homeOrg"?: ArchitectFlowOutcomeNotificationHomeOrganization;
}

export interface ArchitectPromptNotificationArchitectOperation {
  "id"?: string;
  "complete"?: boolean;
  "user"?: ArchitectPromptNotificationUser;
  "client"?: ArchitectPromptNotificationClient;
  "actionName"?: string;
  "actionStatus"?: string;
  "errorMessage"?: string;
  "errorCode"?: string;
  "errorMessageParams"?: ArchitectPromptNotificationErrorMessageParams;
  "errorDetails"?: Array<ArchitectPromptNotificationErrorDetail>;
}

export interface ArchitectPromptNotificationClient {
  "id"?: string;
  "name"?: string;
}

export interface ArchitectPromptNotificationErrorDetail {
  "errorCode"?: string;
  "entityId"?: string;
  "entityName"?: string;
  "fieldName"?: string;
}

export interface ArchitectPromptNotificationErrorMessageParams {
  "additionalProperties"?: { [key: string]: string; };
}

export interface ArchitectPromptNotificationHomeOrganization {
  "id"?: string;
  "name"?: string;
  "thirdPartyOrgName"?: string;
}

export interface ArchitectPromptNotificationPromptNotification {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "currentOperation"?: ArchitectPromptNotificationArchitectOperation;
}

export interface ArchitectPromptNotificationUser {
  "id"?: string;
  "name"?: string;
  "homeOrg"?: ArchitectPromptNotificationHomeOrganization;
}

export interface ArchitectPromptResourceNotificationPromptResourceAudioFormat {
  "channels"?: number;
  "bitsPerSample"?: number;
  "sampleRate"?: number;
  "encoding"?: string;
}

export interface ArchitectPromptResourceNotificationPromptResourceNotification {
  "promptId"?: string;
  "id"?: string;
  "language"?: string;
  "mediaUri"?: string;
  "uploadStatus"?: string;
  "durationSeconds"?: number;
  "audioFormat"?: ArchitectPromptResourceNotificationPromptResourceAudioFormat;
}

export interface ArchitectSystemPromptResourceNotificationPromptResourceAudioFormat {
  "channels"?: number;
  "bitsPerSample"?: number;
  "sampleRate"?: number;
  "encoding"?: string;
}

export interface ArchitectSystemPromptResourceNotificationSystemPromptResourceNotification {
  "promptId"?: string;
  "id"?: string;
  "language"?: string;
  "mediaUri"?: string;
  "uploadStatus"?: string;
  "durationSeconds"?: number;
  "audioFormat"?: ArchitectSystemPromptResourceNotificationPromptResourceAudioFormat;
}

export interface AttributeDetailEventTopicAttributeUpdateEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "attributes"?: { [key: string]: string; };
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "communications"?: Array<AttributeDetailEventTopicCommunication>;
}

export interface AttributeDetailEventTopicCommunication {
  "id"?: string;
  "mediaType"?: string;
}

export interface AuditTopicAddressableEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface AuditTopicAuditLogMessage {
  "id"?: string;
  "userId"?: string;
  "userHomeOrgId"?: string;
  "username"?: AuditTopicDomainEntityRef;
  "userDisplay"?: string;
  "clientId"?: AuditTopicAddressableEntityRef;
  "remoteIp"?: Array<string>;
  "serviceName"?: string;
  "level"?: string;
  "eventTime"?: string;
  "message"?: AuditTopicMessageInfo;
  "action"?: string;
  "entityType"?: string;
  "entity"?: AuditTopicDomainEntityRef;
  "propertyChanges"?: Array<AuditTopicPropertyChange>;
  "context"?: { [key: string]: string; };
}

export interface AuditTopicDomainEntityRef {
  "id"?: string;
  "name"?: string;
  "selfUri"?: string;
}

export interface AuditTopicMessageInfo {
  "localizableMessageCode"?: string;
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface AuditTopicPropertyChange {
  "property"?: string;
  "oldValues"?: Array<string>;
  "newValues"?: Array<string>;
}

export interface CallForwardingEventCall {
  "targets"?: Array<CallForwardingEventTarget>;
}

export interface CallForwardingEventCallForwarding {
  "user"?: CallForwardingEventUser;
  "enabled"?: boolean;
  "calls"?: Array<CallForwardingEventCall>;
  "voicemail"?: string;
  "modifiedDate"?: string;
}

export interface CallForwardingEventTarget {
  "type"?: string;
  "value"?: string;
}

export interface CallForwardingEventUser {
  "id"?: string;
}

export interface CapacityPlanningRequirementsResultTopicBusinessUnit {
  "id"?: string;
}

export interface CapacityPlanningRequirementsResultTopicCapacityPlanReference {
  "id"?: string;
}

export interface CapacityPlanningRequirementsResultTopicStaffingRequirementsNotification {
  "capacityPlan"?: CapacityPlanningRequirementsResultTopicCapacityPlanReference;
  "businessUnit"?: CapacityPlanningRequirementsResultTopicBusinessUnit;
  "status"?: string;
  "referenceBusinessUnitDate"?: string;
  "granularity"?: string;
  "downloadUrl"?: string;
  "errorCode"?: string;
}

export interface ChatBadgeTopicBadgeEntity {
  "jabberId"?: string;
}

export interface ChatBadgeTopicChatBadge {
  "entity"?: ChatBadgeTopicBadgeEntity;
  "unreadCount"?: number;
  "lastUnreadNotificationDate"?: string;
}

export interface CollaborateChatAdhocMessageEventTopicCollaborateChatEntity {
  "entityJid"?: string;
  "entityId"?: string;
  "entityType"?: string;
}

export interface CollaborateChatAdhocMessageEventTopicCollaborateChatMessage {
  "messageId"?: string;
  "created"?: string;
  "actionType"?: string;
  "body"?: string;
  "from"?: CollaborateChatAdhocMessageEventTopicCollaborateChatEntity;
  "to"?: CollaborateChatAdhocMessageEventTopicCollaborateChatEntity;
  "mentions"?: Array<CollaborateChatAdhocMessageEventTopicCollaborateChatEntity>;
  "notifyAll"?: boolean;
  "reactions"?: { [key: string]: Array<string>; };
}

export interface CollaborateChatGroupMessageEventTopicCollaborateChatEntity {
  "entityJid"?: string;
  "entityId"?: string;
  "entityType"?: string;
}

export interface CollaborateChatGroupMessageEventTopicCollaborateChatMessage {
  "messageId"?: string;
  "created"?: string;
  "actionType"?: string;
  "body"?: string;
  "from"?: CollaborateChatGroupMessageEventTopicCollaborateChatEntity;
  "to"?: CollaborateChatGroupMessageEventTopicCollaborateChatEntity;
  "mentions"?: Array<CollaborateChatGroupMessageEventTopicCollaborateChatEntity>;
  "notifyAll"?: boolean;
  "reactions"?: { [key: string]: Array<string>; };
}

export interface ContactDetailEventTopicContactUpdateEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "externalOrganizationId"?: string;
  "externalContactId"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "divisionId"?: string;
  "utilizationLabel"?: string;
}

export interface ContactlistDownloadReadyExportUri {
  "uri"?: string;
  "exportTimestamp"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface ContactlistImportStatusImportStatus {
  "importState"?: string;
  "totalRecords"?: number;
  "completedRecords"?: number;
  "percentageComplete"?: number;
  "failureReason"?: string;
  "targetContactListIds"?: Array<string>;
  "listNamePrefix"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface ContentManagementSingleDocumentTopicDocumentDataV2 {
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "workspace"?: ContentManagementSingleDocumentTopicWorkspaceData;
  "createdBy"?: ContentManagementSingleDocumentTopicUserData;
  "contentType"?: string;
  "contentLength"?: number;
  "filename"?: string;
  "changeNumber"?: number;
  "dateUploaded"?: string;
  "uploadedBy"?: ContentManagementSingleDocumentTopicUserData;
  "lockInfo"?: ContentManagementSingleDocumentTopicLockData;
  "selfUri"?: string;
}

export interface ContentManagementSingleDocumentTopicLockData {
  "lockedBy"?: ContentManagementSingleDocumentTopicUserData;
  "dateCreated"?: string;
  "dateExpires"?: string;
}

export interface ContentManagementSingleDocumentTopicUserData {
  "id"?: string;
  "name"?: string;
}

export interface ContentManagementSingleDocumentTopicWorkspaceData {
  "id"?: string;
}

export interface ContentManagementWorkspaceDocumentsTopicDocumentDataV2 {
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "workspace"?: ContentManagementWorkspaceDocumentsTopicWorkspaceData;
  "createdBy"?: ContentManagementWorkspaceDocumentsTopicUserData;
  "contentType"?: string;
  "contentLength"?: number;
  "filename"?: string;
  "changeNumber"?: number;
  "dateUploaded"?: string;
  "uploadedBy"?: ContentManagementWorkspaceDocumentsTopicUserData;
  "lockInfo"?: ContentManagementWorkspaceDocumentsTopicLockData;
  "selfUri"?: string;
}

export interface ContentManagementWorkspaceDocumentsTopicLockData {
  "lockedBy"?: ContentManagementWorkspaceDocumentsTopicUserData;
  "dateCreated"?: string;
  "dateExpires"?: string;
}

export interface ContentManagementWorkspaceDocumentsTopicUserData {
  "id"?: string;
  "name"?: string;
}

export interface ContentManagementWorkspaceDocumentsTopicWorkspaceData {
  "id"?: string;
}

export interface ConversationCallEventTopicCallConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationCallEventTopicCallMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationCallEventTopicConversationDivisionMembership>;
  "recordingState"?: string;
  "securePause"?: boolean;
  "maxParticipants"?: number;
}

export interface ConversationCallEventTopicCallMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationCallEventTopicUriReference;
  "queue"?: ConversationCallEventTopicUriReference;
  "team"?: ConversationCallEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationCallEventTopicErrorBody;
  "script"?: ConversationCallEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationCallEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationCallEventTopicUriReference;
  "wrapup"?: ConversationCallEventTopicWrapup;
  "conversationRoutingData"?: ConversationCallEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationCallEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationCallEventTopicQueueMediaSettings;
  "muted"?: boolean;
  "confined"?: boolean;
  "recording"?: boolean;
  "recordingState"?: string;
  "recordersState"?: ConversationCallEventTopicRecordersState;
  "disposition"?: ConversationCallEventTopicDisposition;
  "transferSource"?: string;
  "securePause"?: boolean;
  "group"?: ConversationCallEventTopicUriReference;
  "ani"?: string;
  "dnis"?: string;
  "documentId"?: string;
  "monitoredParticipantId"?: string;
  "coachedParticipantId"?: string;
  "bargedParticipantId"?: string;
  "bargedTime"?: string;
  "consultParticipantId"?: string;
  "faxStatus"?: ConversationCallEventTopicFaxStatus;
  "publicIpAddress"?: string;
}

export interface ConversationCallEventTopicConversationDivisionMembership {
  "division"?: ConversationCallEventTopicDomainEntityRef;
  "entities"?: Array<ConversationCallEventTopicDivisionEntityRef>;
}

export interface ConversationCallEventTopicConversationRoutingData {
  "queue"?: ConversationCallEventTopicUriReference;
  "language"?: ConversationCallEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationCallEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationCallEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationCallEventTopicUriReference;
}

export interface ConversationCallEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationCallEventTopicDisposition {
  "name"?: string;
  "analyzer"?: string;
  "amdTimeout"?: ConversationCallEventTopicDispositionAmdTimeout;
  "silentCallTimeout"?: ConversationCallEventTopicDispositionSilentCallTimeout;
}

export interface ConversationCallEventTopicDispositionAmdTimeout {
  "timeoutMs"?: number;
  "timerStartEvent"?: string;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface ConversationCallEventTopicDispositionSilentCallTimeout {
  "timeoutMs"?: number;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface ConversationCallEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationCallEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationCallEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationCallEventTopicDetail>;
  "errors"?: Array<ConversationCallEventTopicErrorBody>;
  "limit"?: ConversationCallEventTopicLimit;
}

export interface ConversationCallEventTopicFaxStatus {
  "direction"?: string;
  "expectedPages"?: number;
  "activePage"?: number;
  "linesTransmitted"?: number;
  "bytesTransmitted"?: number;
  "dataRate"?: number;
  "pageErrors"?: number;
  "lineErrors"?: number;
}

export interface ConversationCallEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationCallEventTopicJourneyActionMap;
}

export interface ConversationCallEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationCallEventTopicJourneyContext {
  "customer"?: ConversationCallEventTopicJourneyCustomer;
  "customerSession"?: ConversationCallEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationCallEventTopicJourneyAction;
}

export interface ConversationCallEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationCallEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationCallEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationCallEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationCallEventTopicRecordersState {
  "adhocState"?: string;
  "customerExperienceState"?: string;
  "agentExperienceState"?: string;
  "snippetState"?: string;
}

export interface ConversationCallEventTopicScoredAgent {
  "agent"?: ConversationCallEventTopicUriReference;
  "score"?: number;
}

export interface ConversationCallEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationCallEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationCallbackEventTopicCallbackConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationCallbackEventTopicCallbackMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationCallbackEventTopicConversationDivisionMembership>;
}

export interface ConversationCallbackEventTopicCallbackMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationCallbackEventTopicUriReference;
  "queue"?: ConversationCallbackEventTopicUriReference;
  "team"?: ConversationCallbackEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationCallbackEventTopicErrorBody;
  "script"?: ConversationCallbackEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationCallbackEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationCallbackEventTopicUriReference;
  "wrapup"?: ConversationCallbackEventTopicWrapup;
  "conversationRoutingData"?: ConversationCallbackEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationCallbackEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationCallbackEventTopicQueueMediaSettings;
  "outboundPreview"?: ConversationCallbackEventTopicDialerPreview;
  "voicemail"?: ConversationCallbackEventTopicVoicemail;
  "callbackNumbers"?: Array<string>;
  "callbackUserName"?: string;
  "skipEnabled"?: boolean;
  "externalCampaign"?: boolean;
  "timeoutSeconds"?: number;
  "callbackScheduledTime"?: string;
  "automatedCallbackConfigId"?: string;
}

export interface ConversationCallbackEventTopicConversationDivisionMembership {
  "division"?: ConversationCallbackEventTopicDomainEntityRef;
  "entities"?: Array<ConversationCallbackEventTopicDivisionEntityRef>;
}

export interface ConversationCallbackEventTopicConversationRoutingData {
  "queue"?: ConversationCallbackEventTopicUriReference;
  "language"?: ConversationCallbackEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationCallbackEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationCallbackEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationCallbackEventTopicUriReference;
}

export interface ConversationCallbackEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationCallbackEventTopicDialerPreview {
  "id"?: string;
  "contactId"?: string;
  "contactListId"?: string;
  "campaignId"?: string;
  "phoneNumberColumns"?: Array<ConversationCallbackEventTopicPhoneNumberColumn>;
}

export interface ConversationCallbackEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationCallbackEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationCallbackEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationCallbackEventTopicDetail>;
  "errors"?: Array<ConversationCallbackEventTopicErrorBody>;
  "limit"?: ConversationCallbackEventTopicLimit;
}

export interface ConversationCallbackEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationCallbackEventTopicJourneyActionMap;
}

export interface ConversationCallbackEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationCallbackEventTopicJourneyContext {
  "customer"?: ConversationCallbackEventTopicJourneyCustomer;
  "customerSession"?: ConversationCallbackEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationCallbackEventTopicJourneyAction;
}

export interface ConversationCallbackEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationCallbackEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationCallbackEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationCallbackEventTopicPhoneNumberColumn {
  "columnName"?: string;
  "type"?: string;
}

export interface ConversationCallbackEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationCallbackEventTopicScoredAgent {
  "agent"?: ConversationCallbackEventTopicUriReference;
  "score"?: number;
}

export interface ConversationCallbackEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationCallbackEventTopicVoicemail {
  "id"?: string;
  "uploadStatus"?: string;
}

export interface ConversationCallbackEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationChatEventTopicChatConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationChatEventTopicChatMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationChatEventTopicConversationDivisionMembership>;
}

export interface ConversationChatEventTopicChatMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationChatEventTopicUriReference;
  "queue"?: ConversationChatEventTopicUriReference;
  "team"?: ConversationChatEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationChatEventTopicErrorBody;
  "script"?: ConversationChatEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationChatEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationChatEventTopicUriReference;
  "wrapup"?: ConversationChatEventTopicWrapup;
  "conversationRoutingData"?: ConversationChatEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationChatEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationChatEventTopicQueueMediaSettings;
  "roomId"?: string;
  "avatarImageUrl"?: string;
}

export interface ConversationChatEventTopicConversationDivisionMembership {
  "division"?: ConversationChatEventTopicDomainEntityRef;
  "entities"?: Array<ConversationChatEventTopicDivisionEntityRef>;
}

export interface ConversationChatEventTopicConversationRoutingData {
  "queue"?: ConversationChatEventTopicUriReference;
  "language"?: ConversationChatEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationChatEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationChatEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationChatEventTopicUriReference;
}

export interface ConversationChatEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationChatEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationChatEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationChatEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationChatEventTopicDetail>;
  "errors"?: Array<ConversationChatEventTopicErrorBody>;
  "limit"?: ConversationChatEventTopicLimit;
}

export interface ConversationChatEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationChatEventTopicJourneyActionMap;
}

export interface ConversationChatEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationChatEventTopicJourneyContext {
  "customer"?: ConversationChatEventTopicJourneyCustomer;
  "customerSession"?: ConversationChatEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationChatEventTopicJourneyAction;
}

export interface ConversationChatEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationChatEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationChatEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationChatEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationChatEventTopicScoredAgent {
  "agent"?: ConversationChatEventTopicUriReference;
  "score"?: number;
}

export interface ConversationChatEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationChatEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationChecklistTopicAgentChecklistActivationTrigger {
  "triggerType"?: string;
  "triggerDate"?: string;
  "intentName"?: string;
  "intentId"?: string;
}

export interface ConversationChecklistTopicAgentChecklistItemState {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "stateFromModel"?: string;
  "stateFromAgent"?: string;
  "dateLastModifiedByModel"?: string;
  "dateLastModifiedByAgent"?: string;
  "automatedCheckEnabled"?: boolean;
  "important"?: boolean;
  "lastModifiedInAcw"?: boolean;
}

export interface ConversationChecklistTopicAgentChecklistRuntimeEventBody {
  "evaluationStartDate"?: string;
  "evaluationLastModifiedDate"?: string;
  "evaluationFinalizedDate"?: string;
  "evaluationFinalizedWithAcwDate"?: string;
  "conversationId"?: string;
  "communicationId"?: string;
  "agentChecklistId"?: string;
  "name"?: string;
  "language"?: string;
  "agentId"?: string;
  "participantId"?: string;
  "queueId"?: string;
  "assistantId"?: string;
  "mediaType"?: string;
  "direction"?: string;
  "status"?: string;
  "exitReason"?: string;
  "activationTriggers"?: Array<ConversationChecklistTopicAgentChecklistActivationTrigger>;
  "conversationContext"?: Array<ConversationChecklistTopicConversationContextTurnInfo>;
  "agentChecklistItems"?: Array<ConversationChecklistTopicAgentChecklistItemState>;
}

export interface ConversationChecklistTopicConversationContextTurnInfo {
  "id"?: string;
  "participant"?: string;
}

export interface ConversationCobrowseEventTopicCobrowseConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationCobrowseEventTopicCobrowseMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationCobrowseEventTopicConversationDivisionMembership>;
}

export interface ConversationCobrowseEventTopicCobrowseMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationCobrowseEventTopicUriReference;
  "queue"?: ConversationCobrowseEventTopicUriReference;
  "team"?: ConversationCobrowseEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationCobrowseEventTopicErrorBody;
  "script"?: ConversationCobrowseEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationCobrowseEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationCobrowseEventTopicUriReference;
  "wrapup"?: ConversationCobrowseEventTopicWrapup;
  "conversationRoutingData"?: ConversationCobrowseEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationCobrowseEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationCobrowseEventTopicQueueMediaSettings;
  "cobrowseSessionId"?: string;
  "cobrowseRole"?: string;
  "viewerUrl"?: string;
  "providerEventTime"?: string;
  "controlling"?: Array<string>;
}

export interface ConversationCobrowseEventTopicConversationDivisionMembership {
  "division"?: ConversationCobrowseEventTopicDomainEntityRef;
  "entities"?: Array<ConversationCobrowseEventTopicDivisionEntityRef>;
}

export interface ConversationCobrowseEventTopicConversationRoutingData {
  "queue"?: ConversationCobrowseEventTopicUriReference;
  "language"?: ConversationCobrowseEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationCobrowseEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationCobrowseEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationCobrowseEventTopicUriReference;
}

export interface ConversationCobrowseEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationCobrowseEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationCobrowseEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationCobrowseEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationCobrowseEventTopicDetail>;
  "errors"?: Array<ConversationCobrowseEventTopicErrorBody>;
  "limit"?: ConversationCobrowseEventTopicLimit;
}

export interface ConversationCobrowseEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationCobrowseEventTopicJourneyActionMap;
}

export interface ConversationCobrowseEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationCobrowseEventTopicJourneyContext {
  "customer"?: ConversationCobrowseEventTopicJourneyCustomer;
  "customerSession"?: ConversationCobrowseEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationCobrowseEventTopicJourneyAction;
}

export interface ConversationCobrowseEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationCobrowseEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationCobrowseEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationCobrowseEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationCobrowseEventTopicScoredAgent {
  "agent"?: ConversationCobrowseEventTopicUriReference;
  "score"?: number;
}

export interface ConversationCobrowseEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationCobrowseEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationDetailsDatalakeAvailabilityTopicDataAvailabilityChangeNotification {
  "dataAvailabilityDate"?: string;
}

export interface ConversationEmailEventTopicAttachment {
  "attachmentId"?: string;
  "name"?: string;
  "contentUri"?: string;
  "contentType"?: string;
  "contentLength"?: number;
}

export interface ConversationEmailEventTopicConversationDivisionMembership {
  "division"?: ConversationEmailEventTopicDomainEntityRef;
  "entities"?: Array<ConversationEmailEventTopicDivisionEntityRef>;
}

export interface ConversationEmailEventTopicConversationRoutingData {
  "queue"?: ConversationEmailEventTopicUriReference;
  "language"?: ConversationEmailEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationEmailEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationEmailEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationEmailEventTopicUriReference;
}

export interface ConversationEmailEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationEmailEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationEmailEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationEmailEventTopicEmailConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationEmailEventTopicEmailMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationEmailEventTopicConversationDivisionMembership>;
}

export interface ConversationEmailEventTopicEmailMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationEmailEventTopicUriReference;
  "queue"?: ConversationEmailEventTopicUriReference;
  "team"?: ConversationEmailEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationEmailEventTopicErrorBody;
  "script"?: ConversationEmailEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationEmailEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationEmailEventTopicUriReference;
  "wrapup"?: ConversationEmailEventTopicWrapup;
  "conversationRoutingData"?: ConversationEmailEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationEmailEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationEmailEventTopicQueueMediaSettings;
  "subject"?: string;
  "messagesSent"?: number;
  "autoGenerated"?: boolean;
  "messageId"?: string;
  "draftAttachments"?: Array<ConversationEmailEventTopicAttachment>;
  "spam"?: boolean;
}

export interface ConversationEmailEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationEmailEventTopicDetail>;
  "errors"?: Array<ConversationEmailEventTopicErrorBody>;
  "limit"?: ConversationEmailEventTopicLimit;
}

export interface ConversationEmailEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationEmailEventTopicJourneyActionMap;
}

export interface ConversationEmailEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationEmailEventTopicJourneyContext {
  "customer"?: ConversationEmailEventTopicJourneyCustomer;
  "customerSession"?: ConversationEmailEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationEmailEventTopicJourneyAction;
}

export interface ConversationEmailEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationEmailEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationEmailEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationEmailEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationEmailEventTopicScoredAgent {
  "agent"?: ConversationEmailEventTopicUriReference;
  "score"?: number;
}

export interface ConversationEmailEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationEmailEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationEventTopicAddress {
  "name"?: string;
  "nameRaw"?: string;
  "addressNormalized"?: string;
  "addressRaw"?: string;
  "addressDisplayable"?: string;
}

export interface ConversationEventTopicAfterCallWork {
  "state"?: string;
  "startTime"?: string;
  "endTime"?: string;
}

export interface ConversationEventTopicAttachment {
  "attachmentId"?: string;
  "name"?: string;
  "contentUri"?: string;
  "contentType"?: string;
  "contentLength"?: number;
}

export interface ConversationEventTopicCall {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "recording"?: boolean;
  "recordingState"?: string;
  "recordersState"?: ConversationEventTopicRecordersState;
  "muted"?: boolean;
  "confined"?: boolean;
  "held"?: boolean;
  "securePause"?: boolean;
  "errorInfo"?: ConversationEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "direction"?: string;
  "documentId"?: string;
  "self"?: ConversationEventTopicAddress;
  "other"?: ConversationEventTopicAddress;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "disconnectReasons"?: Array<ConversationEventTopicDisconnectReason>;
  "faxStatus"?: ConversationEventTopicFaxStatus;
  "uuiData"?: string;
  "bargedTime"?: string;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
  "disposition"?: ConversationEventTopicDisposition;
  "transferSource"?: string;
  "publicIpAddress"?: string;
}

export interface ConversationEventTopicCallback {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "direction"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "dialerPreview"?: ConversationEventTopicDialerPreview;
  "voicemail"?: ConversationEventTopicVoicemail;
  "callbackNumbers"?: Array<string>;
  "callbackUserName"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "externalCampaign"?: boolean;
  "skipEnabled"?: boolean;
  "provider"?: string;
  "timeoutSeconds"?: number;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "callbackScheduledTime"?: string;
  "automatedCallbackConfigId"?: string;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "callerId"?: string;
  "callerIdName"?: string;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
}

export interface ConversationEventTopicChat {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "roomId"?: string;
  "avatarImageUrl"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "journeyContext"?: ConversationEventTopicJourneyContext;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
}

export interface ConversationEventTopicCobrowse {
  "state"?: string;
  "initialState"?: string;
  "disconnectType"?: string;
  "id"?: string;
  "self"?: ConversationEventTopicAddress;
  "roomId"?: string;
  "cobrowseSessionId"?: string;
  "cobrowseRole"?: string;
  "controlling"?: Array<string>;
  "viewerUrl"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "providerEventTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
}

export interface ConversationEventTopicConversation {
  "id"?: string;
  "maxParticipants"?: number;
  "participants"?: Array<ConversationEventTopicParticipant>;
  "recentTransfers"?: Array<ConversationEventTopicTransferResponse>;
  "recordingState"?: string;
  "address"?: string;
  "externalTag"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "securePause"?: boolean;
  "inactivityTimeout"?: string;
  "associatedConversation"?: ConversationEventTopicDomainEntityRef;
  "consultationConversations"?: Array<ConversationEventTopicDomainEntityRef>;
  "divisions"?: Array<ConversationEventTopicConversationDivisionMembership>;
}

export interface ConversationEventTopicConversationDivisionMembership {
  "division"?: ConversationEventTopicDomainEntityRef;
  "entities"?: Array<ConversationEventTopicDivisionEntityRef>;
}

export interface ConversationEventTopicConversationRoutingData {
  "queue"?: ConversationEventTopicUriReference;
  "language"?: ConversationEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationEventTopicUriReference;
}

export interface ConversationEventTopicDialerPreview {
  "id"?: string;
  "contactId"?: string;
  "contactListId"?: string;
  "campaignId"?: string;
  "phoneNumberColumns"?: Array<ConversationEventTopicPhoneNumberColumn>;
}

export interface ConversationEventTopicDisconnectReason {
  "type"?: string;
  "code"?: number;
  "phrase"?: string;
  "reason"?: string;
}

export interface ConversationEventTopicDisposition {
  "name"?: string;
  "analyzer"?: string;
  "amdTimeout"?: ConversationEventTopicDispositionAmdTimeout;
  "silentCallTimeout"?: ConversationEventTopicDispositionSilentCallTimeout;
}

export interface ConversationEventTopicDispositionAmdTimeout {
  "timeoutMs"?: number;
  "timerStartEvent"?: string;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface ConversationEventTopicDispositionSilentCallTimeout {
  "timeoutMs"?: number;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface ConversationEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationEventTopicEmail {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "held"?: boolean;
  "autoGenerated"?: boolean;
  "subject"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "messagesSent"?: number;
  "errorInfo"?: ConversationEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "messageId"?: string;
  "direction"?: string;
  "draftAttachments"?: Array<ConversationEventTopicAttachment>;
  "spam"?: boolean;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface ConversationEventTopicErrorDetails {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "uri"?: string;
}

export interface ConversationEventTopicFaxStatus {
  "direction"?: string;
  "expectedPages"?: number;
  "activePage"?: number;
  "linesTransmitted"?: number;
  "bytesTransmitted"?: number;
  "baudRate"?: number;
  "pageErrors"?: number;
  "lineErrors"?: number;
}

export interface ConversationEventTopicInternalMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "sourceUserId"?: string;
  "toAddress"?: ConversationEventTopicAddress;
  "fromAddress"?: ConversationEventTopicAddress;
  "messages"?: Array<ConversationEventTopicInternalMessageDetails>;
}

export interface ConversationEventTopicInternalMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
}

export interface ConversationEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationEventTopicJourneyActionMap;
}

export interface ConversationEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationEventTopicJourneyContext {
  "customer"?: ConversationEventTopicJourneyCustomer;
  "customerSession"?: ConversationEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationEventTopicJourneyAction;
}

export interface ConversationEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationEventTopicMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "held"?: boolean;
  "errorInfo"?: ConversationEventTopicErrorDetails;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "toAddress"?: ConversationEventTopicAddress;
  "fromAddress"?: ConversationEventTopicAddress;
  "messages"?: Array<ConversationEventTopicMessageDetails>;
  "messagesTranscriptUri"?: string;
  "type"?: string;
  "recipientCountry"?: string;
  "recipientType"?: string;
  "journeyContext"?: ConversationEventTopicJourneyContext;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "engagementSource"?: string;
  "byoSmsIntegrationId"?: string;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface ConversationEventTopicMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
  "messageStatus"?: string;
  "messageSegmentCount"?: number;
  "media"?: Array<ConversationEventTopicMessageMedia>;
  "errorInfo"?: ConversationEventTopicErrorDetails;
  "stickers"?: Array<ConversationEventTopicMessageSticker>;
  "messageMetadata"?: ConversationEventTopicMessageMetadata;
  "socialVisibility"?: string;
}

export interface ConversationEventTopicMessageMedia {
  "url"?: string;
  "mediaType"?: string;
  "contentLengthBytes"?: number;
  "name"?: string;
  "id"?: string;
}

export interface ConversationEventTopicMessageMetadata {
  "type"?: string;
  "events"?: Array<ConversationEventTopicMessageMetadataEvent>;
  "content"?: Array<ConversationEventTopicMessageMetadataContent>;
}

export interface ConversationEventTopicMessageMetadataContent {
  "contentType"?: string;
  "subType"?: string;
}

export interface ConversationEventTopicMessageMetadataEvent {
  "eventType"?: string;
  "subType"?: string;
}

export interface ConversationEventTopicMessageSticker {
  "url"?: string;
  "id"?: string;
}

export interface ConversationEventTopicParticipant {
  "id"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "externalContactInitialDivisionId"?: string;
  "externalOrganizationId"?: string;
  "name"?: string;
  "queueId"?: string;
  "groupId"?: string;
  "teamId"?: string;
  "purpose"?: string;
  "consultParticipantId"?: string;
  "address"?: string;
  "wrapupRequired"?: boolean;
  "wrapupExpected"?: boolean;
  "wrapupPrompt"?: string;
  "wrapupTimeoutMs"?: number;
  "wrapup"?: ConversationEventTopicWrapup;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "conversationRoutingData"?: ConversationEventTopicConversationRoutingData;
  "alertingTimeoutMs"?: number;
  "monitoredParticipantId"?: string;
  "screenMonitoredParticipantId"?: string;
  "coachedParticipantId"?: string;
  "bargedParticipantId"?: string;
  "mediaRoles"?: Array<string>;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "attributes"?: { [key: string]: string; };
  "calls"?: Array<ConversationEventTopicCall>;
  "callbacks"?: Array<ConversationEventTopicCallback>;
  "chats"?: Array<ConversationEventTopicChat>;
  "cobrowsesessions"?: Array<ConversationEventTopicCobrowse>;
  "emails"?: Array<ConversationEventTopicEmail>;
  "messages"?: Array<ConversationEventTopicMessage>;
  "internalMessages"?: Array<ConversationEventTopicInternalMessage>;
  "screenMonitorings"?: Array<ConversationEventTopicScreenMonitoring>;
  "screenshares"?: Array<ConversationEventTopicScreenShare>;
  "socialExpressions"?: Array<ConversationEventTopicSocialExpression>;
  "videos"?: Array<ConversationEventTopicVideo>;
  "workflow"?: ConversationEventTopicWorkflow;
}

export interface ConversationEventTopicPhoneNumberColumn {
  "columnName"?: string;
  "type"?: string;
}

export interface ConversationEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationEventTopicRecordersState {
  "adhocState"?: string;
  "customerExperienceState"?: string;
  "agentExperienceState"?: string;
  "snippetState"?: string;
}

export interface ConversationEventTopicScoredAgent {
  "agent"?: ConversationEventTopicUriReference;
  "score"?: number;
}

export interface ConversationEventTopicScreenMonitoring {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "screenMonitoringId"?: string;
  "monitoringType"?: string;
  "count"?: number;
}

export interface ConversationEventTopicScreenShare {
  "state"?: string;
  "initialState"?: string;
  "self"?: ConversationEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "sharing"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "peerCount"?: number;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
}

export interface ConversationEventTopicSocialExpression {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "socialMediaId"?: string;
  "socialMediaHub"?: string;
  "socialUserName"?: string;
  "previewText"?: string;
  "recordingId"?: string;
  "held"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
}

export interface ConversationEventTopicTransferDestination {
  "userId"?: string;
  "address"?: string;
}

export interface ConversationEventTopicTransferInitiator {
  "userId"?: string;
}

export interface ConversationEventTopicTransferModifedBy {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationEventTopicTransferResponse {
  "id"?: string;
  "state"?: string;
  "dateIssued"?: string;
  "initiator"?: ConversationEventTopicTransferInitiator;
  "modifiedBy"?: ConversationEventTopicTransferModifedBy;
  "destination"?: ConversationEventTopicTransferDestination;
  "transferType"?: string;
}

export interface ConversationEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationEventTopicVideo {
  "state"?: string;
  "initialState"?: string;
  "self"?: ConversationEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "audioMuted"?: boolean;
  "videoMuted"?: boolean;
  "sharingScreen"?: boolean;
  "peerCount"?: number;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "msids"?: Array<string>;
  "wrapup"?: ConversationEventTopicWrapup;
  "afterCallWork"?: ConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: ConversationEventTopicQueueMediaSettings;
}

export interface ConversationEventTopicVoicemail {
  "id"?: string;
  "uploadStatus"?: string;
}

export interface ConversationEventTopicWorkflow {
  "workflowId"?: string;
}

export interface ConversationEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationIntentSuggestionsTopicIntentSuggestionEvent {
  "eventTime"?: string;
  "conversationId"?: string;
  "suggestionId"?: string;
  "state"?: string;
  "triggerType"?: string;
  "engagementType"?: string;
  "feedback"?: ConversationIntentSuggestionsTopicSuggestionFeedback;
  "activeIntent"?: ConversationIntentSuggestionsTopicSuggestedIntent;
  "conversationIntents"?: { [key: string]: ConversationIntentSuggestionsTopicSuggestedIntent; };
  "context"?: ConversationIntentSuggestionsTopicSuggestionContext;
}

export interface ConversationIntentSuggestionsTopicQueryReformulationContext {
  "knowledgeClassification"?: string;
  "reformulatedQuery"?: string;
}

export interface ConversationIntentSuggestionsTopicSuggestedIntent {
  "intent"?: string;
  "intentId"?: string;
  "confidence"?: number;
  "detectedSlots"?: Array<ConversationIntentSuggestionsTopicSuggestedIntentSlot>;
}

export interface ConversationIntentSuggestionsTopicSuggestedIntentSlot {
  "slotName"?: string;
  "entityType"?: string;
  "slotValue"?: string;
  "probability"?: number;
}

export interface ConversationIntentSuggestionsTopicSuggestionContext {
  "queueId"?: string;
  "mediaType"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "assistantId"?: string;
  "utteranceId"?: string;
  "messageId"?: string;
  "queryStatement"?: string;
  "language"?: string;
  "queryReformulationContext"?: ConversationIntentSuggestionsTopicQueryReformulationContext;
  "participantType"?: string;
}

export interface ConversationIntentSuggestionsTopicSuggestionFeedback {
  "rating"?: string;
}

export interface ConversationKnowledgeArticleSuggestionsTopicKnowledgeAnswer {
  "answer"?: string;
  "startIndex"?: number;
  "endIndex"?: number;
}

export interface ConversationKnowledgeArticleSuggestionsTopicKnowledgeArticleSuggestionEvent {
  "eventTime"?: string;
  "conversationId"?: string;
  "suggestionId"?: string;
  "state"?: string;
  "triggerType"?: string;
  "engagementType"?: string;
  "context"?: ConversationKnowledgeArticleSuggestionsTopicSuggestionContext;
  "feedback"?: ConversationKnowledgeArticleSuggestionsTopicSuggestionFeedback;
  "knowledgeArticle"?: ConversationKnowledgeArticleSuggestionsTopicSuggestedArticle;
  "activeIntent"?: ConversationKnowledgeArticleSuggestionsTopicSuggestedIntent;
}

export interface ConversationKnowledgeArticleSuggestionsTopicQueryReformulationContext {
  "knowledgeClassification"?: string;
  "reformulatedQuery"?: string;
}

export interface ConversationKnowledgeArticleSuggestionsTopicSuggestedArticle {
  "title"?: string;
  "uri"?: string;
  "snippets"?: Array<string>;
  "metadata"?: { [key: string]: string; };
  "documentId"?: string;
  "versionId"?: string;
  "variationIds"?: Array<string>;
  "knowledgeAnswer"?: ConversationKnowledgeArticleSuggestionsTopicKnowledgeAnswer;
}

export interface ConversationKnowledgeArticleSuggestionsTopicSuggestedIntent {
  "intent"?: string;
  "intentId"?: string;
  "confidence"?: number;
  "detectedSlots"?: Array<ConversationKnowledgeArticleSuggestionsTopicSuggestedIntentSlot>;
}

export interface ConversationKnowledgeArticleSuggestionsTopicSuggestedIntentSlot {
  "slotName"?: string;
  "entityType"?: string;
  "slotValue"?: string;
  "probability"?: number;
}

export interface ConversationKnowledgeArticleSuggestionsTopicSuggestionContext {
  "queueId"?: string;
  "mediaType"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "assistantId"?: string;
  "utteranceId"?: string;
  "messageId"?: string;
  "queryStatement"?: string;
  "language"?: string;
  "queryReformulationContext"?: ConversationKnowledgeArticleSuggestionsTopicQueryReformulationContext;
  "participantType"?: string;
}

export interface ConversationKnowledgeArticleSuggestionsTopicSuggestionFeedback {
  "rating"?: string;
}

export interface ConversationKnowledgeSearchSuggestionsTopicKnowledgeAnswer {
  "answer"?: string;
  "startIndex"?: number;
  "endIndex"?: number;
}

export interface ConversationKnowledgeSearchSuggestionsTopicKnowledgeSearchSuggestionEvent {
  "eventTime"?: string;
  "conversationId"?: string;
  "suggestionId"?: string;
  "state"?: string;
  "triggerType"?: string;
  "engagementType"?: string;
  "context"?: ConversationKnowledgeSearchSuggestionsTopicSuggestionContext;
  "feedback"?: ConversationKnowledgeSearchSuggestionsTopicSuggestionFeedback;
  "knowledgeSearch"?: ConversationKnowledgeSearchSuggestionsTopicSuggestedSearchResult;
  "activeIntent"?: ConversationKnowledgeSearchSuggestionsTopicSuggestedIntent;
}

export interface ConversationKnowledgeSearchSuggestionsTopicQueryReformulationContext {
  "knowledgeClassification"?: string;
  "reformulatedQuery"?: string;
}

export interface ConversationKnowledgeSearchSuggestionsTopicSuggestedIntent {
  "intent"?: string;
  "intentId"?: string;
  "confidence"?: number;
  "detectedSlots"?: Array<ConversationKnowledgeSearchSuggestionsTopicSuggestedIntentSlot>;
}

export interface ConversationKnowledgeSearchSuggestionsTopicSuggestedIntentSlot {
  "slotName"?: string;
  "entityType"?: string;
  "slotValue"?: string;
  "probability"?: number;
}

export interface ConversationKnowledgeSearchSuggestionsTopicSuggestedSearchResult {
  "title"?: string;
  "uri"?: string;
  "snippets"?: Array<string>;
  "confidence"?: number;
  "metadata"?: { [key: string]: string; };
  "searchId"?: string;
  "documentId"?: string;
  "versionId"?: string;
  "variationIds"?: Array<string>;
  "knowledgeAnswer"?: ConversationKnowledgeSearchSuggestionsTopicKnowledgeAnswer;
}

export interface ConversationKnowledgeSearchSuggestionsTopicSuggestionContext {
  "queueId"?: string;
  "mediaType"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "assistantId"?: string;
  "utteranceId"?: string;
  "messageId"?: string;
  "queryStatement"?: string;
  "language"?: string;
  "queryReformulationContext"?: ConversationKnowledgeSearchSuggestionsTopicQueryReformulationContext;
  "participantType"?: string;
}

export interface ConversationKnowledgeSearchSuggestionsTopicSuggestionFeedback {
  "rating"?: string;
}

export interface ConversationMessageEventTopicConversationDivisionMembership {
  "division"?: ConversationMessageEventTopicDomainEntityRef;
  "entities"?: Array<ConversationMessageEventTopicDivisionEntityRef>;
}

export interface ConversationMessageEventTopicConversationRoutingData {
  "queue"?: ConversationMessageEventTopicUriReference;
  "language"?: ConversationMessageEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationMessageEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationMessageEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationMessageEventTopicUriReference;
}

export interface ConversationMessageEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationMessageEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationMessageEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationMessageEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationMessageEventTopicDetail>;
  "errors"?: Array<ConversationMessageEventTopicErrorBody>;
  "limit"?: ConversationMessageEventTopicLimit;
}

export interface ConversationMessageEventTopicErrorDetails {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "uri"?: string;
}

export interface ConversationMessageEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationMessageEventTopicJourneyActionMap;
}

export interface ConversationMessageEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationMessageEventTopicJourneyContext {
  "customer"?: ConversationMessageEventTopicJourneyCustomer;
  "customerSession"?: ConversationMessageEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationMessageEventTopicJourneyAction;
}

export interface ConversationMessageEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationMessageEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationMessageEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationMessageEventTopicMessageConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationMessageEventTopicMessageMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationMessageEventTopicConversationDivisionMembership>;
}

export interface ConversationMessageEventTopicMessageDetails {
  "message"?: ConversationMessageEventTopicUriReference;
  "messageTime"?: string;
  "messageSegmentCount"?: number;
  "messageStatus"?: string;
  "media"?: Array<ConversationMessageEventTopicMessageMedia>;
  "stickers"?: Array<ConversationMessageEventTopicMessageSticker>;
  "errorInfo"?: ConversationMessageEventTopicErrorDetails;
  "messageMetadata"?: ConversationMessageEventTopicMessageMetadata;
  "socialVisibility"?: string;
}

export interface ConversationMessageEventTopicMessageMedia {
  "url"?: string;
  "mediaType"?: string;
  "contentLengthBytes"?: number;
  "name"?: string;
  "id"?: string;
}

export interface ConversationMessageEventTopicMessageMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationMessageEventTopicUriReference;
  "queue"?: ConversationMessageEventTopicUriReference;
  "team"?: ConversationMessageEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationMessageEventTopicErrorBody;
  "script"?: ConversationMessageEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationMessageEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationMessageEventTopicUriReference;
  "wrapup"?: ConversationMessageEventTopicWrapup;
  "conversationRoutingData"?: ConversationMessageEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationMessageEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationMessageEventTopicQueueMediaSettings;
  "messages"?: Array<ConversationMessageEventTopicMessageDetails>;
  "type"?: string;
  "recipientCountry"?: string;
  "recipientType"?: string;
  "byoSmsIntegrationId"?: string;
  "engagementSource"?: string;
  "monitoredParticipantId"?: string;
}

export interface ConversationMessageEventTopicMessageMetadata {
  "type"?: string;
  "events"?: Array<ConversationMessageEventTopicMessageMetadataEvent>;
  "content"?: Array<ConversationMessageEventTopicMessageMetadataContent>;
}

export interface ConversationMessageEventTopicMessageMetadataContent {
  "contentType"?: string;
  "subType"?: string;
}

export interface ConversationMessageEventTopicMessageMetadataEvent {
  "eventType"?: string;
  "subType"?: string;
}

export interface ConversationMessageEventTopicMessageSticker {
  "url"?: string;
  "id"?: string;
}

export interface ConversationMessageEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationMessageEventTopicScoredAgent {
  "agent"?: ConversationMessageEventTopicUriReference;
  "score"?: number;
}

export interface ConversationMessageEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationMessageEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationMetricsTopicConversationMetricRecord {
  "metric"?: string;
  "metricDate"?: string;
  "value"?: number;
  "recordId"?: string;
  "activeRouting"?: string;
  "activeSkillIds"?: Array<string>;
  "addressFrom"?: string;
  "addressTo"?: string;
  "agentAssistantId"?: string;
  "agentBullseyeRing"?: number;
  "agentOwned"?: boolean;
  "ani"?: string;
  "assignerId"?: string;
  "authenticated"?: boolean;
  "conversationId"?: string;
  "conversationInitiator"?: string;
  "convertedFrom"?: string;
  "convertedTo"?: string;
  "customerParticipation"?: boolean;
  "deliveryStatus"?: string;
  "destinationAddresses"?: Array<string>;
  "direction"?: string;
  "disconnectType"?: string;
  "divisionIds"?: Array<string>;
  "dnis"?: string;
  "edgeId"?: string;
  "eligibleAgentCounts"?: Array<number>;
  "errorCode"?: string;
  "extendedDeliveryStatus"?: string;
  "externalContactId"?: string;
  "externalMediaCount"?: number;
  "externalOrganizationId"?: string;
  "externalTag"?: string;
  "firstQueue"?: boolean;
  "flaggedReason"?: string;
  "flowInType"?: string;
  "flowOutType"?: string;
  "groupId"?: string;
  "interactionType"?: string;
  "journeyActionId"?: string;
  "journeyActionMapId"?: string;
  "journeyActionMapVersion"?: number;
  "journeyCustomerId"?: string;
  "journeyCustomerIdType"?: string;
  "journeyCustomerSessionId"?: string;
  "journeyCustomerSessionIdType"?: string;
  "knowledgeBaseIds"?: Array<string>;
  "mediaCount"?: number;
  "mediaType"?: string;
  "messageType"?: string;
  "originatingDirection"?: string;
  "originatingSocialMediaPublic"?: boolean;
  "outboundCampaignId"?: string;
  "outboundContactId"?: string;
  "outboundContactListId"?: string;
  "participantName"?: string;
  "peerId"?: string;
  "provider"?: string;
  "purpose"?: string;
  "queueId"?: string;
  "remote"?: string;
  "removedSkillIds"?: Array<string>;
  "requestedLanguageId"?: string;
  "requestedRoutingSkillIds"?: Array<string>;
  "requestedRoutings"?: Array<string>;
  "roomId"?: string;
  "routingPriority"?: number;
  "routingRing"?: number;
  "routingRule"?: string;
  "routingRuleType"?: string;
  "selectedAgentId"?: string;
  "selectedAgentRank"?: number;
  "selfServed"?: boolean;
  "sessionDnis"?: string;
  "sessionId"?: string;
  "skillExpressionId"?: string;
  "stationId"?: string;
  "teamId"?: string;
  "usedRouting"?: string;
  "userId"?: string;
  "videoPresent"?: boolean;
  "waitingInteractionCounts"?: Array<number>;
  "wrapUpCode"?: string;
  "proposedAgents"?: Array<ConversationMetricsTopicConversationProposedAgent>;
  "scoredAgents"?: Array<ConversationMetricsTopicConversationScoredAgent>;
}

export interface ConversationMetricsTopicConversationProposedAgent {
  "agentRank"?: number;
  "proposedAgentId"?: string;
}

export interface ConversationMetricsTopicConversationScoredAgent {
  "agentScore"?: number;
  "scoredAgentId"?: string;
}

export interface ConversationResponseSuggestionsTopicCannedResponseSuggestionEvent {
  "eventTime"?: string;
  "conversationId"?: string;
  "suggestionId"?: string;
  "state"?: string;
  "triggerType"?: string;
  "engagementType"?: string;
  "context"?: ConversationResponseSuggestionsTopicSuggestionContext;
  "feedback"?: ConversationResponseSuggestionsTopicSuggestionFeedback;
  "cannedResponse"?: ConversationResponseSuggestionsTopicSuggestedCannedResponse;
  "activeIntent"?: ConversationResponseSuggestionsTopicSuggestedIntent;
}

export interface ConversationResponseSuggestionsTopicQueryReformulationContext {
  "knowledgeClassification"?: string;
  "reformulatedQuery"?: string;
}

export interface ConversationResponseSuggestionsTopicSuggestedCannedResponse {
  "responseId"?: string;
  "libraryId"?: string;
}

export interface ConversationResponseSuggestionsTopicSuggestedIntent {
  "intent"?: string;
  "intentId"?: string;
  "confidence"?: number;
  "detectedSlots"?: Array<ConversationResponseSuggestionsTopicSuggestedIntentSlot>;
}

export interface ConversationResponseSuggestionsTopicSuggestedIntentSlot {
  "slotName"?: string;
  "entityType"?: string;
  "slotValue"?: string;
  "probability"?: number;
}

export interface ConversationResponseSuggestionsTopicSuggestionContext {
  "queueId"?: string;
  "mediaType"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "assistantId"?: string;
  "utteranceId"?: string;
  "messageId"?: string;
  "queryStatement"?: string;
  "language"?: string;
  "queryReformulationContext"?: ConversationResponseSuggestionsTopicQueryReformulationContext;
  "participantType"?: string;
}

export interface ConversationResponseSuggestionsTopicSuggestionFeedback {
  "rating"?: string;
}

export interface ConversationScreenShareEventTopicConversationDivisionMembership {
  "division"?: ConversationScreenShareEventTopicDomainEntityRef;
  "entities"?: Array<ConversationScreenShareEventTopicDivisionEntityRef>;
}

export interface ConversationScreenShareEventTopicConversationRoutingData {
  "queue"?: ConversationScreenShareEventTopicUriReference;
  "language"?: ConversationScreenShareEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationScreenShareEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationScreenShareEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationScreenShareEventTopicUriReference;
}

export interface ConversationScreenShareEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationScreenShareEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationScreenShareEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationScreenShareEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationScreenShareEventTopicDetail>;
  "errors"?: Array<ConversationScreenShareEventTopicErrorBody>;
  "limit"?: ConversationScreenShareEventTopicLimit;
}

export interface ConversationScreenShareEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationScreenShareEventTopicJourneyActionMap;
}

export interface ConversationScreenShareEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationScreenShareEventTopicJourneyContext {
  "customer"?: ConversationScreenShareEventTopicJourneyCustomer;
  "customerSession"?: ConversationScreenShareEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationScreenShareEventTopicJourneyAction;
}

export interface ConversationScreenShareEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationScreenShareEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationScreenShareEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationScreenShareEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationScreenShareEventTopicScoredAgent {
  "agent"?: ConversationScreenShareEventTopicUriReference;
  "score"?: number;
}

export interface ConversationScreenShareEventTopicScreenShareConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationScreenShareEventTopicScreenShareMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationScreenShareEventTopicConversationDivisionMembership>;
}

export interface ConversationScreenShareEventTopicScreenShareMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationScreenShareEventTopicUriReference;
  "queue"?: ConversationScreenShareEventTopicUriReference;
  "team"?: ConversationScreenShareEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationScreenShareEventTopicErrorBody;
  "script"?: ConversationScreenShareEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationScreenShareEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationScreenShareEventTopicUriReference;
  "wrapup"?: ConversationScreenShareEventTopicWrapup;
  "conversationRoutingData"?: ConversationScreenShareEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationScreenShareEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationScreenShareEventTopicQueueMediaSettings;
  "context"?: string;
  "peerCount"?: number;
  "sharing"?: boolean;
}

export interface ConversationScreenShareEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationScreenShareEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationScriptSuggestionsTopicQueryReformulationContext {
  "knowledgeClassification"?: string;
  "reformulatedQuery"?: string;
}

export interface ConversationScriptSuggestionsTopicScriptSuggestionEvent {
  "eventTime"?: string;
  "conversationId"?: string;
  "suggestionId"?: string;
  "state"?: string;
  "triggerType"?: string;
  "engagementType"?: string;
  "context"?: ConversationScriptSuggestionsTopicSuggestionContext;
  "feedback"?: ConversationScriptSuggestionsTopicSuggestionFeedback;
  "script"?: ConversationScriptSuggestionsTopicSuggestedScript;
  "activeIntent"?: ConversationScriptSuggestionsTopicSuggestedIntent;
}

export interface ConversationScriptSuggestionsTopicSuggestedIntent {
  "intent"?: string;
  "intentId"?: string;
  "confidence"?: number;
  "detectedSlots"?: Array<ConversationScriptSuggestionsTopicSuggestedIntentSlot>;
}

export interface ConversationScriptSuggestionsTopicSuggestedIntentSlot {
  "slotName"?: string;
  "entityType"?: string;
  "slotValue"?: string;
  "probability"?: number;
}

export interface ConversationScriptSuggestionsTopicSuggestedScript {
  "scriptId"?: string;
  "pageId"?: string;
  "data"?: { [key: string]: string; };
}

export interface ConversationScriptSuggestionsTopicSuggestionContext {
  "queueId"?: string;
  "mediaType"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "assistantId"?: string;
  "utteranceId"?: string;
  "messageId"?: string;
  "queryStatement"?: string;
  "language"?: string;
  "queryReformulationContext"?: ConversationScriptSuggestionsTopicQueryReformulationContext;
  "participantType"?: string;
}

export interface ConversationScriptSuggestionsTopicSuggestionFeedback {
  "rating"?: string;
}

export interface ConversationSocialExpressionEventTopicConversationDivisionMembership {
  "division"?: ConversationSocialExpressionEventTopicDomainEntityRef;
  "entities"?: Array<ConversationSocialExpressionEventTopicDivisionEntityRef>;
}

export interface ConversationSocialExpressionEventTopicConversationRoutingData {
  "queue"?: ConversationSocialExpressionEventTopicUriReference;
  "language"?: ConversationSocialExpressionEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationSocialExpressionEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationSocialExpressionEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationSocialExpressionEventTopicUriReference;
}

export interface ConversationSocialExpressionEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationSocialExpressionEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationSocialExpressionEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationSocialExpressionEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationSocialExpressionEventTopicDetail>;
  "errors"?: Array<ConversationSocialExpressionEventTopicErrorBody>;
  "limit"?: ConversationSocialExpressionEventTopicLimit;
}

export interface ConversationSocialExpressionEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationSocialExpressionEventTopicJourneyActionMap;
}

export interface ConversationSocialExpressionEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationSocialExpressionEventTopicJourneyContext {
  "customer"?: ConversationSocialExpressionEventTopicJourneyCustomer;
  "customerSession"?: ConversationSocialExpressionEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationSocialExpressionEventTopicJourneyAction;
}

export interface ConversationSocialExpressionEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationSocialExpressionEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationSocialExpressionEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationSocialExpressionEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationSocialExpressionEventTopicScoredAgent {
  "agent"?: ConversationSocialExpressionEventTopicUriReference;
  "score"?: number;
}

export interface ConversationSocialExpressionEventTopicSocialConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationSocialExpressionEventTopicSocialMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationSocialExpressionEventTopicConversationDivisionMembership>;
}

export interface ConversationSocialExpressionEventTopicSocialMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationSocialExpressionEventTopicUriReference;
  "queue"?: ConversationSocialExpressionEventTopicUriReference;
  "team"?: ConversationSocialExpressionEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationSocialExpressionEventTopicErrorBody;
  "script"?: ConversationSocialExpressionEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationSocialExpressionEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationSocialExpressionEventTopicUriReference;
  "wrapup"?: ConversationSocialExpressionEventTopicWrapup;
  "conversationRoutingData"?: ConversationSocialExpressionEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationSocialExpressionEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationSocialExpressionEventTopicQueueMediaSettings;
  "socialMediaId"?: string;
  "socialMediaHub"?: string;
  "socialUserName"?: string;
  "previewText"?: string;
}

export interface ConversationSocialExpressionEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationSocialExpressionEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface ConversationSummaryTopicConversationFollowupAction {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicConversationHeadline {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicConversationReason {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicConversationResolution {
  "text"?: string;
  "description"?: string;
  "resolutionValue"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicConversationSummary {
  "text"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicConversationSummaryEvent {
  "conversationId"?: string;
  "queueId"?: string;
  "participants"?: Array<ConversationSummaryTopicConversationSummaryParticipant>;
  "communicationIds"?: Array<string>;
  "latestCommunicationId"?: string;
  "createdDate"?: string;
  "messageType"?: string;
  "mediaType"?: string;
  "summaryId"?: string;
  "language"?: string;
  "summary"?: ConversationSummaryTopicConversationSummary;
  "headline"?: ConversationSummaryTopicConversationHeadline;
  "reason"?: ConversationSummaryTopicConversationReason;
  "resolution"?: ConversationSummaryTopicConversationResolution;
  "followupActions"?: Array<ConversationSummaryTopicConversationFollowupAction>;
  "extractedEntities"?: Array<ConversationSummaryTopicSummaryExtractedCustomEntity>;
  "wrapUpCodes"?: Array<ConversationSummaryTopicConversationWrapUpCode>;
  "triggerSource"?: ConversationSummaryTopicTriggerSource;
  "summarySourceType"?: string;
  "triggerType"?: string;
  "lastEditedBy"?: ConversationSummaryTopicConversationSummaryParticipant;
  "errorType"?: string;
  "durationMs"?: number;
  "labels"?: Array<ConversationSummaryTopicConversationSummaryLabel>;
}

export interface ConversationSummaryTopicConversationSummaryLabel {
  "name"?: string;
  "description"?: string;
  "type"?: string;
}

export interface ConversationSummaryTopicConversationSummaryParticipant {
  "userId"?: string;
  "purpose"?: string;
}

export interface ConversationSummaryTopicConversationWrapUpCode {
  "wrapUpCodeId"?: string;
  "name"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicSummaryExtractedCustomEntity {
  "label"?: string;
  "value"?: string;
}

export interface ConversationSummaryTopicTriggerSource {
  "sourceType"?: string;
  "sourceId"?: string;
  "sourceOutcome"?: string;
}

export interface ConversationSummaryTopicVirtualAgentsConversationFollowupAction {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicVirtualAgentsConversationHeadline {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicVirtualAgentsConversationReason {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicVirtualAgentsConversationResolution {
  "text"?: string;
  "description"?: string;
  "resolutionValue"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicVirtualAgentsConversationSummary {
  "text"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicVirtualAgentsConversationSummaryEvent {
  "conversationId"?: string;
  "queueId"?: string;
  "participants"?: Array<ConversationSummaryTopicVirtualAgentsConversationSummaryParticipant>;
  "communicationIds"?: Array<string>;
  "latestCommunicationId"?: string;
  "createdDate"?: string;
  "messageType"?: string;
  "mediaType"?: string;
  "summaryId"?: string;
  "language"?: string;
  "summary"?: ConversationSummaryTopicVirtualAgentsConversationSummary;
  "headline"?: ConversationSummaryTopicVirtualAgentsConversationHeadline;
  "reason"?: ConversationSummaryTopicVirtualAgentsConversationReason;
  "resolution"?: ConversationSummaryTopicVirtualAgentsConversationResolution;
  "followupActions"?: Array<ConversationSummaryTopicVirtualAgentsConversationFollowupAction>;
  "extractedEntities"?: Array<ConversationSummaryTopicVirtualAgentsSummaryExtractedCustomEntity>;
  "wrapUpCodes"?: Array<ConversationSummaryTopicVirtualAgentsConversationWrapUpCode>;
  "triggerSource"?: ConversationSummaryTopicVirtualAgentsTriggerSource;
  "summarySourceType"?: string;
  "triggerType"?: string;
  "lastEditedBy"?: ConversationSummaryTopicVirtualAgentsConversationSummaryParticipant;
  "errorType"?: string;
  "durationMs"?: number;
  "labels"?: Array<ConversationSummaryTopicVirtualAgentsConversationSummaryLabel>;
}

export interface ConversationSummaryTopicVirtualAgentsConversationSummaryLabel {
  "name"?: string;
  "description"?: string;
  "type"?: string;
}

export interface ConversationSummaryTopicVirtualAgentsConversationSummaryParticipant {
  "userId"?: string;
  "purpose"?: string;
}

export interface ConversationSummaryTopicVirtualAgentsConversationWrapUpCode {
  "wrapUpCodeId"?: string;
  "name"?: string;
  "description"?: string;
  "score"?: number;
}

export interface ConversationSummaryTopicVirtualAgentsSummaryExtractedCustomEntity {
  "label"?: string;
  "value"?: string;
}

export interface ConversationSummaryTopicVirtualAgentsTriggerSource {
  "sourceType"?: string;
  "sourceId"?: string;
  "sourceOutcome"?: string;
}

export interface ConversationThirdPartyActionSuggestionsTopicQueryReformulationContext {
  "knowledgeClassification"?: string;
  "reformulatedQuery"?: string;
}

export interface ConversationThirdPartyActionSuggestionsTopicSuggestedIntent {
  "intent"?: string;
  "intentId"?: string;
  "confidence"?: number;
  "detectedSlots"?: Array<ConversationThirdPartyActionSuggestionsTopicSuggestedIntentSlot>;
}

export interface ConversationThirdPartyActionSuggestionsTopicSuggestedIntentSlot {
  "slotName"?: string;
  "entityType"?: string;
  "slotValue"?: string;
  "probability"?: number;
}

export interface ConversationThirdPartyActionSuggestionsTopicSuggestionContext {
  "queueId"?: string;
  "mediaType"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "assistantId"?: string;
  "utteranceId"?: string;
  "messageId"?: string;
  "queryStatement"?: string;
  "language"?: string;
  "queryReformulationContext"?: ConversationThirdPartyActionSuggestionsTopicQueryReformulationContext;
  "participantType"?: string;
}

export interface ConversationThirdPartyActionSuggestionsTopicSuggestionFeedback {
  "rating"?: string;
}

export interface ConversationThirdPartyActionSuggestionsTopicThirdPartyActionSuggestionEvent {
  "eventTime"?: string;
  "conversationId"?: string;
  "suggestionId"?: string;
  "state"?: string;
  "triggerType"?: string;
  "engagementType"?: string;
  "feedback"?: ConversationThirdPartyActionSuggestionsTopicSuggestionFeedback;
  "activeIntent"?: ConversationThirdPartyActionSuggestionsTopicSuggestedIntent;
  "context"?: ConversationThirdPartyActionSuggestionsTopicSuggestionContext;
  "thirdPartySuggestion"?: ConversationThirdPartyActionSuggestionsTopicThirdPartySuggestion;
}

export interface ConversationThirdPartyActionSuggestionsTopicThirdPartySuggestion {
  "text"?: string;
  "title"?: string;
  "sources"?: Array<ConversationThirdPartyActionSuggestionsTopicThirdPartySuggestionSource>;
}

export interface ConversationThirdPartyActionSuggestionsTopicThirdPartySuggestionSource {
  "name"?: string;
  "url"?: string;
}

export interface ConversationVideoEventTopicConversationDivisionMembership {
  "division"?: ConversationVideoEventTopicDomainEntityRef;
  "entities"?: Array<ConversationVideoEventTopicDivisionEntityRef>;
}

export interface ConversationVideoEventTopicConversationRoutingData {
  "queue"?: ConversationVideoEventTopicUriReference;
  "language"?: ConversationVideoEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<ConversationVideoEventTopicUriReference>;
  "scoredAgents"?: Array<ConversationVideoEventTopicScoredAgent>;
  "skillExpressionId"?: ConversationVideoEventTopicUriReference;
}

export interface ConversationVideoEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface ConversationVideoEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface ConversationVideoEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface ConversationVideoEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<ConversationVideoEventTopicDetail>;
  "errors"?: Array<ConversationVideoEventTopicErrorBody>;
  "limit"?: ConversationVideoEventTopicLimit;
}

export interface ConversationVideoEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: ConversationVideoEventTopicJourneyActionMap;
}

export interface ConversationVideoEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface ConversationVideoEventTopicJourneyContext {
  "customer"?: ConversationVideoEventTopicJourneyCustomer;
  "customerSession"?: ConversationVideoEventTopicJourneyCustomerSession;
  "triggeringAction"?: ConversationVideoEventTopicJourneyAction;
}

export interface ConversationVideoEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface ConversationVideoEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface ConversationVideoEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface ConversationVideoEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface ConversationVideoEventTopicScoredAgent {
  "agent"?: ConversationVideoEventTopicUriReference;
  "score"?: number;
}

export interface ConversationVideoEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface ConversationVideoEventTopicVideoConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<ConversationVideoEventTopicVideoMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<ConversationVideoEventTopicConversationDivisionMembership>;
}

export interface ConversationVideoEventTopicVideoMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: ConversationVideoEventTopicUriReference;
  "queue"?: ConversationVideoEventTopicUriReference;
  "team"?: ConversationVideoEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: ConversationVideoEventTopicErrorBody;
  "script"?: ConversationVideoEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: ConversationVideoEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: ConversationVideoEventTopicUriReference;
  "wrapup"?: ConversationVideoEventTopicWrapup;
  "conversationRoutingData"?: ConversationVideoEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: ConversationVideoEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: ConversationVideoEventTopicQueueMediaSettings;
  "audioMuted"?: boolean;
  "videoMuted"?: boolean;
  "sharingScreen"?: boolean;
  "peerCount"?: number;
  "context"?: string;
  "msids"?: Array<string>;
}

export interface ConversationVideoEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface CreateGeneralProgramTestPhraseDetectedPhrase {
  "foundPhrase"?: string;
  "snippet"?: string;
  "confidence"?: number;
}

export interface CreateGeneralProgramTestPhraseMatchedTranscript {
  "timestamp"?: number;
  "transcriptId"?: string;
  "communicationId"?: string;
  "conversationId"?: string;
  "mediaType"?: string;
  "detectedPhrases"?: Array<CreateGeneralProgramTestPhraseDetectedPhrase>;
}

export interface CreateGeneralProgramTestTopicPhraseResults {
  "processedTranscriptsCount"?: number;
  "matchedTranscriptsCount"?: number;
  "matchedTranscripts"?: Array<CreateGeneralProgramTestPhraseMatchedTranscript>;
}

export interface CreateGeneralProgramTopicsDefinitionsJob {
  "id"?: string;
  "state"?: string;
  "testTopicPhraseResults"?: Array<CreateGeneralProgramTestTopicPhraseResults>;
  "genAIPhrasesResults"?: Array<string>;
}

export interface CustomerEndDetailEventTopicCustomerEndEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "disconnectType"?: string;
  "mediaType"?: string;
  "externalOrganizationId"?: string;
  "externalContactId"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "interactingDurationMs"?: number;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "divisionId"?: string;
  "utilizationLabel"?: string;
}

export interface CustomerStartDetailEventTopicCustomerStartEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "externalOrganizationId"?: string;
  "externalContactId"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "journeyContext"?: CustomerStartDetailEventTopicJourneyContext;
  "divisionId"?: string;
  "utilizationLabel"?: string;
}

export interface CustomerStartDetailEventTopicJourneyContext {
  "sessionId"?: string;
  "sessionIdType"?: string;
  "actionId"?: string;
  "actionMapId"?: string;
}

export interface DecisionMetricsAdminNotificationTopicAddressableEntityRef {
  "id"?: string;
}

export interface DecisionMetricsAdminNotificationTopicDecisionMetricsJobNotification {
  "job"?: DecisionMetricsAdminNotificationTopicAddressableEntityRef;
  "status"?: string;
  "uploadKey"?: string;
  "updateErrors"?: Array<DecisionMetricsAdminNotificationTopicDecisionMetricsUpdateError>;
}

export interface DecisionMetricsAdminNotificationTopicDecisionMetricsUpdateError {
  "user"?: DecisionMetricsAdminNotificationTopicAddressableEntityRef;
  "errors"?: Array<string>;
}

export interface DialerAttemptLimitsConfigChangeAttemptLimits {
  "maxAttemptsPerContact"?: number;
  "maxAttemptsPerNumber"?: number;
  "timeZoneId"?: string;
  "resetPeriod"?: string;
  "recallEntries"?: { [key: string]: DialerAttemptLimitsConfigChangeRecallEntry; };
  "breadthFirstRecalls"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerAttemptLimitsConfigChangeRecallEntry {
  "nbrAttempts"?: number;
  "minutesBetweenAttempts"?: number;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCallabletimesetConfigChangeCallableTime {
  "timeSlots"?: Array<DialerCallabletimesetConfigChangeTimeSlot>;
  "timeZoneId"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCallabletimesetConfigChangeCallableTimeSet {
  "callableTimes"?: Array<DialerCallabletimesetConfigChangeCallableTime>;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerCallabletimesetConfigChangeTimeSlot {
  "startTime"?: string;
  "stopTime"?: string;
  "day"?: number;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignConfigChangeCampaign {
  "contactList"?: DialerCampaignConfigChangeUriReference;
  "queue"?: DialerCampaignConfigChangeUriReference;
  "dialingMode"?: string;
  "script"?: DialerCampaignConfigChangeUriReference;
  "edgeGroup"?: DialerCampaignConfigChangeUriReference;
  "site"?: DialerCampaignConfigChangeUriReference;
  "campaignStatus"?: string;
  "phoneColumns"?: Array<DialerCampaignConfigChangePhoneColumn>;
  "abandonRate"?: number;
  "dncLists"?: Array<DialerCampaignConfigChangeUriReference>;
  "callableTimeSet"?: DialerCampaignConfigChangeUriReference;
  "callAnalysisResponseSet"?: DialerCampaignConfigChangeUriReference;
  "callerName"?: string;
  "callerAddress"?: string;
  "outboundLineCount"?: number;
  "errors"?: Array<DialerCampaignConfigChangeRestErrorDetail>;
  "ruleSets"?: Array<DialerCampaignConfigChangeUriReference>;
  "skipPreviewDisabled"?: boolean;
  "previewTimeOutSeconds"?: number;
  "singleNumberPreview"?: boolean;
  "contactSort"?: DialerCampaignConfigChangeContactSort;
  "contactSorts"?: Array<DialerCampaignConfigChangeContactSort>;
  "noAnswerTimeout"?: number;
  "callAnalysisLanguage"?: string;
  "priority"?: number;
  "contactListFilters"?: Array<DialerCampaignConfigChangeUriReference>;
  "division"?: DialerCampaignConfigChangeUriReference;
  "agentOwnedColumn"?: string;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerCampaignConfigChangeContactSort {
  "fieldName"?: string;
  "direction"?: string;
  "numeric"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignConfigChangePhoneColumn {
  "columnName"?: string;
  "type"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignConfigChangeRestErrorDetail {
  "error"?: string;
  "details"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerCampaignProgressEventCampaignProgress {
  "campaign"?: DialerCampaignProgressEventUriReference;
  "numberOfContactsCalled"?: number;
  "numberOfContactsMessaged"?: number;
  "totalNumberOfContacts"?: number;
  "percentage"?: number;
  "numberOfContactsSkipped"?: { [key: string]: number; };
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignProgressEventUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerCampaignRuleConfigChangeCampaignRule {
  "campaignRuleEntities"?: DialerCampaignRuleConfigChangeCampaignRuleEntities;
  "campaignRuleConditions"?: Array<DialerCampaignRuleConfigChangeCampaignRuleCondition>;
  "campaignRuleActions"?: Array<DialerCampaignRuleConfigChangeCampaignRuleAction>;
  "matchAnyConditions"?: boolean;
  "enabled"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerCampaignRuleConfigChangeCampaignRuleAction {
  "id"?: string;
  "parameters"?: { [key: string]: string; };
  "actionType"?: string;
  "campaignRuleActionEntities"?: DialerCampaignRuleConfigChangeCampaignRuleActionEntities;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignRuleConfigChangeCampaignRuleActionEntities {
  "useTriggeringEntity"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
  "campaigns"?: Array<DialerCampaignRuleConfigChangeUriReference>;
  "sequences"?: Array<DialerCampaignRuleConfigChangeUriReference>;
}

export interface DialerCampaignRuleConfigChangeCampaignRuleCondition {
  "id"?: string;
  "parameters"?: { [key: string]: string; };
  "conditionType"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignRuleConfigChangeCampaignRuleEntities {
  "campaigns"?: Array<DialerCampaignRuleConfigChangeUriReference>;
  "sequences"?: Array<DialerCampaignRuleConfigChangeUriReference>;
}

export interface DialerCampaignRuleConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerCampaignScheduleConfigChangeAlteration {
  "type"?: string;
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignScheduleConfigChangeCampaignSchedule {
  "intervals"?: Array<DialerCampaignScheduleConfigChangeScheduleInterval>;
  "recurrences"?: Array<DialerCampaignScheduleConfigChangeScheduleRecurrence>;
  "timeZone"?: string;
  "campaign"?: DialerCampaignScheduleConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerCampaignScheduleConfigChangeRecurrencePattern {
  "type"?: string;
  "interval"?: number;
  "daysOfWeek"?: Array<string>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignScheduleConfigChangeRecurrenceRange {
  "type"?: string;
  "end"?: string;
  "numberOfOccurrences"?: number;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignScheduleConfigChangeScheduleInterval {
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignScheduleConfigChangeScheduleRecurrence {
  "id"?: string;
  "start"?: string;
  "end"?: string;
  "timeZone"?: string;
  "range"?: DialerCampaignScheduleConfigChangeRecurrenceRange;
  "pattern"?: DialerCampaignScheduleConfigChangeRecurrencePattern;
  "alterations"?: Array<DialerCampaignScheduleConfigChangeAlteration>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerCampaignScheduleConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerCampaignSkillCombinationStatsEventCampaignSkillCombinationStats {
  "campaign"?: DialerCampaignSkillCombinationStatsEventUriReference;
  "contactList"?: DialerCampaignSkillCombinationStatsEventUriReference;
  "totalSkillCombinations"?: number;
  "totalRemainingContacts"?: number;
  "totalProcessedContacts"?: number;
  "skillCombinationDetails"?: Array<DialerCampaignSkillCombinationStatsEventSkillCombinationDetailNotification>;
}

export interface DialerCampaignSkillCombinationStatsEventSkillCombinationDetailNotification {
  "skillCombination"?: Array<string>;
  "totalCount"?: number;
  "processedCount"?: number;
  "completionPercentage"?: number;
}

export interface DialerCampaignSkillCombinationStatsEventUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerContactlistConfigChangeContactList {
  "columnNames"?: Array<string>;
  "phoneColumns"?: Array<DialerContactlistConfigChangeContactPhoneNumberColumn>;
  "emailColumns"?: Array<DialerContactlistConfigChangeEmailColumn>;
  "importStatus"?: DialerContactlistConfigChangeImportStatus;
  "previewModeColumnName"?: string;
  "previewModeAcceptedValues"?: Array<string>;
  "size"?: number;
  "attemptLimits"?: DialerContactlistConfigChangeUriReference;
  "automaticTimeZoneMapping"?: boolean;
  "zipCodeColumnName"?: string;
  "division"?: DialerContactlistConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerContactlistConfigChangeContactPhoneNumberColumn {
  "columnName"?: string;
  "type"?: string;
  "callableTimeColumn"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerContactlistConfigChangeEmailColumn {
  "columnName"?: string;
  "type"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerContactlistConfigChangeImportStatus {
  "importState"?: string;
  "totalRecords"?: number;
  "completedRecords"?: number;
  "percentageComplete"?: number;
  "failureReason"?: string;
  "targetContactListIds"?: Array<string>;
  "listNamePrefix"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerContactlistConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerContactlistfilterConfigChangeContactListFilter {
  "contactList"?: DialerContactlistfilterConfigChangeUriReference;
  "contactListColumns"?: Array<string>;
  "clauses"?: Array<DialerContactlistfilterConfigChangeFilterClause>;
  "filterType"?: string;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerContactlistfilterConfigChangeFilterClause {
  "filterType"?: string;
  "predicates"?: Array<DialerContactlistfilterConfigChangeFilterPredicate>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerContactlistfilterConfigChangeFilterPredicate {
  "column"?: string;
  "columnType"?: string;
  "operator"?: string;
  "value"?: string;
  "range"?: DialerContactlistfilterConfigChangeFilterRange;
  "inverted"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerContactlistfilterConfigChangeFilterRange {
  "min"?: string;
  "max"?: string;
  "minInclusive"?: boolean;
  "maxInclusive"?: boolean;
  "inSet"?: Array<string>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerContactlistfilterConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerDnclistConfigChangeDncList {
  "importStatus"?: DialerDnclistConfigChangeImportStatus;
  "size"?: number;
  "dncSourceType"?: string;
  "loginId"?: string;
  "dncCodes"?: Array<string>;
  "licenseId"?: string;
  "contactMethod"?: string;
  "division"?: DialerDnclistConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerDnclistConfigChangeImportStatus {
  "importState"?: string;
  "totalRecords"?: number;
  "completedRecords"?: number;
  "percentageComplete"?: number;
  "failureReason"?: string;
  "targetContactListIds"?: Array<string>;
  "listNamePrefix"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerDnclistConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerOutboundSettingsConfigChangeAtzmTimeSlot {
  "earliestCallableTime"?: string;
  "latestCallableTime"?: string;
}

export interface DialerOutboundSettingsConfigChangeAtzmTimeSlotWithTimeZone {
  "timeZoneId"?: string;
  "earliestCallableTime"?: string;
  "latestCallableTime"?: string;
}

export interface DialerOutboundSettingsConfigChangeAutomaticTimeZoneMappingSettings {
  "callableWindows"?: Array<DialerOutboundSettingsConfigChangeCallableWindow>;
}

export interface DialerOutboundSettingsConfigChangeCallableWindow {
  "mapped"?: DialerOutboundSettingsConfigChangeAtzmTimeSlot;
  "unmapped"?: DialerOutboundSettingsConfigChangeAtzmTimeSlotWithTimeZone;
}

export interface DialerOutboundSettingsConfigChangeOutboundSettings {
  "maxCallsPerAgent"?: number;
  "maxLineUtilization"?: number;
  "abandonSeconds"?: number;
  "complianceAbandonRateDenominator"?: string;
  "automaticTimeZoneMapping"?: DialerOutboundSettingsConfigChangeAutomaticTimeZoneMappingSettings;
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerResponsesetConfigChangeReaction {
  "data"?: string;
  "name"?: string;
  "reactionType"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerResponsesetConfigChangeResponseSet {
  "responses"?: { [key: string]: DialerResponsesetConfigChangeReaction; };
  "beepDetectionEnabled"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerRulesetConfigChangeAction {
  "type"?: string;
  "actionTypeName"?: string;
  "updateOption"?: string;
  "properties"?: { [key: string]: string; };
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerRulesetConfigChangeCondition {
  "dataAction"?: DialerRulesetConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "type"?: string;
  "inverted"?: boolean;
  "attributeName"?: string;
  "value"?: string;
  "valueType"?: string;
  "operator"?: string;
  "codes"?: Array<string>;
  "propertyType"?: string;
  "property"?: string;
  "dataNotFoundResolution"?: boolean;
  "contactIdField"?: string;
  "callAnalysisResultField"?: string;
  "agentWrapupField"?: string;
  "contactColumnToDataActionFieldMappings"?: Array<DialerRulesetConfigChangeContactColumnToDataActionFieldMapping>;
  "predicates"?: Array<DialerRulesetConfigChangeDataActionConditionPredicate>;
}

export interface DialerRulesetConfigChangeContactColumnToDataActionFieldMapping {
  "contactColumnName"?: string;
  "dataActionField"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerRulesetConfigChangeDataActionConditionPredicate {
  "outputField"?: string;
  "outputOperator"?: string;
  "comparisonValue"?: string;
  "outputFieldMissingResolution"?: boolean;
  "inverted"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerRulesetConfigChangeRule {
  "conditions"?: Array<DialerRulesetConfigChangeCondition>;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "order"?: number;
  "category"?: string;
  "actions"?: Array<DialerRulesetConfigChangeAction>;
}

export interface DialerRulesetConfigChangeRuleSet {
  "contactList"?: DialerRulesetConfigChangeUriReference;
  "queue"?: DialerRulesetConfigChangeUriReference;
  "rules"?: Array<DialerRulesetConfigChangeRule>;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerRulesetConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerSequenceConfigChangeCampaignSequence {
  "campaigns"?: Array<DialerSequenceConfigChangeUriReference>;
  "currentCampaign"?: number;
  "status"?: string;
  "stopMessage"?: string;
  "repeat"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerSequenceConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerSequenceScheduleConfigChangeAlteration {
  "type"?: string;
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerSequenceScheduleConfigChangeRecurrencePattern {
  "type"?: string;
  "interval"?: number;
  "daysOfWeek"?: Array<string>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerSequenceScheduleConfigChangeRecurrenceRange {
  "type"?: string;
  "end"?: string;
  "numberOfOccurrences"?: number;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerSequenceScheduleConfigChangeScheduleInterval {
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerSequenceScheduleConfigChangeScheduleRecurrence {
  "id"?: string;
  "start"?: string;
  "end"?: string;
  "timeZone"?: string;
  "range"?: DialerSequenceScheduleConfigChangeRecurrenceRange;
  "pattern"?: DialerSequenceScheduleConfigChangeRecurrencePattern;
  "alterations"?: Array<DialerSequenceScheduleConfigChangeAlteration>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DialerSequenceScheduleConfigChangeSequenceSchedule {
  "intervals"?: Array<DialerSequenceScheduleConfigChangeScheduleInterval>;
  "recurrences"?: Array<DialerSequenceScheduleConfigChangeScheduleRecurrence>;
  "timeZone"?: string;
  "sequence"?: DialerSequenceScheduleConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface DialerSequenceScheduleConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface DialerWrapupcodemappingConfigChangeWrapUpCodeMapping {
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
  "defaultSet"?: Array<string>;
  "mapping"?: { [key: string]: Array<string>; };
}

export interface DnclistDownloadReadyExportUri {
  "uri"?: string;
  "exportTimestamp"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface DnclistImportStatusImportStatus {
  "importState"?: string;
  "totalRecords"?: number;
  "completedRecords"?: number;
  "percentageComplete"?: number;
  "failureReason"?: string;
  "targetContactListIds"?: Array<string>;
  "listNamePrefix"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface EdgeChangeTopicEdge {
  "id"?: string;
  "onlineStatus"?: string;
}

export interface EdgeLogicalInterfacesChangeTopicDomainLogicalInterfaceChange {
  "id"?: string;
  "errorInfo"?: EdgeLogicalInterfacesChangeTopicErrorInfo;
}

export interface EdgeLogicalInterfacesChangeTopicErrorInfo {
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "code"?: string;
}

export interface EdgeMetricsTopicEdgeMetricDisk {
  "partitionName"?: string;
  "availableBytes"?: number;
  "totalBytes"?: number;
}

export interface EdgeMetricsTopicEdgeMetricMemory {
  "type"?: string;
  "availableBytes"?: number;
  "totalBytes"?: number;
}

export interface EdgeMetricsTopicEdgeMetricNetworks {
  "ifname"?: string;
  "sentBytesPerSec"?: number;
  "receivedBytesPerSec"?: number;
  "bandwidthBitsPerSec"?: number;
  "utilizationPct"?: number;
}

export interface EdgeMetricsTopicEdgeMetricProcessor {
  "cpuId"?: string;
  "idleTimePct"?: number;
  "activeTimePct"?: number;
  "privilegedTimePct"?: number;
  "userTimePct"?: number;
}

export interface EdgeMetricsTopicEdgeMetricSubsystem {
  "processName"?: string;
  "delayMs"?: number;
  "mediaSubsystem"?: EdgeMetricsTopicEdgeMetricSubsystemMedia;
}

export interface EdgeMetricsTopicEdgeMetricSubsystemMedia {
  "processName"?: string;
  "delayMs"?: number;
}

export interface EdgeMetricsTopicEdgeMetrics {
  "edge"?: EdgeMetricsTopicUriReference;
  "eventTime"?: string;
  "upTimeMsec"?: number;
  "processors"?: Array<EdgeMetricsTopicEdgeMetricProcessor>;
  "memory"?: Array<EdgeMetricsTopicEdgeMetricMemory>;
  "disks"?: Array<EdgeMetricsTopicEdgeMetricDisk>;
  "subsystems"?: Array<EdgeMetricsTopicEdgeMetricSubsystem>;
  "networks"?: Array<EdgeMetricsTopicEdgeMetricNetworks>;
}

export interface EdgeMetricsTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface EdgeSoftwareUpdateTopicDomainEdgeSoftwareUpdate {
  "id"?: string;
  "status"?: string;
  "downloadStartTime"?: string;
  "executeStartTime"?: string;
  "executeStopTime"?: string;
}

export interface EmailCampaignScheduleConfigChangeAlteration {
  "type"?: string;
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface EmailCampaignScheduleConfigChangeEmailCampaignSchedule {
  "intervals"?: Array<EmailCampaignScheduleConfigChangeScheduleInterval>;
  "recurrences"?: Array<EmailCampaignScheduleConfigChangeScheduleRecurrence>;
  "timeZone"?: string;
  "emailCampaign"?: EmailCampaignScheduleConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface EmailCampaignScheduleConfigChangeRecurrencePattern {
  "type"?: string;
  "interval"?: number;
  "daysOfWeek"?: Array<string>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface EmailCampaignScheduleConfigChangeRecurrenceRange {
  "type"?: string;
  "end"?: string;
  "numberOfOccurrences"?: number;
  "additionalProperties"?: { [key: string]: object; };
}

export interface EmailCampaignScheduleConfigChangeScheduleInterval {
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface EmailCampaignScheduleConfigChangeScheduleRecurrence {
  "id"?: string;
  "start"?: string;
  "end"?: string;
  "timeZone"?: string;
  "range"?: EmailCampaignScheduleConfigChangeRecurrenceRange;
  "pattern"?: EmailCampaignScheduleConfigChangeRecurrencePattern;
  "alterations"?: Array<EmailCampaignScheduleConfigChangeAlteration>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface EmailCampaignScheduleConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface EmployeePerformanceExternalMetricsDefinitionExternalMetricsDefinition {
  "id"?: string;
  "name"?: string;
  "unit"?: string;
  "unitDefinition"?: string;
  "precision"?: number;
  "defaultObjectiveType"?: string;
  "retentionMonths"?: number;
  "enabled"?: boolean;
  "inUse"?: boolean;
  "dateLastRefreshed"?: string;
}

export interface EvaluationQualityV2TopicCalibration {
  "id"?: string;
}

export interface EvaluationQualityV2TopicEvaluationReference {
  "id"?: string;
}

export interface EvaluationQualityV2TopicEvaluationScoringSet {
  "totalScore"?: number;
  "totalCriticalScore"?: number;
}

export interface EvaluationQualityV2TopicEvaluationSource {
  "evaluationSourceType"?: string;
  "evaluationSourceId"?: string;
  "evaluationSourceName"?: string;
}

export interface EvaluationQualityV2TopicEvaluationV2 {
  "id"?: string;
  "conversationId"?: string;
  "agent"?: EvaluationQualityV2TopicUser;
  "evaluator"?: EvaluationQualityV2TopicUser;
  "eventTime"?: string;
  "evaluationFormId"?: string;
  "formName"?: string;
  "scoringSet"?: EvaluationQualityV2TopicEvaluationScoringSet;
  "contextId"?: string;
  "status"?: string;
  "agentHasRead"?: boolean;
  "releaseDate"?: string;
  "assignedDate"?: string;
  "changedDate"?: string;
  "eventType"?: string;
  "resourceId"?: string;
  "resourceType"?: string;
  "divisionIds"?: Array<string>;
  "rescore"?: boolean;
  "conversationDate"?: string;
  "mediaType"?: Array<string>;
  "calibration"?: EvaluationQualityV2TopicCalibration;
  "evaluationSource"?: EvaluationQualityV2TopicEvaluationSource;
  "assigneeUserId"?: string;
  "previousAssigneeUserId"?: string;
  "assigneeApplicable"?: boolean;
  "evaluationContextId"?: string;
  "disputeCount"?: number;
  "version"?: number;
  "previousStatus"?: string;
  "declinedReview"?: boolean;
  "retractedEvaluation"?: EvaluationQualityV2TopicEvaluationReference;
  "rescoreCount"?: number;
  "evaluatorCommentHasUpdated"?: boolean;
  "agentCommentHasUpdated"?: boolean;
  "previousRescoreCount"?: number;
  "previousEvaluatorUserId"?: string;
}

export interface EvaluationQualityV2TopicUser {
  "id"?: string;
  "displayName"?: string;
}

export interface ExternalContactsContactChangedTopicAppleOpaqueId {
  "value"?: string;
}

export interface ExternalContactsContactChangedTopicContact {
  "id"?: string;
  "division"?: ExternalContactsContactChangedTopicDivision;
  "externalOrganization"?: ExternalContactsContactChangedTopicExternalOrganization;
  "type"?: string;
  "firstName"?: string;
  "middleName"?: string;
  "lastName"?: string;
  "salutation"?: string;
  "title"?: string;
  "workPhone"?: ExternalContactsContactChangedTopicPhoneNumber;
  "cellPhone"?: ExternalContactsContactChangedTopicPhoneNumber;
  "homePhone"?: ExternalContactsContactChangedTopicPhoneNumber;
  "otherPhone"?: ExternalContactsContactChangedTopicPhoneNumber;
  "workEmail"?: string;
  "personalEmail"?: string;
  "otherEmail"?: string;
  "address"?: ExternalContactsContactChangedTopicContactAddress;
  "surveyOptOut"?: boolean;
  "externalSystemUrl"?: string;
  "twitterId"?: ExternalContactsContactChangedTopicTwitterId;
  "lineId"?: ExternalContactsContactChangedTopicLineId;
  "whatsAppId"?: ExternalContactsContactChangedTopicWhatsAppId;
  "facebookId"?: ExternalContactsContactChangedTopicFacebookId;
  "instagramId"?: ExternalContactsContactChangedTopicInstagramId;
  "externalIds"?: Array<ExternalContactsContactChangedTopicExternalId>;
  "appleOpaqueIds"?: Array<ExternalContactsContactChangedTopicAppleOpaqueId>;
  "canonicalContactId"?: string;
  "schema"?: ExternalContactsContactChangedTopicDataSchema;
  "customFields"?: { [key: string]: object; };
  "mergeSet"?: Array<string>;
  "mergedFrom"?: Array<string>;
  "mergedTo"?: string;
  "mergeOperation"?: ExternalContactsContactChangedTopicMergeOperation;
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsContactChangedTopicContactAddress {
  "address1"?: string;
  "address2"?: string;
  "city"?: string;
  "state"?: string;
  "postalCode"?: string;
  "countryCode"?: string;
}

export interface ExternalContactsContactChangedTopicDataSchema {
  "id"?: string;
  "version"?: number;
}

export interface ExternalContactsContactChangedTopicDivision {
  "id"?: string;
}

export interface ExternalContactsContactChangedTopicExternalId {
  "externalSource"?: ExternalContactsContactChangedTopicExternalSource;
  "value"?: string;
}

export interface ExternalContactsContactChangedTopicExternalOrganization {
  "id"?: string;
  "division"?: ExternalContactsContactChangedTopicDivision;
  "name"?: string;
  "companyType"?: string;
  "industry"?: string;
  "primaryContactId"?: string;
  "address"?: ExternalContactsContactChangedTopicContactAddress;
  "phoneNumber"?: ExternalContactsContactChangedTopicPhoneNumber;
  "faxNumber"?: ExternalContactsContactChangedTopicPhoneNumber;
  "employeeCount"?: number;
  "revenue"?: number;
  "tags"?: Array<string>;
  "websites"?: Array<string>;
  "tickers"?: Array<ExternalContactsContactChangedTopicTicker>;
  "twitterId"?: ExternalContactsContactChangedTopicTwitterId;
  "externalSystemUrl"?: string;
  "customFields"?: { [key: string]: object; };
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsContactChangedTopicExternalSource {
  "id"?: string;
}

export interface ExternalContactsContactChangedTopicFacebookId {
  "ids"?: Array<ExternalContactsContactChangedTopicFacebookScopedId>;
  "displayName"?: string;
}

export interface ExternalContactsContactChangedTopicFacebookScopedId {
  "scopedId"?: string;
}

export interface ExternalContactsContactChangedTopicInstagramId {
  "ids"?: Array<ExternalContactsContactChangedTopicInstagramScopedId>;
  "displayName"?: string;
  "handle"?: string;
}

export interface ExternalContactsContactChangedTopicInstagramScopedId {
  "scopedId"?: string;
}

export interface ExternalContactsContactChangedTopicLineId {
  "ids"?: Array<ExternalContactsContactChangedTopicLineUserId>;
  "displayName"?: string;
}

export interface ExternalContactsContactChangedTopicLineUserId {
  "userId"?: string;
}

export interface ExternalContactsContactChangedTopicMergeOperation {
  "sourceContactId"?: string;
  "targetContactId"?: string;
  "resultingContactId"?: string;
}

export interface ExternalContactsContactChangedTopicPhoneNumber {
  "display"?: string;
  "extension"?: number;
  "acceptsSMS"?: boolean;
  "userInput"?: string;
  "e164"?: string;
  "countryCode"?: string;
  "normalizationCountryCode"?: string;
}

export interface ExternalContactsContactChangedTopicTicker {
  "symbol"?: string;
  "exchange"?: string;
}

export interface ExternalContactsContactChangedTopicTwitterId {
  "id"?: string;
  "name"?: string;
  "screenName"?: string;
  "verified"?: boolean;
  "profileUrl"?: string;
}

export interface ExternalContactsContactChangedTopicWhatsAppBusinessScopedId {
  "bsuid"?: string;
  "parent"?: boolean;
  "portfolioId"?: string;
}

export interface ExternalContactsContactChangedTopicWhatsAppId {
  "phoneNumber"?: ExternalContactsContactChangedTopicPhoneNumber;
  "displayName"?: string;
  "username"?: string;
  "whatsAppBusinessScopedIds"?: Array<ExternalContactsContactChangedTopicWhatsAppBusinessScopedId>;
}

export interface ExternalContactsContactNoteChangedTopicDivision {
  "id"?: string;
}

export interface ExternalContactsContactNoteChangedTopicNote {
  "id"?: string;
  "division"?: ExternalContactsContactNoteChangedTopicDivision;
  "entityId"?: string;
  "entityType"?: string;
  "noteText"?: string;
  "createdBy"?: ExternalContactsContactNoteChangedTopicUser;
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsContactNoteChangedTopicUser {
  "id"?: string;
}

export interface ExternalContactsOrganizationChangedTopicContactAddress {
  "address1"?: string;
  "address2"?: string;
  "city"?: string;
  "state"?: string;
  "postalCode"?: string;
  "countryCode"?: string;
}

export interface ExternalContactsOrganizationChangedTopicDivision {
  "id"?: string;
}

export interface ExternalContactsOrganizationChangedTopicExternalOrganization {
  "id"?: string;
  "division"?: ExternalContactsOrganizationChangedTopicDivision;
  "name"?: string;
  "companyType"?: string;
  "industry"?: string;
  "primaryContactId"?: string;
  "address"?: ExternalContactsOrganizationChangedTopicContactAddress;
  "phoneNumber"?: ExternalContactsOrganizationChangedTopicPhoneNumber;
  "faxNumber"?: ExternalContactsOrganizationChangedTopicPhoneNumber;
  "employeeCount"?: number;
  "revenue"?: number;
  "tags"?: Array<string>;
  "websites"?: Array<string>;
  "tickers"?: Array<ExternalContactsOrganizationChangedTopicTicker>;
  "twitterId"?: ExternalContactsOrganizationChangedTopicTwitterId;
  "externalSystemUrl"?: string;
  "customFields"?: { [key: string]: object; };
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsOrganizationChangedTopicPhoneNumber {
  "display"?: string;
  "extension"?: number;
  "acceptsSMS"?: boolean;
  "userInput"?: string;
  "e164"?: string;
  "countryCode"?: string;
  "normalizationCountryCode"?: string;
}

export interface ExternalContactsOrganizationChangedTopicTicker {
  "symbol"?: string;
  "exchange"?: string;
}

export interface ExternalContactsOrganizationChangedTopicTwitterId {
  "id"?: string;
  "name"?: string;
  "screenName"?: string;
  "verified"?: boolean;
  "profileUrl"?: string;
}

export interface ExternalContactsOrganizationNoteChangedTopicDivision {
  "id"?: string;
}

export interface ExternalContactsOrganizationNoteChangedTopicNote {
  "id"?: string;
  "division"?: ExternalContactsOrganizationNoteChangedTopicDivision;
  "entityId"?: string;
  "entityType"?: string;
  "noteText"?: string;
  "createdBy"?: ExternalContactsOrganizationNoteChangedTopicUser;
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsOrganizationNoteChangedTopicUser {
  "id"?: string;
}

export interface ExternalContactsRelationshipChangedTopicContactAddress {
  "address1"?: string;
  "address2"?: string;
  "city"?: string;
  "state"?: string;
  "postalCode"?: string;
  "countryCode"?: string;
}

export interface ExternalContactsRelationshipChangedTopicDivision {
  "id"?: string;
}

export interface ExternalContactsRelationshipChangedTopicExternalOrganization {
  "id"?: string;
  "division"?: ExternalContactsRelationshipChangedTopicDivision;
  "name"?: string;
  "companyType"?: string;
  "industry"?: string;
  "primaryContactId"?: string;
  "address"?: ExternalContactsRelationshipChangedTopicContactAddress;
  "phoneNumber"?: ExternalContactsRelationshipChangedTopicPhoneNumber;
  "faxNumber"?: ExternalContactsRelationshipChangedTopicPhoneNumber;
  "employeeCount"?: number;
  "revenue"?: number;
  "tags"?: Array<string>;
  "websites"?: Array<string>;
  "tickers"?: Array<ExternalContactsRelationshipChangedTopicTicker>;
  "twitterId"?: ExternalContactsRelationshipChangedTopicTwitterId;
  "externalSystemUrl"?: string;
  "customFields"?: { [key: string]: object; };
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsRelationshipChangedTopicPhoneNumber {
  "display"?: string;
  "extension"?: number;
  "acceptsSMS"?: boolean;
  "userInput"?: string;
  "e164"?: string;
  "countryCode"?: string;
  "normalizationCountryCode"?: string;
}

export interface ExternalContactsRelationshipChangedTopicRelationship {
  "id"?: string;
  "division"?: ExternalContactsRelationshipChangedTopicDivision;
  "user"?: ExternalContactsRelationshipChangedTopicUser;
  "externalOrganization"?: ExternalContactsRelationshipChangedTopicExternalOrganization;
  "relationship"?: string;
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsRelationshipChangedTopicTicker {
  "symbol"?: string;
  "exchange"?: string;
}

export interface ExternalContactsRelationshipChangedTopicTwitterId {
  "id"?: string;
  "name"?: string;
  "screenName"?: string;
  "verified"?: boolean;
  "profileUrl"?: string;
}

export interface ExternalContactsRelationshipChangedTopicUser {
  "id"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicAppleOpaqueId {
  "value"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicContact {
  "id"?: string;
  "division"?: ExternalContactsUnresolvedContactChangedTopicDivision;
  "externalOrganization"?: ExternalContactsUnresolvedContactChangedTopicExternalOrganization;
  "type"?: string;
  "firstName"?: string;
  "middleName"?: string;
  "lastName"?: string;
  "salutation"?: string;
  "title"?: string;
  "workPhone"?: ExternalContactsUnresolvedContactChangedTopicPhoneNumber;
  "cellPhone"?: ExternalContactsUnresolvedContactChangedTopicPhoneNumber;
  "homePhone"?: ExternalContactsUnresolvedContactChangedTopicPhoneNumber;
  "otherPhone"?: ExternalContactsUnresolvedContactChangedTopicPhoneNumber;
  "workEmail"?: string;
  "personalEmail"?: string;
  "otherEmail"?: string;
  "address"?: ExternalContactsUnresolvedContactChangedTopicContactAddress;
  "surveyOptOut"?: boolean;
  "externalSystemUrl"?: string;
  "twitterId"?: ExternalContactsUnresolvedContactChangedTopicTwitterId;
  "lineId"?: ExternalContactsUnresolvedContactChangedTopicLineId;
  "whatsAppId"?: ExternalContactsUnresolvedContactChangedTopicWhatsAppId;
  "facebookId"?: ExternalContactsUnresolvedContactChangedTopicFacebookId;
  "instagramId"?: ExternalContactsUnresolvedContactChangedTopicInstagramId;
  "externalIds"?: Array<ExternalContactsUnresolvedContactChangedTopicExternalId>;
  "appleOpaqueIds"?: Array<ExternalContactsUnresolvedContactChangedTopicAppleOpaqueId>;
  "canonicalContactId"?: string;
  "schema"?: ExternalContactsUnresolvedContactChangedTopicDataSchema;
  "customFields"?: { [key: string]: object; };
  "mergeSet"?: Array<string>;
  "mergedFrom"?: Array<string>;
  "mergedTo"?: string;
  "mergeOperation"?: ExternalContactsUnresolvedContactChangedTopicMergeOperation;
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicContactAddress {
  "address1"?: string;
  "address2"?: string;
  "city"?: string;
  "state"?: string;
  "postalCode"?: string;
  "countryCode"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicDataSchema {
  "id"?: string;
  "version"?: number;
}

export interface ExternalContactsUnresolvedContactChangedTopicDivision {
  "id"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicExternalId {
  "externalSource"?: ExternalContactsUnresolvedContactChangedTopicExternalSource;
  "value"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicExternalOrganization {
  "id"?: string;
  "division"?: ExternalContactsUnresolvedContactChangedTopicDivision;
  "name"?: string;
  "companyType"?: string;
  "industry"?: string;
  "primaryContactId"?: string;
  "address"?: ExternalContactsUnresolvedContactChangedTopicContactAddress;
  "phoneNumber"?: ExternalContactsUnresolvedContactChangedTopicPhoneNumber;
  "faxNumber"?: ExternalContactsUnresolvedContactChangedTopicPhoneNumber;
  "employeeCount"?: number;
  "revenue"?: number;
  "tags"?: Array<string>;
  "websites"?: Array<string>;
  "tickers"?: Array<ExternalContactsUnresolvedContactChangedTopicTicker>;
  "twitterId"?: ExternalContactsUnresolvedContactChangedTopicTwitterId;
  "externalSystemUrl"?: string;
  "customFields"?: { [key: string]: object; };
  "createDate"?: string;
  "modifyDate"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicExternalSource {
  "id"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicFacebookId {
  "ids"?: Array<ExternalContactsUnresolvedContactChangedTopicFacebookScopedId>;
  "displayName"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicFacebookScopedId {
  "scopedId"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicInstagramId {
  "ids"?: Array<ExternalContactsUnresolvedContactChangedTopicInstagramScopedId>;
  "displayName"?: string;
  "handle"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicInstagramScopedId {
  "scopedId"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicLineId {
  "ids"?: Array<ExternalContactsUnresolvedContactChangedTopicLineUserId>;
  "displayName"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicLineUserId {
  "userId"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicMergeOperation {
  "sourceContactId"?: string;
  "targetContactId"?: string;
  "resultingContactId"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicPhoneNumber {
  "display"?: string;
  "extension"?: number;
  "acceptsSMS"?: boolean;
  "userInput"?: string;
  "e164"?: string;
  "countryCode"?: string;
  "normalizationCountryCode"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicTicker {
  "symbol"?: string;
  "exchange"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicTwitterId {
  "id"?: string;
  "name"?: string;
  "screenName"?: string;
  "verified"?: boolean;
  "profileUrl"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicWhatsAppBusinessScopedId {
  "bsuid"?: string;
  "parent"?: boolean;
  "portfolioId"?: string;
}

export interface ExternalContactsUnresolvedContactChangedTopicWhatsAppId {
  "phoneNumber"?: ExternalContactsUnresolvedContactChangedTopicPhoneNumber;
  "displayName"?: string;
  "username"?: string;
  "whatsAppBusinessScopedIds"?: Array<ExternalContactsUnresolvedContactChangedTopicWhatsAppBusinessScopedId>;
}

export interface FaxTopicFaxDataV2 {
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "workspace"?: FaxTopicWorkspaceData;
  "createdBy"?: FaxTopicUserData;
  "contentType"?: string;
  "contentLength"?: number;
  "filename"?: string;
  "changeNumber"?: number;
  "dateUploaded"?: string;
  "uploadedBy"?: FaxTopicUserData;
  "lockInfo"?: FaxTopicLockData;
  "selfUri"?: string;
  "callerAddress"?: string;
  "receiverAddress"?: string;
  "read"?: boolean;
}

export interface FaxTopicLockData {
  "lockedBy"?: FaxTopicUserData;
  "dateCreated"?: string;
  "dateExpires"?: string;
}

export interface FaxTopicUserData {
  "id"?: string;
  "name"?: string;
}

export interface FaxTopicWorkspaceData {
  "id"?: string;
}

export interface FlowEndDetailEventTopicFlowEndEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "disconnectType"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "subject"?: string;
  "messageType"?: string;
  "flowType"?: string;
  "flowId"?: string;
  "divisionId"?: string;
  "flowVersion"?: string;
  "connectedDurationMs"?: number;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "exitReason"?: string;
  "transferType"?: string;
  "utilizationLabel"?: string;
}

export interface FlowMetricsTopicFlowMetricRecord {
  "metric"?: string;
  "metricDate"?: string;
  "value"?: number;
  "recordId"?: string;
  "activeRouting"?: string;
  "activeSkillIds"?: Array<string>;
  "addressFrom"?: string;
  "addressTo"?: string;
  "agentAssistantId"?: string;
  "agentBullseyeRing"?: number;
  "agentOwned"?: boolean;
  "ani"?: string;
  "assignerId"?: string;
  "authenticated"?: boolean;
  "conversationId"?: string;
  "conversationInitiator"?: string;
  "convertedFrom"?: string;
  "convertedTo"?: string;
  "customerParticipation"?: boolean;
  "deliveryStatus"?: string;
  "destinationAddresses"?: Array<string>;
  "direction"?: string;
  "disconnectType"?: string;
  "divisionIds"?: Array<string>;
  "dnis"?: string;
  "edgeId"?: string;
  "eligibleAgentCounts"?: Array<number>;
  "endingLanguage"?: string;
  "entryReason"?: string;
  "entryType"?: string;
  "errorCode"?: string;
  "exitReason"?: string;
  "extendedDeliveryStatus"?: string;
  "externalContactId"?: string;
  "externalMediaCount"?: number;
  "externalOrganizationId"?: string;
  "externalTag"?: string;
  "firstQueue"?: boolean;
  "flaggedReason"?: string;
  "flowId"?: string;
  "flowInType"?: string;
  "flowMilestoneIds"?: Array<string>;
  "flowName"?: string;
  "flowOutType"?: string;
  "flowSubType"?: string;
  "flowType"?: string;
  "flowVersion"?: string;
  "groupId"?: string;
  "interactionType"?: string;
  "journeyActionId"?: string;
  "journeyActionMapId"?: string;
  "journeyActionMapVersion"?: number;
  "journeyCustomerId"?: string;
  "journeyCustomerIdType"?: string;
  "journeyCustomerSessionId"?: string;
  "journeyCustomerSessionIdType"?: string;
  "knowledgeBaseId"?: string;
  "mediaCount"?: number;
  "mediaType"?: string;
  "messageType"?: string;
  "originatingDirection"?: string;
  "outboundCampaignId"?: string;
  "outboundContactId"?: string;
  "outboundContactListId"?: string;
  "participantName"?: string;
  "peerId"?: string;
  "provider"?: string;
  "purpose"?: string;
  "queueId"?: string;
  "recognitionFailureReason"?: string;
  "remote"?: string;
  "removedSkillIds"?: Array<string>;
  "requestedLanguageId"?: string;
  "requestedRoutingSkillIds"?: Array<string>;
  "requestedRoutings"?: Array<string>;
  "roomId"?: string;
  "routingPriority"?: number;
  "routingRing"?: number;
  "routingRule"?: string;
  "routingRuleType"?: string;
  "selectedAgentId"?: string;
  "selectedAgentRank"?: number;
  "selfServed"?: boolean;
  "sessionDnis"?: string;
  "sessionId"?: string;
  "skillExpressionId"?: string;
  "startingLanguage"?: string;
  "stationId"?: string;
  "teamId"?: string;
  "transferTargetAddress"?: string;
  "transferTargetName"?: string;
  "transferType"?: string;
  "usedRouting"?: string;
  "userId"?: string;
  "videoPresent"?: boolean;
  "waitingInteractionCounts"?: Array<number>;
  "wrapUpCode"?: string;
  "proposedAgents"?: Array<FlowMetricsTopicFlowProposedAgent>;
  "outcomes"?: Array<FlowMetricsTopicFlowOutcome>;
  "scoredAgents"?: Array<FlowMetricsTopicFlowScoredAgent>;
}

export interface FlowMetricsTopicFlowOutcome {
  "flowOutcome"?: string;
  "flowOutcomeId"?: string;
  "flowOutcomeValue"?: string;
}

export interface FlowMetricsTopicFlowProposedAgent {
  "agentRank"?: number;
  "proposedAgentId"?: string;
}

export interface FlowMetricsTopicFlowScoredAgent {
  "agentScore"?: number;
  "scoredAgentId"?: string;
}

export interface FlowOutcomeDetailEventTopicFlowMilestone {
  "milestoneId"?: string;
  "milestoneTime"?: number;
}

export interface FlowOutcomeDetailEventTopicFlowOutcomeEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "subject"?: string;
  "messageType"?: string;
  "flowType"?: string;
  "flowId"?: string;
  "divisionId"?: string;
  "flowVersion"?: string;
  "flowOutcomeId"?: string;
  "flowOutcomeStartTime"?: number;
  "flowOutcomeEndTime"?: number;
  "flowOutcomeValue"?: string;
  "flowMilestones"?: Array<FlowOutcomeDetailEventTopicFlowMilestone>;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface FlowStartDetailEventTopicFlowStartEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "subject"?: string;
  "messageType"?: string;
  "flowType"?: string;
  "flowId"?: string;
  "divisionId"?: string;
  "flowVersion"?: string;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface GamificationScorecardChangeTopicEvaluationDetail {
  "evaluationId"?: string;
  "conversationId"?: string;
  "conversationDate"?: string;
  "formName"?: string;
  "points"?: number;
  "maxPoints"?: number;
  "evaluationScore"?: number;
  "evaluationScoreDouble"?: number;
  "mediaTypes"?: Array<string>;
}

export interface GamificationScorecardChangeTopicMetric {
  "id"?: string;
}

export interface GamificationScorecardChangeTopicPerformanceMetric {
  "metric"?: GamificationScorecardChangeTopicMetric;
  "points"?: number;
  "value"?: number;
  "punctualityEvents"?: Array<GamificationScorecardChangeTopicPunctualityEvent>;
  "evaluationDetails"?: Array<GamificationScorecardChangeTopicEvaluationDetail>;
}

export interface GamificationScorecardChangeTopicPunctualityEvent {
  "dateStart"?: string;
  "dateScheduleStart"?: string;
  "activityCode"?: string;
  "activityCodeId"?: string;
  "activityColor"?: string;
  "activityName"?: string;
  "points"?: number;
}

export interface GamificationScorecardChangeTopicScorecardChange {
  "workday"?: string;
  "divisionId"?: string;
  "teamId"?: string;
  "performanceProfileId"?: string;
  "userId"?: string;
  "performanceMetrics"?: Array<GamificationScorecardChangeTopicPerformanceMetric>;
}

export interface GcuccTeamsCalendarEventsGCUCCTeamsCalendarEventV2 {
  "externalUserId"?: string;
  "genesysUserId"?: string;
  "trigger"?: string;
  "eventType"?: string;
  "eventTime"?: string;
  "responseStatus"?: string;
  "meetingId"?: string;
}

export interface GenAiPhrasesTestPhraseDetectedPhrase {
  "foundPhrase"?: string;
  "snippet"?: string;
  "confidence"?: number;
}

export interface GenAiPhrasesTestPhraseMatchedTranscript {
  "timestamp"?: number;
  "transcriptId"?: string;
  "communicationId"?: string;
  "conversationId"?: string;
  "mediaType"?: string;
  "detectedPhrases"?: Array<GenAiPhrasesTestPhraseDetectedPhrase>;
}

export interface GenAiPhrasesTestTopicPhraseResults {
  "processedTranscriptsCount"?: number;
  "matchedTranscriptsCount"?: number;
  "matchedTranscripts"?: Array<GenAiPhrasesTestPhraseMatchedTranscript>;
}

export interface GenAiPhrasesTopicsDefinitionsJob {
  "id"?: string;
  "state"?: string;
  "testTopicPhraseResults"?: Array<GenAiPhrasesTestTopicPhraseResults>;
  "genAIPhrasesResults"?: Array<string>;
}

export interface GeolocationEventGeolocation {
  "userId"?: string;
  "type"?: string;
  "country"?: string;
  "region"?: string;
  "city"?: string;
}

export interface GroupGreetingEventGreeting {
  "id"?: string;
  "name"?: string;
  "type"?: string;
  "ownerType"?: string;
  "owner"?: GroupGreetingEventGreetingOwner;
  "greetingAudioFile"?: GroupGreetingEventGreetingAudioFile;
  "audioTTS"?: string;
}

export interface GroupGreetingEventGreetingAudioFile {
  "durationMilliseconds"?: number;
  "sizeBytes"?: number;
}

export interface GroupGreetingEventGreetingOwner {
  "id"?: string;
}

export interface ImportTemplateImportStatusImportStatus {
  "importState"?: string;
  "totalRecords"?: number;
  "completedRecords"?: number;
  "percentageComplete"?: number;
  "failureReason"?: string;
  "targetContactListIds"?: Array<string>;
  "listNamePrefix"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface JourneyAppEventsNotificationActionMap {
  "id"?: string;
  "selfUri"?: string;
  "displayName"?: string;
  "version"?: number;
}

export interface JourneyAppEventsNotificationActionTarget {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyAppEventsNotificationApp {
  "name"?: string;
  "namespace"?: string;
  "version"?: string;
  "buildNumber"?: string;
}

export interface JourneyAppEventsNotificationAppEventsNotification {
  "id"?: string;
  "correlationId"?: string;
  "externalContact"?: JourneyAppEventsNotificationExternalContact;
  "createdDate"?: string;
  "customerId"?: string;
  "customerIdType"?: string;
  "session"?: JourneyAppEventsNotificationSession;
  "eventType"?: string;
  "appEvent"?: JourneyAppEventsNotificationAppMessage;
  "outcomeAchievedEvent"?: JourneyAppEventsNotificationOutcomeAchievedMessage;
  "segmentAssignmentEvent"?: JourneyAppEventsNotificationSegmentAssignmentMessage;
  "webActionEvent"?: JourneyAppEventsNotificationWebActionMessage;
}

export interface JourneyAppEventsNotificationAppMessage {
  "eventName"?: string;
  "screenName"?: string;
  "app"?: JourneyAppEventsNotificationApp;
  "device"?: JourneyAppEventsNotificationDevice;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "geolocation"?: JourneyAppEventsNotificationGeoLocation;
  "sdkLibrary"?: JourneyAppEventsNotificationSdkLibrary;
  "networkConnectivity"?: JourneyAppEventsNotificationNetworkConnectivity;
  "mktCampaign"?: JourneyAppEventsNotificationMktCampaign;
  "searchQuery"?: string;
  "attributes"?: { [key: string]: JourneyAppEventsNotificationCustomEventAttribute; };
  "traits"?: { [key: string]: JourneyAppEventsNotificationCustomEventAttribute; };
}

export interface JourneyAppEventsNotificationAssociatedValue {
  "dataType"?: string;
  "value"?: number;
}

export interface JourneyAppEventsNotificationBrowser {
  "family"?: string;
  "version"?: string;
  "lang"?: string;
  "fingerprint"?: string;
  "viewHeight"?: number;
  "viewWidth"?: number;
  "featuresFlash"?: boolean;
  "featuresJava"?: boolean;
  "featuresPdf"?: boolean;
  "featuresWebrtc"?: boolean;
}

export interface JourneyAppEventsNotificationCustomEventAttribute {
  "value"?: string;
  "dataType"?: string;
}

export interface JourneyAppEventsNotificationDevice {
  "type"?: string;
  "isMobile"?: boolean;
  "screenHeight"?: number;
  "screenWidth"?: number;
  "screenDensity"?: number;
  "fingerprint"?: string;
  "osFamily"?: string;
  "osVersion"?: string;
  "category"?: string;
  "manufacturer"?: string;
}

export interface JourneyAppEventsNotificationEventAction {
  "id"?: string;
  "createdDate"?: string;
  "state"?: string;
  "mediaType"?: string;
  "prompt"?: string;
}

export interface JourneyAppEventsNotificationExternalContact {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyAppEventsNotificationGeoLocation {
  "country"?: string;
  "countryName"?: string;
  "latitude"?: number;
  "longitude"?: number;
  "locality"?: string;
  "postalCode"?: string;
  "region"?: string;
  "regionName"?: string;
  "timezone"?: string;
  "source"?: string;
}

export interface JourneyAppEventsNotificationMktCampaign {
  "content"?: string;
  "medium"?: string;
  "name"?: string;
  "source"?: string;
  "term"?: string;
  "clickId"?: string;
  "network"?: string;
}

export interface JourneyAppEventsNotificationNetworkConnectivity {
  "carrier"?: string;
  "bluetoothEnabled"?: boolean;
  "cellularEnabled"?: boolean;
  "wifiEnabled"?: boolean;
}

export interface JourneyAppEventsNotificationOutcome {
  "id"?: string;
  "selfUri"?: string;
  "displayName"?: string;
  "version"?: string;
}

export interface JourneyAppEventsNotificationOutcomeAchievedMessage {
  "outcome"?: JourneyAppEventsNotificationOutcome;
  "browser"?: JourneyAppEventsNotificationBrowser;
  "visitCreatedDate"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "userAgentString"?: string;
  "device"?: JourneyAppEventsNotificationDevice;
  "geolocation"?: JourneyAppEventsNotificationGeoLocation;
  "mktCampaign"?: JourneyAppEventsNotificationMktCampaign;
  "visitReferrer"?: JourneyAppEventsNotificationReferrer;
  "associatedValue"?: JourneyAppEventsNotificationAssociatedValue;
}

export interface JourneyAppEventsNotificationReferrer {
  "url"?: string;
  "domain"?: string;
  "hostname"?: string;
  "keywords"?: string;
  "pathname"?: string;
  "queryString"?: string;
  "fragment"?: string;
  "name"?: string;
  "medium"?: string;
}

export interface JourneyAppEventsNotificationSdkLibrary {
  "name"?: string;
  "version"?: string;
}

export interface JourneyAppEventsNotificationSegment {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyAppEventsNotificationSegmentAssignmentMessage {
  "segment"?: JourneyAppEventsNotificationSegment;
  "assignmentState"?: string;
  "dateAssigned"?: string;
  "dateForUnassignment"?: string;
}

export interface JourneyAppEventsNotificationSession {
  "id"?: string;
  "selfUri"?: string;
  "type"?: string;
}

export interface JourneyAppEventsNotificationWebActionMessage {
  "action"?: JourneyAppEventsNotificationEventAction;
  "actionTarget"?: JourneyAppEventsNotificationActionTarget;
  "actionMap"?: JourneyAppEventsNotificationActionMap;
  "errorCode"?: string;
  "errorMessage"?: string;
  "userAgentString"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "browser"?: JourneyAppEventsNotificationBrowser;
  "device"?: JourneyAppEventsNotificationDevice;
  "geolocation"?: JourneyAppEventsNotificationGeoLocation;
  "mktCampaign"?: JourneyAppEventsNotificationMktCampaign;
  "visitReferrer"?: JourneyAppEventsNotificationReferrer;
  "timeToDisposition"?: number;
}

export interface JourneyOutcomeEventsNotificationActionMap {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyOutcomeEventsNotificationAssociatedValue {
  "dataType"?: string;
  "value"?: number;
}

export interface JourneyOutcomeEventsNotificationBrowser {
  "family"?: string;
  "version"?: string;
  "lang"?: string;
  "fingerprint"?: string;
  "viewHeight"?: number;
  "viewWidth"?: number;
  "featuresFlash"?: boolean;
  "featuresJava"?: boolean;
  "featuresPdf"?: boolean;
  "featuresWebrtc"?: boolean;
}

export interface JourneyOutcomeEventsNotificationDevice {
  "type"?: string;
  "isMobile"?: boolean;
  "screenHeight"?: number;
  "screenWidth"?: number;
  "screenDensity"?: number;
  "fingerprint"?: string;
  "osFamily"?: string;
  "osVersion"?: string;
  "category"?: string;
  "manufacturer"?: string;
}

export interface JourneyOutcomeEventsNotificationExternalContact {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyOutcomeEventsNotificationGeoLocation {
  "country"?: string;
  "countryName"?: string;
  "latitude"?: number;
  "longitude"?: number;
  "locality"?: string;
  "postalCode"?: string;
  "region"?: string;
  "regionName"?: string;
  "timezone"?: string;
  "source"?: string;
}

export interface JourneyOutcomeEventsNotificationMktCampaign {
  "content"?: string;
  "medium"?: string;
  "name"?: string;
  "source"?: string;
  "term"?: string;
  "clickId"?: string;
  "network"?: string;
}

export interface JourneyOutcomeEventsNotificationOutcome {
  "id"?: string;
  "selfUri"?: string;
  "displayName"?: string;
}

export interface JourneyOutcomeEventsNotificationOutcomeAchievedMessage {
  "outcome"?: JourneyOutcomeEventsNotificationOutcome;
  "browser"?: JourneyOutcomeEventsNotificationBrowser;
  "visitCreatedDate"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "userAgentString"?: string;
  "device"?: JourneyOutcomeEventsNotificationDevice;
  "geolocation"?: JourneyOutcomeEventsNotificationGeoLocation;
  "mktCampaign"?: JourneyOutcomeEventsNotificationMktCampaign;
  "visitReferrer"?: JourneyOutcomeEventsNotificationReferrer;
  "associatedValue"?: JourneyOutcomeEventsNotificationAssociatedValue;
}

export interface JourneyOutcomeEventsNotificationOutcomeAttributionMessage {
  "outcome"?: JourneyOutcomeEventsNotificationOutcome;
  "outcomeTouchpoints"?: Array<JourneyOutcomeEventsNotificationOutcomeTouchpoint>;
  "segmentAssignments"?: Array<JourneyOutcomeEventsNotificationSegment>;
  "associatedValue"?: JourneyOutcomeEventsNotificationAssociatedValue;
}

export interface JourneyOutcomeEventsNotificationOutcomeEventsNotification {
  "id"?: string;
  "correlationId"?: string;
  "externalContact"?: JourneyOutcomeEventsNotificationExternalContact;
  "createdDate"?: string;
  "customerId"?: string;
  "customerIdType"?: string;
  "session"?: JourneyOutcomeEventsNotificationSession;
  "eventType"?: string;
  "outcomeAchievedEvent"?: JourneyOutcomeEventsNotificationOutcomeAchievedMessage;
  "outcomeAttributionEventMessage"?: JourneyOutcomeEventsNotificationOutcomeAttributionMessage;
}

export interface JourneyOutcomeEventsNotificationOutcomeTouchpoint {
  "id"?: string;
  "channels"?: Array<JourneyOutcomeEventsNotificationOutcomeTouchpointChannel>;
  "createdDate"?: string;
  "actionMap"?: JourneyOutcomeEventsNotificationActionMap;
}

export interface JourneyOutcomeEventsNotificationOutcomeTouchpointChannel {
  "type"?: string;
}

export interface JourneyOutcomeEventsNotificationReferrer {
  "url"?: string;
  "domain"?: string;
  "hostname"?: string;
  "keywords"?: string;
  "pathname"?: string;
  "queryString"?: string;
  "fragment"?: string;
  "name"?: string;
  "medium"?: string;
}

export interface JourneyOutcomeEventsNotificationSegment {
  "id"?: string;
  "selfUri"?: string;
  "assignedDate"?: string;
}

export interface JourneyOutcomeEventsNotificationSession {
  "id"?: string;
  "selfUri"?: string;
  "type"?: string;
}

export interface JourneySegmentAssignmentEventsNotificationExternalContact {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySegmentAssignmentEventsNotificationSegment {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySegmentAssignmentEventsNotificationSegmentAssignmentEventsNotification {
  "id"?: string;
  "correlationId"?: string;
  "externalContact"?: JourneySegmentAssignmentEventsNotificationExternalContact;
  "createdDate"?: string;
  "customerId"?: string;
  "customerIdType"?: string;
  "session"?: JourneySegmentAssignmentEventsNotificationSession;
  "eventType"?: string;
  "segmentAssignmentEvent"?: JourneySegmentAssignmentEventsNotificationSegmentAssignmentMessage;
}

export interface JourneySegmentAssignmentEventsNotificationSegmentAssignmentMessage {
  "segment"?: JourneySegmentAssignmentEventsNotificationSegment;
  "assignmentState"?: string;
  "dateAssigned"?: string;
  "dateForUnassignment"?: string;
}

export interface JourneySegmentAssignmentEventsNotificationSession {
  "id"?: string;
  "selfUri"?: string;
  "type"?: string;
}

export interface JourneySessionEventsNotificationApp {
  "name"?: string;
  "namespace"?: string;
  "version"?: string;
  "buildNumber"?: string;
}

export interface JourneySessionEventsNotificationBrowser {
  "family"?: string;
  "version"?: string;
  "lang"?: string;
  "fingerprint"?: string;
  "viewHeight"?: number;
  "viewWidth"?: number;
  "featuresFlash"?: boolean;
  "featuresJava"?: boolean;
  "featuresPdf"?: boolean;
  "featuresWebrtc"?: boolean;
}

export interface JourneySessionEventsNotificationCase {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySessionEventsNotificationCaseAssociation {
  "caseId"?: string;
  "caseReference"?: string;
  "dateAssociated"?: string;
}

export interface JourneySessionEventsNotificationConnectedQueue {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySessionEventsNotificationConversation {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySessionEventsNotificationConversationChannel {
  "type"?: string;
  "messageType"?: string;
  "platform"?: string;
}

export interface JourneySessionEventsNotificationConversationUserDisposition {
  "code"?: string;
  "notes"?: string;
  "user"?: JourneySessionEventsNotificationUser;
}

export interface JourneySessionEventsNotificationDevice {
  "type"?: string;
  "isMobile"?: boolean;
  "screenHeight"?: number;
  "screenWidth"?: number;
  "screenDensity"?: number;
  "fingerprint"?: string;
  "osFamily"?: string;
  "osVersion"?: string;
  "category"?: string;
  "manufacturer"?: string;
}

export interface JourneySessionEventsNotificationExternalContact {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySessionEventsNotificationGeoLocation {
  "country"?: string;
  "countryName"?: string;
  "latitude"?: number;
  "longitude"?: number;
  "locality"?: string;
  "postalCode"?: string;
  "region"?: string;
  "regionName"?: string;
  "timezone"?: string;
  "source"?: string;
}

export interface JourneySessionEventsNotificationMktCampaign {
  "content"?: string;
  "medium"?: string;
  "name"?: string;
  "source"?: string;
  "term"?: string;
  "clickId"?: string;
  "network"?: string;
}

export interface JourneySessionEventsNotificationNetworkConnectivity {
  "carrier"?: string;
  "bluetoothEnabled"?: boolean;
  "cellularEnabled"?: boolean;
  "wifiEnabled"?: boolean;
}

export interface JourneySessionEventsNotificationOutcome {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySessionEventsNotificationOutcomeAchievement {
  "outcome"?: JourneySessionEventsNotificationOutcome;
  "achievedDate"?: string;
}

export interface JourneySessionEventsNotificationPage {
  "url"?: string;
  "title"?: string;
  "domain"?: string;
  "fragment"?: string;
  "hostname"?: string;
  "keywords"?: string;
  "lang"?: string;
  "pathname"?: string;
  "queryString"?: string;
  "breadcrumb"?: Array<string>;
}

export interface JourneySessionEventsNotificationReferrer {
  "url"?: string;
  "domain"?: string;
  "hostname"?: string;
  "keywords"?: string;
  "pathname"?: string;
  "queryString"?: string;
  "fragment"?: string;
  "name"?: string;
  "medium"?: string;
}

export interface JourneySessionEventsNotificationSdkLibrary {
  "name"?: string;
  "version"?: string;
}

export interface JourneySessionEventsNotificationSegment {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneySessionEventsNotificationSegmentAssignment {
  "segment"?: JourneySessionEventsNotificationSegment;
  "assignedDate"?: string;
}

export interface JourneySessionEventsNotificationSessionEvent {
  "id"?: string;
  "selfUri"?: string;
  "createdDate"?: string;
  "endedDate"?: string;
  "externalContact"?: JourneySessionEventsNotificationExternalContact;
  "customerId"?: string;
  "customerIdType"?: string;
  "type"?: string;
  "outcomeAchievements"?: Array<JourneySessionEventsNotificationOutcomeAchievement>;
  "segmentAssignments"?: Array<JourneySessionEventsNotificationSegmentAssignment>;
  "awayDate"?: string;
  "browser"?: JourneySessionEventsNotificationBrowser;
  "device"?: JourneySessionEventsNotificationDevice;
  "geolocation"?: JourneySessionEventsNotificationGeoLocation;
  "idleDate"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "lastPage"?: JourneySessionEventsNotificationPage;
  "mktCampaign"?: JourneySessionEventsNotificationMktCampaign;
  "referrer"?: JourneySessionEventsNotificationReferrer;
  "searchTerms"?: Array<string>;
  "userAgentString"?: string;
  "durationInSeconds"?: number;
  "eventCount"?: number;
  "pageviewCount"?: number;
  "screenviewCount"?: number;
  "lastEvent"?: JourneySessionEventsNotificationSessionLastEvent;
  "conversation"?: JourneySessionEventsNotificationConversation;
  "originatingDirection"?: string;
  "conversationSubject"?: string;
  "lastUserDisposition"?: JourneySessionEventsNotificationConversationUserDisposition;
  "lastConnectedUser"?: JourneySessionEventsNotificationUser;
  "lastConnectedQueue"?: JourneySessionEventsNotificationConnectedQueue;
  "conversationChannels"?: Array<JourneySessionEventsNotificationConversationChannel>;
  "lastUserDisconnectType"?: string;
  "lastAcdOutcome"?: string;
  "authenticated"?: boolean;
  "app"?: JourneySessionEventsNotificationApp;
  "sdkLibrary"?: JourneySessionEventsNotificationSdkLibrary;
  "networkConnectivity"?: JourneySessionEventsNotificationNetworkConnectivity;
  "divisionIds"?: Array<string>;
  "lastScreen"?: string;
  "caseAssociations"?: Array<JourneySessionEventsNotificationCaseAssociation>;
  "caseEntity"?: JourneySessionEventsNotificationCase;
  "caseReference"?: string;
  "caseStatus"?: string;
}

export interface JourneySessionEventsNotificationSessionLastEvent {
  "id"?: string;
  "eventName"?: string;
  "createdDate"?: string;
}

export interface JourneySessionEventsNotificationUser {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyViewJobNotificationTopicJourneyView {
  "id"?: string;
  "version"?: number;
}

export interface JourneyViewJobNotificationTopicJourneyViewJobNotificationEventV2 {
  "id"?: string;
  "status"?: string;
  "dateCreated"?: string;
  "dateCompleted"?: string;
  "journeyView"?: JourneyViewJobNotificationTopicJourneyView;
  "dateCompletionEstimated"?: string;
  "estimatedCompletionMargin"?: number;
  "userId"?: string;
}

export interface JourneyWebActionEventsNotificationActionMap {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebActionEventsNotificationActionMapPageUrlCondition {
  "values"?: Array<string>;
  "operator"?: string;
}

export interface JourneyWebActionEventsNotificationActionTarget {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebActionEventsNotificationBlockedWebActionOfferMessage {
  "action"?: JourneyWebActionEventsNotificationEventAction;
  "actionMap"?: JourneyWebActionEventsNotificationActionMap;
  "actionTarget"?: JourneyWebActionEventsNotificationActionTarget;
  "blockingReason"?: string;
  "blockingActionMap"?: JourneyWebActionEventsNotificationActionMap;
  "blockingAction"?: JourneyWebActionEventsNotificationEventAction;
  "blockingFrequencyCapBehaviour"?: string;
  "blockingPageUrlConditions"?: Array<JourneyWebActionEventsNotificationActionMapPageUrlCondition>;
  "blockingScheduleGroup"?: JourneyWebActionEventsNotificationScheduleGroup;
  "blockingEmergencyScheduleGroup"?: JourneyWebActionEventsNotificationEmergencyGroup;
}

export interface JourneyWebActionEventsNotificationBrowser {
  "family"?: string;
  "version"?: string;
  "lang"?: string;
  "fingerprint"?: string;
  "viewHeight"?: number;
  "viewWidth"?: number;
  "featuresFlash"?: boolean;
  "featuresJava"?: boolean;
  "featuresPdf"?: boolean;
  "featuresWebrtc"?: boolean;
}

export interface JourneyWebActionEventsNotificationDevice {
  "type"?: string;
  "isMobile"?: boolean;
  "screenHeight"?: number;
  "screenWidth"?: number;
  "screenDensity"?: number;
  "fingerprint"?: string;
  "osFamily"?: string;
  "osVersion"?: string;
  "category"?: string;
  "manufacturer"?: string;
}

export interface JourneyWebActionEventsNotificationEmergencyGroup {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebActionEventsNotificationEventAction {
  "id"?: string;
}

export interface JourneyWebActionEventsNotificationExternalContact {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebActionEventsNotificationGeoLocation {
  "country"?: string;
  "countryName"?: string;
  "latitude"?: number;
  "longitude"?: number;
  "locality"?: string;
  "postalCode"?: string;
  "region"?: string;
  "regionName"?: string;
  "timezone"?: string;
  "source"?: string;
}

export interface JourneyWebActionEventsNotificationMktCampaign {
  "content"?: string;
  "medium"?: string;
  "name"?: string;
  "source"?: string;
  "term"?: string;
  "clickId"?: string;
  "network"?: string;
}

export interface JourneyWebActionEventsNotificationReferrer {
  "url"?: string;
  "domain"?: string;
  "hostname"?: string;
  "keywords"?: string;
  "pathname"?: string;
  "queryString"?: string;
  "fragment"?: string;
  "name"?: string;
  "medium"?: string;
}

export interface JourneyWebActionEventsNotificationScheduleGroup {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebActionEventsNotificationSession {
  "id"?: string;
  "selfUri"?: string;
  "type"?: string;
}

export interface JourneyWebActionEventsNotificationWebActionEventsNotification {
  "id"?: string;
  "correlationId"?: string;
  "externalContact"?: JourneyWebActionEventsNotificationExternalContact;
  "createdDate"?: string;
  "customerId"?: string;
  "customerIdType"?: string;
  "session"?: JourneyWebActionEventsNotificationSession;
  "eventType"?: string;
  "webActionEvent"?: JourneyWebActionEventsNotificationWebActionMessage;
  "blockedWebActionOfferEvent"?: JourneyWebActionEventsNotificationBlockedWebActionOfferMessage;
}

export interface JourneyWebActionEventsNotificationWebActionMessage {
  "action"?: JourneyWebActionEventsNotificationEventAction;
  "actionTarget"?: JourneyWebActionEventsNotificationActionTarget;
  "actionMap"?: JourneyWebActionEventsNotificationActionMap;
  "errorCode"?: string;
  "errorMessage"?: string;
  "userAgentString"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "browser"?: JourneyWebActionEventsNotificationBrowser;
  "device"?: JourneyWebActionEventsNotificationDevice;
  "geolocation"?: JourneyWebActionEventsNotificationGeoLocation;
  "mktCampaign"?: JourneyWebActionEventsNotificationMktCampaign;
  "visitReferrer"?: JourneyWebActionEventsNotificationReferrer;
  "timeToDisposition"?: number;
}

export interface JourneyWebEventsNotificationActionMap {
  "id"?: string;
  "selfUri"?: string;
  "displayName"?: string;
  "version"?: number;
}

export interface JourneyWebEventsNotificationActionTarget {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebEventsNotificationAssociatedValue {
  "dataType"?: string;
  "value"?: number;
}

export interface JourneyWebEventsNotificationBrowser {
  "family"?: string;
  "version"?: string;
  "lang"?: string;
  "fingerprint"?: string;
  "viewHeight"?: number;
  "viewWidth"?: number;
  "featuresFlash"?: boolean;
  "featuresJava"?: boolean;
  "featuresPdf"?: boolean;
  "featuresWebrtc"?: boolean;
}

export interface JourneyWebEventsNotificationCustomEventAttribute {
  "value"?: string;
  "dataType"?: string;
}

export interface JourneyWebEventsNotificationDevice {
  "type"?: string;
  "isMobile"?: boolean;
  "screenHeight"?: number;
  "screenWidth"?: number;
  "screenDensity"?: number;
  "fingerprint"?: string;
  "osFamily"?: string;
  "osVersion"?: string;
  "category"?: string;
  "manufacturer"?: string;
}

export interface JourneyWebEventsNotificationEventAction {
  "id"?: string;
  "createdDate"?: string;
  "state"?: string;
  "mediaType"?: string;
  "prompt"?: string;
}

export interface JourneyWebEventsNotificationExternalContact {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebEventsNotificationGeoLocation {
  "country"?: string;
  "countryName"?: string;
  "latitude"?: number;
  "longitude"?: number;
  "locality"?: string;
  "postalCode"?: string;
  "region"?: string;
  "regionName"?: string;
  "timezone"?: string;
  "source"?: string;
}

export interface JourneyWebEventsNotificationMktCampaign {
  "content"?: string;
  "medium"?: string;
  "name"?: string;
  "source"?: string;
  "term"?: string;
  "clickId"?: string;
  "network"?: string;
}

export interface JourneyWebEventsNotificationOutcome {
  "id"?: string;
  "selfUri"?: string;
  "displayName"?: string;
  "version"?: string;
}

export interface JourneyWebEventsNotificationOutcomeAchievedMessage {
  "outcome"?: JourneyWebEventsNotificationOutcome;
  "browser"?: JourneyWebEventsNotificationBrowser;
  "visitCreatedDate"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "userAgentString"?: string;
  "device"?: JourneyWebEventsNotificationDevice;
  "geolocation"?: JourneyWebEventsNotificationGeoLocation;
  "mktCampaign"?: JourneyWebEventsNotificationMktCampaign;
  "visitReferrer"?: JourneyWebEventsNotificationReferrer;
  "associatedValue"?: JourneyWebEventsNotificationAssociatedValue;
}

export interface JourneyWebEventsNotificationPage {
  "url"?: string;
  "title"?: string;
  "domain"?: string;
  "fragment"?: string;
  "hostname"?: string;
  "keywords"?: string;
  "lang"?: string;
  "pathname"?: string;
  "queryString"?: string;
  "breadcrumb"?: Array<string>;
}

export interface JourneyWebEventsNotificationReferrer {
  "url"?: string;
  "domain"?: string;
  "hostname"?: string;
  "keywords"?: string;
  "pathname"?: string;
  "queryString"?: string;
  "fragment"?: string;
  "name"?: string;
  "medium"?: string;
}

export interface JourneyWebEventsNotificationSegment {
  "id"?: string;
  "selfUri"?: string;
}

export interface JourneyWebEventsNotificationSegmentAssignmentMessage {
  "segment"?: JourneyWebEventsNotificationSegment;
  "assignmentState"?: string;
  "dateAssigned"?: string;
  "dateForUnassignment"?: string;
}

export interface JourneyWebEventsNotificationSession {
  "id"?: string;
  "selfUri"?: string;
  "type"?: string;
}

export interface JourneyWebEventsNotificationWebActionMessage {
  "action"?: JourneyWebEventsNotificationEventAction;
  "actionTarget"?: JourneyWebEventsNotificationActionTarget;
  "actionMap"?: JourneyWebEventsNotificationActionMap;
  "errorCode"?: string;
  "errorMessage"?: string;
  "userAgentString"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "browser"?: JourneyWebEventsNotificationBrowser;
  "device"?: JourneyWebEventsNotificationDevice;
  "geolocation"?: JourneyWebEventsNotificationGeoLocation;
  "mktCampaign"?: JourneyWebEventsNotificationMktCampaign;
  "visitReferrer"?: JourneyWebEventsNotificationReferrer;
  "timeToDisposition"?: number;
}

export interface JourneyWebEventsNotificationWebEventsNotification {
  "id"?: string;
  "correlationId"?: string;
  "externalContact"?: JourneyWebEventsNotificationExternalContact;
  "createdDate"?: string;
  "customerId"?: string;
  "customerIdType"?: string;
  "session"?: JourneyWebEventsNotificationSession;
  "eventType"?: string;
  "webEvent"?: JourneyWebEventsNotificationWebMessage;
  "webActionEvent"?: JourneyWebEventsNotificationWebActionMessage;
  "outcomeAchievedEvent"?: JourneyWebEventsNotificationOutcomeAchievedMessage;
  "segmentAssignmentEvent"?: JourneyWebEventsNotificationSegmentAssignmentMessage;
}

export interface JourneyWebEventsNotificationWebMessage {
  "eventName"?: string;
  "totalEventCount"?: number;
  "totalPageviewCount"?: number;
  "userAgentString"?: string;
  "ipAddress"?: string;
  "ipOrganization"?: string;
  "searchQuery"?: string;
  "authenticated"?: boolean;
  "browser"?: JourneyWebEventsNotificationBrowser;
  "device"?: JourneyWebEventsNotificationDevice;
  "geolocation"?: JourneyWebEventsNotificationGeoLocation;
  "mktCampaign"?: JourneyWebEventsNotificationMktCampaign;
  "page"?: JourneyWebEventsNotificationPage;
  "referrer"?: JourneyWebEventsNotificationReferrer;
  "attributes"?: { [key: string]: JourneyWebEventsNotificationCustomEventAttribute; };
  "traits"?: { [key: string]: JourneyWebEventsNotificationCustomEventAttribute; };
}

export interface LearningAssignmentRuleRunTopicLearningAssignmentRuleRunNotification {
  "entities"?: Array<LearningAssignmentRuleRunTopicLearningAssignmentsCreated>;
  "total"?: number;
}

export interface LearningAssignmentRuleRunTopicLearningAssignmentsCreated {
  "module"?: LearningAssignmentRuleRunTopicLearningModuleReference;
}

export interface LearningAssignmentRuleRunTopicLearningModuleReference {
  "id"?: string;
  "name"?: string;
}

export interface LearningAssignmentTopicLearningAssignmentNotification {
  "id"?: string;
  "user"?: LearningAssignmentTopicUserReference;
  "module"?: LearningAssignmentTopicLearningModuleReference;
  "version"?: number;
  "state"?: string;
  "dateRecommendedForCompletion"?: string;
  "createdBy"?: LearningAssignmentTopicUserReference;
  "dateCreated"?: string;
  "modifiedBy"?: LearningAssignmentTopicUserReference;
  "dateModified"?: string;
  "isOverdue"?: boolean;
  "lengthInMinutes"?: number;
  "percentageScore"?: number;
  "isPassed"?: boolean;
  "type"?: string;
}

export interface LearningAssignmentTopicLearningModuleReference {
  "id"?: string;
  "name"?: string;
}

export interface LearningAssignmentTopicUserReference {
  "id"?: string;
}

export interface MaestroWebhooksInvocationTopicPublicWebhooksEvent {
  "webhookId"?: string;
  "invocationTime"?: string;
  "webhooksInvocation"?: MaestroWebhooksInvocationTopicWebhooksInvocation;
}

export interface MaestroWebhooksInvocationTopicWebhooksInvocation {
  "body"?: object;
  "headers"?: { [key: string]: Array<string>; };
  "query"?: { [key: string]: Array<string>; };
}

export interface MessagingCampaignScheduleConfigChangeAlteration {
  "type"?: string;
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface MessagingCampaignScheduleConfigChangeMessagingCampaignSchedule {
  "intervals"?: Array<MessagingCampaignScheduleConfigChangeScheduleInterval>;
  "recurrences"?: Array<MessagingCampaignScheduleConfigChangeScheduleRecurrence>;
  "timeZone"?: string;
  "messagingCampaign"?: MessagingCampaignScheduleConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface MessagingCampaignScheduleConfigChangeRecurrencePattern {
  "type"?: string;
  "interval"?: number;
  "daysOfWeek"?: Array<string>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface MessagingCampaignScheduleConfigChangeRecurrenceRange {
  "type"?: string;
  "end"?: string;
  "numberOfOccurrences"?: number;
  "additionalProperties"?: { [key: string]: object; };
}

export interface MessagingCampaignScheduleConfigChangeScheduleInterval {
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface MessagingCampaignScheduleConfigChangeScheduleRecurrence {
  "id"?: string;
  "start"?: string;
  "end"?: string;
  "timeZone"?: string;
  "range"?: MessagingCampaignScheduleConfigChangeRecurrenceRange;
  "pattern"?: MessagingCampaignScheduleConfigChangeRecurrencePattern;
  "alterations"?: Array<MessagingCampaignScheduleConfigChangeAlteration>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface MessagingCampaignScheduleConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface OperationalEventNotificationTopicEventEntity {
  "id"?: string;
  "name"?: string;
  "description"?: string;
}

export interface OperationalEventNotificationTopicOperationalEventNotification {
  "eventEntity"?: OperationalEventNotificationTopicEventEntity;
  "entityId"?: string;
  "entityName"?: string;
  "previousValue"?: string;
  "currentValue"?: string;
  "errorCode"?: string;
  "version"?: string;
  "parentEntity"?: string;
  "entityType"?: string;
  "conversationId"?: string;
  "entityToken"?: string;
  "phoneNumber"?: string;
  "externalContactId"?: string;
  "timestamp"?: number;
}

export interface OutOfOfficeEventOutOfOffice {
  "user"?: OutOfOfficeEventUser;
  "active"?: boolean;
  "indefinite"?: boolean;
  "startDate"?: string;
  "endDate"?: string;
}

export interface OutOfOfficeEventUser {
  "id"?: string;
}

export interface OutboundDetailEventTopicOutboundInitEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "subject"?: string;
  "messageType"?: string;
  "outboundCampaignId"?: string;
  "divisionId"?: string;
  "outboundContactListId"?: string;
  "outboundContactId"?: string;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface OutboundMessagingCampaignPostContactEmailEventTopicEmailAttributes {
  "emailSubject"?: string;
  "configuredEmailAddress"?: string;
  "contactEmailAddress"?: string;
  "replyToAddress"?: string;
  "contactEmailColumnName"?: string;
}

export interface OutboundMessagingCampaignPostContactEmailEventTopicOutboundMessagingCampaignPostContactEmailEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "outboundCampaignType"?: string;
  "emailAttributes"?: OutboundMessagingCampaignPostContactEmailEventTopicEmailAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "divisionId"?: string;
  "contentTemplateId"?: string;
  "outboundContactListId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
}

export interface OutboundMessagingCampaignPostContactSmsEventTopicOutboundMessagingCampaignPostContactSMSEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "outboundCampaignType"?: string;
  "smsAttributes"?: OutboundMessagingCampaignPostContactSmsEventTopicSMSAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "divisionId"?: string;
  "contentTemplateId"?: string;
  "outboundContactListId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
}

export interface OutboundMessagingCampaignPostContactSmsEventTopicSMSAttributes {
  "contactPhoneNumber"?: string;
  "contactPhoneNumberColumnName"?: string;
  "configuredSenderPhoneNumber"?: string;
  "senderPhoneNumber"?: string;
}

export interface OutboundMessagingCampaignPostContactWhatsappEventTopicOutboundMessagingCampaignPostContactWhatsAppEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "outboundCampaignType"?: string;
  "whatsAppAttributes"?: OutboundMessagingCampaignPostContactWhatsappEventTopicWhatsAppAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "divisionId"?: string;
  "contentTemplateId"?: string;
  "outboundContactListId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
}

export interface OutboundMessagingCampaignPostContactWhatsappEventTopicWhatsAppAttributes {
  "contactPhoneNumber"?: string;
  "contactWhatsAppColumnName"?: string;
  "whatsAppIntegrationId"?: string;
}

export interface OutboundMessagingCampaignPreContactEmailEventTopicEmailAttributes {
  "emailSubject"?: string;
  "configuredEmailAddress"?: string;
  "contactEmailAddress"?: string;
  "replyToAddress"?: string;
  "contactEmailColumnName"?: string;
}

export interface OutboundMessagingCampaignPreContactEmailEventTopicOutboundMessagingCampaignPreContactEmailEvent {
  "eventTime"?: number;
  "outboundCampaignType"?: string;
  "emailAttributes"?: OutboundMessagingCampaignPreContactEmailEventTopicEmailAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "divisionId"?: string;
  "contentTemplateId"?: string;
  "outboundContactListId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
}

export interface OutboundMessagingCampaignPreContactSmsEventTopicOutboundMessagingCampaignPreContactSMSEvent {
  "eventTime"?: number;
  "outboundCampaignType"?: string;
  "smsAttributes"?: OutboundMessagingCampaignPreContactSmsEventTopicSMSAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "divisionId"?: string;
  "contentTemplateId"?: string;
  "outboundContactListId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
}

export interface OutboundMessagingCampaignPreContactSmsEventTopicSMSAttributes {
  "contactPhoneNumber"?: string;
  "contactPhoneNumberColumnName"?: string;
  "configuredSenderPhoneNumber"?: string;
  "senderPhoneNumber"?: string;
}

export interface OutboundMessagingCampaignPreContactWhatsappEventTopicOutboundMessagingCampaignPreContactWhatsAppEvent {
  "eventTime"?: number;
  "outboundCampaignType"?: string;
  "whatsAppAttributes"?: OutboundMessagingCampaignPreContactWhatsappEventTopicWhatsAppAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "divisionId"?: string;
  "contentTemplateId"?: string;
  "outboundContactListId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
}

export interface OutboundMessagingCampaignPreContactWhatsappEventTopicWhatsAppAttributes {
  "contactPhoneNumber"?: string;
  "contactWhatsAppColumnName"?: string;
  "whatsAppIntegrationId"?: string;
}

export interface OutboundMessagingEmailCampaignConfigChangeContactSort {
  "fieldName"?: string;
  "direction"?: string;
  "numeric"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
}

export interface OutboundMessagingEmailCampaignConfigChangeEmailConfig {
  "emailColumns"?: Array<string>;
  "contentTemplate"?: OutboundMessagingEmailCampaignConfigChangeResponseRef;
  "fromAddress"?: OutboundMessagingEmailCampaignConfigChangeFromEmailAddress;
  "replyToAddress"?: OutboundMessagingEmailCampaignConfigChangeReplyToEmailAddress;
}

export interface OutboundMessagingEmailCampaignConfigChangeErrorDetail {
  "error"?: string;
  "details"?: string;
}

export interface OutboundMessagingEmailCampaignConfigChangeFromEmailAddress {
  "friendlyName"?: string;
  "localPart"?: string;
  "domain"?: OutboundMessagingEmailCampaignConfigChangeUriReference;
}

export interface OutboundMessagingEmailCampaignConfigChangeIntegrationRef {
  "id"?: string;
}

export interface OutboundMessagingEmailCampaignConfigChangeMessagingCampaign {
  "campaignStatus"?: string;
  "callableTimeSet"?: OutboundMessagingEmailCampaignConfigChangeUriReference;
  "contactList"?: OutboundMessagingEmailCampaignConfigChangeUriReference;
  "dncLists"?: Array<OutboundMessagingEmailCampaignConfigChangeUriReference>;
  "contactListFilters"?: Array<OutboundMessagingEmailCampaignConfigChangeUriReference>;
  "alwaysRunning"?: boolean;
  "contactSorts"?: Array<OutboundMessagingEmailCampaignConfigChangeContactSort>;
  "messagesPerMinute"?: number;
  "ruleSets"?: Array<OutboundMessagingEmailCampaignConfigChangeUriReference>;
  "smsConfig"?: OutboundMessagingEmailCampaignConfigChangeSmsConfig;
  "emailConfig"?: OutboundMessagingEmailCampaignConfigChangeEmailConfig;
  "whatsAppConfig"?: OutboundMessagingEmailCampaignConfigChangeWhatsAppConfig;
  "errors"?: Array<OutboundMessagingEmailCampaignConfigChangeErrorDetail>;
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
  "division"?: OutboundMessagingEmailCampaignConfigChangeUriReference;
}

export interface OutboundMessagingEmailCampaignConfigChangeReplyToEmailAddress {
  "domain"?: OutboundMessagingEmailCampaignConfigChangeUriReference;
  "route"?: OutboundMessagingEmailCampaignConfigChangeUriReference;
}

export interface OutboundMessagingEmailCampaignConfigChangeResponseRef {
  "id"?: string;
}

export interface OutboundMessagingEmailCampaignConfigChangeSmsConfig {
  "messageColumn"?: string;
  "phoneColumn"?: string;
  "senderSmsPhoneNumber"?: OutboundMessagingEmailCampaignConfigChangeSmsPhoneNumberRef;
  "contentTemplate"?: OutboundMessagingEmailCampaignConfigChangeResponseRef;
}

export interface OutboundMessagingEmailCampaignConfigChangeSmsPhoneNumberRef {
  "phoneNumber"?: string;
}

export interface OutboundMessagingEmailCampaignConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface OutboundMessagingEmailCampaignConfigChangeWhatsAppConfig {
  "whatsAppColumns"?: Array<string>;
  "integration"?: OutboundMessagingEmailCampaignConfigChangeIntegrationRef;
  "contentTemplate"?: OutboundMessagingEmailCampaignConfigChangeResponseRef;
}

export interface OutboundMessagingEmailCampaignProgressEventCampaignProgress {
  "campaign"?: OutboundMessagingEmailCampaignProgressEventUriReference;
  "numberOfContactsCalled"?: number;
  "numberOfContactsMessaged"?: number;
  "totalNumberOfContacts"?: number;
  "percentage"?: number;
  "numberOfContactsSkipped"?: { [key: string]: number; };
  "additionalProperties"?: { [key: string]: object; };
}

export interface OutboundMessagingEmailCampaignProgressEventUriReference {
  "id"?: string;
  "name"?: string;
}

export interface OutboundMessagingMessagingCampaignConfigChangeContactSort {
  "fieldName"?: string;
  "direction"?: string;
  "numeric"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
}

export interface OutboundMessagingMessagingCampaignConfigChangeEmailConfig {
  "emailColumns"?: Array<string>;
  "contentTemplate"?: OutboundMessagingMessagingCampaignConfigChangeResponseRef;
  "fromAddress"?: OutboundMessagingMessagingCampaignConfigChangeFromEmailAddress;
  "replyToAddress"?: OutboundMessagingMessagingCampaignConfigChangeReplyToEmailAddress;
}

export interface OutboundMessagingMessagingCampaignConfigChangeErrorDetail {
  "error"?: string;
  "details"?: string;
}

export interface OutboundMessagingMessagingCampaignConfigChangeFromEmailAddress {
  "friendlyName"?: string;
  "localPart"?: string;
  "domain"?: OutboundMessagingMessagingCampaignConfigChangeUriReference;
}

export interface OutboundMessagingMessagingCampaignConfigChangeIntegrationRef {
  "id"?: string;
}

export interface OutboundMessagingMessagingCampaignConfigChangeMessagingCampaign {
  "campaignStatus"?: string;
  "callableTimeSet"?: OutboundMessagingMessagingCampaignConfigChangeUriReference;
  "contactList"?: OutboundMessagingMessagingCampaignConfigChangeUriReference;
  "dncLists"?: Array<OutboundMessagingMessagingCampaignConfigChangeUriReference>;
  "contactListFilters"?: Array<OutboundMessagingMessagingCampaignConfigChangeUriReference>;
  "alwaysRunning"?: boolean;
  "contactSorts"?: Array<OutboundMessagingMessagingCampaignConfigChangeContactSort>;
  "messagesPerMinute"?: number;
  "ruleSets"?: Array<OutboundMessagingMessagingCampaignConfigChangeUriReference>;
  "smsConfig"?: OutboundMessagingMessagingCampaignConfigChangeSmsConfig;
  "emailConfig"?: OutboundMessagingMessagingCampaignConfigChangeEmailConfig;
  "whatsAppConfig"?: OutboundMessagingMessagingCampaignConfigChangeWhatsAppConfig;
  "errors"?: Array<OutboundMessagingMessagingCampaignConfigChangeErrorDetail>;
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
  "division"?: OutboundMessagingMessagingCampaignConfigChangeUriReference;
}

export interface OutboundMessagingMessagingCampaignConfigChangeReplyToEmailAddress {
  "domain"?: OutboundMessagingMessagingCampaignConfigChangeUriReference;
  "route"?: OutboundMessagingMessagingCampaignConfigChangeUriReference;
}

export interface OutboundMessagingMessagingCampaignConfigChangeResponseRef {
  "id"?: string;
}

export interface OutboundMessagingMessagingCampaignConfigChangeSmsConfig {
  "messageColumn"?: string;
  "phoneColumn"?: string;
  "senderSmsPhoneNumber"?: OutboundMessagingMessagingCampaignConfigChangeSmsPhoneNumberRef;
  "contentTemplate"?: OutboundMessagingMessagingCampaignConfigChangeResponseRef;
}

export interface OutboundMessagingMessagingCampaignConfigChangeSmsPhoneNumberRef {
  "phoneNumber"?: string;
}

export interface OutboundMessagingMessagingCampaignConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface OutboundMessagingMessagingCampaignConfigChangeWhatsAppConfig {
  "whatsAppColumns"?: Array<string>;
  "integration"?: OutboundMessagingMessagingCampaignConfigChangeIntegrationRef;
  "contentTemplate"?: OutboundMessagingMessagingCampaignConfigChangeResponseRef;
}

export interface OutboundMessagingMessagingCampaignProgressEventCampaignProgress {
  "campaign"?: OutboundMessagingMessagingCampaignProgressEventUriReference;
  "numberOfContactsCalled"?: number;
  "numberOfContactsMessaged"?: number;
  "totalNumberOfContacts"?: number;
  "percentage"?: number;
  "numberOfContactsSkipped"?: { [key: string]: number; };
  "additionalProperties"?: { [key: string]: object; };
}

export interface OutboundMessagingMessagingCampaignProgressEventUriReference {
  "id"?: string;
  "name"?: string;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeContactSort {
  "fieldName"?: string;
  "direction"?: string;
  "numeric"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
}

export interface OutboundMessagingWhatsappCampaignConfigChangeEmailConfig {
  "emailColumns"?: Array<string>;
  "contentTemplate"?: OutboundMessagingWhatsappCampaignConfigChangeResponseRef;
  "fromAddress"?: OutboundMessagingWhatsappCampaignConfigChangeFromEmailAddress;
  "replyToAddress"?: OutboundMessagingWhatsappCampaignConfigChangeReplyToEmailAddress;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeErrorDetail {
  "error"?: string;
  "details"?: string;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeFromEmailAddress {
  "friendlyName"?: string;
  "localPart"?: string;
  "domain"?: OutboundMessagingWhatsappCampaignConfigChangeUriReference;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeIntegrationRef {
  "id"?: string;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeMessagingCampaign {
  "campaignStatus"?: string;
  "callableTimeSet"?: OutboundMessagingWhatsappCampaignConfigChangeUriReference;
  "contactList"?: OutboundMessagingWhatsappCampaignConfigChangeUriReference;
  "dncLists"?: Array<OutboundMessagingWhatsappCampaignConfigChangeUriReference>;
  "contactListFilters"?: Array<OutboundMessagingWhatsappCampaignConfigChangeUriReference>;
  "alwaysRunning"?: boolean;
  "contactSorts"?: Array<OutboundMessagingWhatsappCampaignConfigChangeContactSort>;
  "messagesPerMinute"?: number;
  "ruleSets"?: Array<OutboundMessagingWhatsappCampaignConfigChangeUriReference>;
  "smsConfig"?: OutboundMessagingWhatsappCampaignConfigChangeSmsConfig;
  "emailConfig"?: OutboundMessagingWhatsappCampaignConfigChangeEmailConfig;
  "whatsAppConfig"?: OutboundMessagingWhatsappCampaignConfigChangeWhatsAppConfig;
  "errors"?: Array<OutboundMessagingWhatsappCampaignConfigChangeErrorDetail>;
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
  "division"?: OutboundMessagingWhatsappCampaignConfigChangeUriReference;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeReplyToEmailAddress {
  "domain"?: OutboundMessagingWhatsappCampaignConfigChangeUriReference;
  "route"?: OutboundMessagingWhatsappCampaignConfigChangeUriReference;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeResponseRef {
  "id"?: string;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeSmsConfig {
  "messageColumn"?: string;
  "phoneColumn"?: string;
  "senderSmsPhoneNumber"?: OutboundMessagingWhatsappCampaignConfigChangeSmsPhoneNumberRef;
  "contentTemplate"?: OutboundMessagingWhatsappCampaignConfigChangeResponseRef;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeSmsPhoneNumberRef {
  "phoneNumber"?: string;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface OutboundMessagingWhatsappCampaignConfigChangeWhatsAppConfig {
  "whatsAppColumns"?: Array<string>;
  "integration"?: OutboundMessagingWhatsappCampaignConfigChangeIntegrationRef;
  "contentTemplate"?: OutboundMessagingWhatsappCampaignConfigChangeResponseRef;
}

export interface OutboundMessagingWhatsappCampaignProgressEventCampaignProgress {
  "campaign"?: OutboundMessagingWhatsappCampaignProgressEventUriReference;
  "numberOfContactsCalled"?: number;
  "numberOfContactsMessaged"?: number;
  "totalNumberOfContacts"?: number;
  "percentage"?: number;
  "numberOfContactsSkipped"?: { [key: string]: number; };
  "additionalProperties"?: { [key: string]: object; };
}

export interface OutboundMessagingWhatsappCampaignProgressEventUriReference {
  "id"?: string;
  "name"?: string;
}

export interface OutboundPreviewCampaignPostContactOutboundPreviewCampaignPostContactEvent {
  "eventTime"?: number;
  "voiceAttributes"?: OutboundPreviewCampaignPostContactVoiceAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "dialingMode"?: string;
  "agentScriptId"?: string;
  "divisionId"?: string;
  "outboundContactListId"?: string;
  "outboundContactListFilterId"?: string;
  "outboundQueueId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
  "isCampaignSkillBased"?: boolean;
  "isCampaignDynamicSorting"?: boolean;
  "isCampaignDynamicFiltering"?: boolean;
  "outboundCampaignHealthMask"?: number;
  "isReCall"?: boolean;
  "scheduledDateTime"?: string;
  "conversationId"?: string;
  "isRightPartyContact"?: boolean;
  "callAnalysisDisposition"?: string;
  "agentId"?: string;
  "isPreviewAutoEnded"?: boolean;
}

export interface OutboundPreviewCampaignPostContactVoiceAttributes {
  "contactPhoneNumber"?: string;
  "contactPhoneType"?: string;
  "callerIdPhoneNumber"?: string;
  "callerIdName"?: string;
  "agentOwnedColumnName"?: string;
  "previewModeColumnName"?: string;
  "isDeliveredAsPreview"?: boolean;
}

export interface OutboundPreviewCampaignPreContactOutboundPreviewCampaignPreContactEvent {
  "eventTime"?: number;
  "voiceAttributes"?: OutboundPreviewCampaignPreContactVoiceAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "dialingMode"?: string;
  "agentScriptId"?: string;
  "divisionId"?: string;
  "outboundContactListId"?: string;
  "outboundContactListFilterId"?: string;
  "outboundQueueId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
  "isCampaignSkillBased"?: boolean;
  "isCampaignDynamicSorting"?: boolean;
  "isCampaignDynamicFiltering"?: boolean;
  "outboundCampaignHealthMask"?: number;
  "isReCall"?: boolean;
  "scheduledDateTime"?: string;
  "isFinal"?: boolean;
  "conversationId"?: string;
}

export interface OutboundPreviewCampaignPreContactVoiceAttributes {
  "contactPhoneNumber"?: string;
  "contactPhoneType"?: string;
  "callerIdPhoneNumber"?: string;
  "callerIdName"?: string;
  "agentOwnedColumnName"?: string;
  "previewModeColumnName"?: string;
  "isDeliveredAsPreview"?: boolean;
}

export interface OutboundVoiceCampaignPostContactOutboundVoiceCampaignPostContactEvent {
  "eventTime"?: number;
  "voiceAttributes"?: OutboundVoiceCampaignPostContactVoiceAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "dialingMode"?: string;
  "agentScriptId"?: string;
  "divisionId"?: string;
  "outboundContactListId"?: string;
  "outboundContactListFilterId"?: string;
  "outboundQueueId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
  "isCampaignSkillBased"?: boolean;
  "isCampaignDynamicSorting"?: boolean;
  "isCampaignDynamicFiltering"?: boolean;
  "outboundCampaignHealthMask"?: number;
  "isReCall"?: boolean;
  "scheduledDateTime"?: string;
  "conversationId"?: string;
  "isRightPartyContact"?: boolean;
  "callAnalysisDisposition"?: string;
  "agentId"?: string;
}

export interface OutboundVoiceCampaignPostContactVoiceAttributes {
  "contactPhoneNumber"?: string;
  "contactPhoneType"?: string;
  "callerIdPhoneNumber"?: string;
  "callerIdName"?: string;
  "agentOwnedColumnName"?: string;
  "previewModeColumnName"?: string;
  "isDeliveredAsPreview"?: boolean;
}

export interface OutboundVoiceCampaignPreContactOutboundVoiceCampaignPreContactEvent {
  "eventTime"?: number;
  "voiceAttributes"?: OutboundVoiceCampaignPreContactVoiceAttributes;
  "wrapupCode"?: string;
  "outboundCampaignId"?: string;
  "dialingMode"?: string;
  "agentScriptId"?: string;
  "divisionId"?: string;
  "outboundContactListId"?: string;
  "outboundContactListFilterId"?: string;
  "outboundQueueId"?: string;
  "outboundContactId"?: string;
  "isCampaignAlwaysRunning"?: boolean;
  "isCampaignSkillBased"?: boolean;
  "isCampaignDynamicSorting"?: boolean;
  "isCampaignDynamicFiltering"?: boolean;
  "outboundCampaignHealthMask"?: number;
  "isReCall"?: boolean;
  "scheduledDateTime"?: string;
  "isFinal"?: boolean;
  "conversationId"?: string;
}

export interface OutboundVoiceCampaignPreContactVoiceAttributes {
  "contactPhoneNumber"?: string;
  "contactPhoneType"?: string;
  "callerIdPhoneNumber"?: string;
  "callerIdName"?: string;
  "agentOwnedColumnName"?: string;
  "previewModeColumnName"?: string;
  "isDeliveredAsPreview"?: boolean;
}

export interface PerformancePredictionCompleteEventTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface PerformancePredictionCompleteEventTopicPerformancePredictionCalculationNotification {
  "scheduleId"?: string;
  "weekDate"?: string;
  "downloadUrl"?: string;
  "allocationDownloadUrl"?: string;
  "state"?: string;
  "error"?: PerformancePredictionCompleteEventTopicErrorBody;
}

export interface PerformancePredictionRecalculationCompleteEventTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface PerformancePredictionRecalculationCompleteEventTopicPerformancePredictionUserRecalculationNotification {
  "operationId"?: string;
  "downloadUrl"?: string;
  "allocationDownloadUrl"?: string;
  "state"?: string;
  "error"?: PerformancePredictionRecalculationCompleteEventTopicErrorBody;
}

export interface PersistentConnectionChangeTopicErrorInfo {
  "text"?: string;
  "code"?: string;
  "userMessage"?: string;
  "userParams"?: { [key: string]: string; };
  "nestedErrorDetails"?: Array<PersistentConnectionChangeTopicErrorInfoDetails>;
}

export interface PersistentConnectionChangeTopicErrorInfoDetails {
  "code"?: string;
  "userMessage"?: string;
  "userParams"?: { [key: string]: string; };
  "hostname"?: string;
  "location"?: PersistentConnectionChangeTopicErrorLocation;
}

export interface PersistentConnectionChangeTopicErrorLocation {
  "function"?: string;
  "fileID"?: string;
  "line"?: number;
}

export interface PersistentConnectionChangeTopicPersistentConnectionChangeEvent {
  "errorInfo"?: PersistentConnectionChangeTopicErrorInfo;
  "stationId"?: string;
  "userId"?: string;
  "persistentState"?: string;
  "eventTime"?: string;
}

export interface PhoneChangeTopicEdgeReference {
  "id"?: string;
  "name"?: string;
  "selfUri"?: string;
}

export interface PhoneChangeTopicLineStatus {
  "id"?: string;
  "reachable"?: boolean;
  "addressOfRecord"?: string;
  "contactAddresses"?: Array<string>;
  "reachableStateTime"?: string;
}

export interface PhoneChangeTopicPhone {
  "userAgentInfo"?: PhoneChangeTopicUserAgentInfo;
  "id"?: string;
  "status"?: PhoneChangeTopicPhoneStatus;
  "secondaryStatus"?: PhoneChangeTopicPhoneStatus;
}

export interface PhoneChangeTopicPhoneStatus {
  "id"?: string;
  "operationalStatus"?: string;
  "edge"?: PhoneChangeTopicEdgeReference;
  "provision"?: PhoneChangeTopicProvisionInfo;
  "lineStatuses"?: Array<PhoneChangeTopicLineStatus>;
  "eventCreationTime"?: string;
}

export interface PhoneChangeTopicProvisionInfo {
  "time"?: string;
  "source"?: string;
  "errorInfo"?: string;
}

export interface PhoneChangeTopicUserAgentInfo {
  "firmwareVersion"?: string;
  "manufacturer"?: string;
  "model"?: string;
}

export interface PresenceEventOrganizationPresence {
  "id"?: string;
  "systemPresence"?: string;
}

export interface PresenceEventUserPresence {
  "source"?: string;
  "presenceDefinition"?: PresenceEventOrganizationPresence;
  "primary"?: boolean;
  "message"?: string;
  "modifiedDate"?: string;
  "futurePresenceDefinition"?: PresenceEventOrganizationPresence;
}

export interface ProgramTopicLinksTestPhraseDetectedPhrase {
  "foundPhrase"?: string;
  "snippet"?: string;
  "confidence"?: number;
}

export interface ProgramTopicLinksTestPhraseMatchedTranscript {
  "timestamp"?: number;
  "transcriptId"?: string;
  "communicationId"?: string;
  "conversationId"?: string;
  "mediaType"?: string;
  "detectedPhrases"?: Array<ProgramTopicLinksTestPhraseDetectedPhrase>;
}

export interface ProgramTopicLinksTestTopicPhraseResults {
  "processedTranscriptsCount"?: number;
  "matchedTranscriptsCount"?: number;
  "matchedTranscripts"?: Array<ProgramTopicLinksTestPhraseMatchedTranscript>;
}

export interface ProgramTopicLinksTopicsDefinitionsJob {
  "id"?: string;
  "state"?: string;
  "testTopicPhraseResults"?: Array<ProgramTopicLinksTestTopicPhraseResults>;
  "genAIPhrasesResults"?: Array<string>;
}

export interface PublishProgramTestPhraseDetectedPhrase {
  "foundPhrase"?: string;
  "snippet"?: string;
  "confidence"?: number;
}

export interface PublishProgramTestPhraseMatchedTranscript {
  "timestamp"?: number;
  "transcriptId"?: string;
  "communicationId"?: string;
  "conversationId"?: string;
  "mediaType"?: string;
  "detectedPhrases"?: Array<PublishProgramTestPhraseDetectedPhrase>;
}

export interface PublishProgramTestTopicPhraseResults {
  "processedTranscriptsCount"?: number;
  "matchedTranscriptsCount"?: number;
  "matchedTranscripts"?: Array<PublishProgramTestPhraseMatchedTranscript>;
}

export interface PublishProgramTopicsDefinitionsJob {
  "id"?: string;
  "state"?: string;
  "testTopicPhraseResults"?: Array<PublishProgramTestTopicPhraseResults>;
  "genAIPhrasesResults"?: Array<string>;
}

export interface PublishTopicTestPhraseDetectedPhrase {
  "foundPhrase"?: string;
  "snippet"?: string;
  "confidence"?: number;
}

export interface PublishTopicTestPhraseMatchedTranscript {
  "timestamp"?: number;
  "transcriptId"?: string;
  "communicationId"?: string;
  "conversationId"?: string;
  "mediaType"?: string;
  "detectedPhrases"?: Array<PublishTopicTestPhraseDetectedPhrase>;
}

export interface PublishTopicTestTopicPhraseResults {
  "processedTranscriptsCount"?: number;
  "matchedTranscriptsCount"?: number;
  "matchedTranscripts"?: Array<PublishTopicTestPhraseMatchedTranscript>;
}

export interface PublishTopicTopicsDefinitionsJob {
  "id"?: string;
  "state"?: string;
  "testTopicPhraseResults"?: Array<PublishTopicTestTopicPhraseResults>;
  "genAIPhrasesResults"?: Array<string>;
}

export interface QueueConversationCallEventTopicCallConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<QueueConversationCallEventTopicCallMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<QueueConversationCallEventTopicConversationDivisionMembership>;
  "recordingState"?: string;
  "securePause"?: boolean;
  "maxParticipants"?: number;
}

export interface QueueConversationCallEventTopicCallMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: QueueConversationCallEventTopicUriReference;
  "queue"?: QueueConversationCallEventTopicUriReference;
  "team"?: QueueConversationCallEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: QueueConversationCallEventTopicErrorBody;
  "script"?: QueueConversationCallEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: QueueConversationCallEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: QueueConversationCallEventTopicUriReference;
  "wrapup"?: QueueConversationCallEventTopicWrapup;
  "conversationRoutingData"?: QueueConversationCallEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: QueueConversationCallEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: QueueConversationCallEventTopicQueueMediaSettings;
  "muted"?: boolean;
  "confined"?: boolean;
  "recording"?: boolean;
  "recordingState"?: string;
  "recordersState"?: QueueConversationCallEventTopicRecordersState;
  "disposition"?: QueueConversationCallEventTopicDisposition;
  "transferSource"?: string;
  "securePause"?: boolean;
  "group"?: QueueConversationCallEventTopicUriReference;
  "ani"?: string;
  "dnis"?: string;
  "documentId"?: string;
  "monitoredParticipantId"?: string;
  "coachedParticipantId"?: string;
  "bargedParticipantId"?: string;
  "bargedTime"?: string;
  "consultParticipantId"?: string;
  "faxStatus"?: QueueConversationCallEventTopicFaxStatus;
  "publicIpAddress"?: string;
}

export interface QueueConversationCallEventTopicConversationDivisionMembership {
  "division"?: QueueConversationCallEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationCallEventTopicDivisionEntityRef>;
}

export interface QueueConversationCallEventTopicConversationRoutingData {
  "queue"?: QueueConversationCallEventTopicUriReference;
  "language"?: QueueConversationCallEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationCallEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationCallEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationCallEventTopicUriReference;
}

export interface QueueConversationCallEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface QueueConversationCallEventTopicDisposition {
  "name"?: string;
  "analyzer"?: string;
  "amdTimeout"?: QueueConversationCallEventTopicDispositionAmdTimeout;
  "silentCallTimeout"?: QueueConversationCallEventTopicDispositionSilentCallTimeout;
}

export interface QueueConversationCallEventTopicDispositionAmdTimeout {
  "timeoutMs"?: number;
  "timerStartEvent"?: string;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationCallEventTopicDispositionSilentCallTimeout {
  "timeoutMs"?: number;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationCallEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationCallEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationCallEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<QueueConversationCallEventTopicDetail>;
  "errors"?: Array<QueueConversationCallEventTopicErrorBody>;
  "limit"?: QueueConversationCallEventTopicLimit;
}

export interface QueueConversationCallEventTopicFaxStatus {
  "direction"?: string;
  "expectedPages"?: number;
  "activePage"?: number;
  "linesTransmitted"?: number;
  "bytesTransmitted"?: number;
  "dataRate"?: number;
  "pageErrors"?: number;
  "lineErrors"?: number;
}

export interface QueueConversationCallEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationCallEventTopicJourneyActionMap;
}

export interface QueueConversationCallEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationCallEventTopicJourneyContext {
  "customer"?: QueueConversationCallEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationCallEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationCallEventTopicJourneyAction;
}

export interface QueueConversationCallEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationCallEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationCallEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface QueueConversationCallEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationCallEventTopicRecordersState {
  "adhocState"?: string;
  "customerExperienceState"?: string;
  "agentExperienceState"?: string;
  "snippetState"?: string;
}

export interface QueueConversationCallEventTopicScoredAgent {
  "agent"?: QueueConversationCallEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationCallEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationCallEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationCallbackEventTopicCallbackConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<QueueConversationCallbackEventTopicCallbackMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<QueueConversationCallbackEventTopicConversationDivisionMembership>;
}

export interface QueueConversationCallbackEventTopicCallbackMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: QueueConversationCallbackEventTopicUriReference;
  "queue"?: QueueConversationCallbackEventTopicUriReference;
  "team"?: QueueConversationCallbackEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: QueueConversationCallbackEventTopicErrorBody;
  "script"?: QueueConversationCallbackEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: QueueConversationCallbackEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: QueueConversationCallbackEventTopicUriReference;
  "wrapup"?: QueueConversationCallbackEventTopicWrapup;
  "conversationRoutingData"?: QueueConversationCallbackEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: QueueConversationCallbackEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: QueueConversationCallbackEventTopicQueueMediaSettings;
  "outboundPreview"?: QueueConversationCallbackEventTopicDialerPreview;
  "voicemail"?: QueueConversationCallbackEventTopicVoicemail;
  "callbackNumbers"?: Array<string>;
  "callbackUserName"?: string;
  "skipEnabled"?: boolean;
  "externalCampaign"?: boolean;
  "timeoutSeconds"?: number;
  "callbackScheduledTime"?: string;
  "automatedCallbackConfigId"?: string;
}

export interface QueueConversationCallbackEventTopicConversationDivisionMembership {
  "division"?: QueueConversationCallbackEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationCallbackEventTopicDivisionEntityRef>;
}

export interface QueueConversationCallbackEventTopicConversationRoutingData {
  "queue"?: QueueConversationCallbackEventTopicUriReference;
  "language"?: QueueConversationCallbackEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationCallbackEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationCallbackEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationCallbackEventTopicUriReference;
}

export interface QueueConversationCallbackEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface QueueConversationCallbackEventTopicDialerPreview {
  "id"?: string;
  "contactId"?: string;
  "contactListId"?: string;
  "campaignId"?: string;
  "phoneNumberColumns"?: Array<QueueConversationCallbackEventTopicPhoneNumberColumn>;
}

export interface QueueConversationCallbackEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationCallbackEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationCallbackEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<QueueConversationCallbackEventTopicDetail>;
  "errors"?: Array<QueueConversationCallbackEventTopicErrorBody>;
  "limit"?: QueueConversationCallbackEventTopicLimit;
}

export interface QueueConversationCallbackEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationCallbackEventTopicJourneyActionMap;
}

export interface QueueConversationCallbackEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationCallbackEventTopicJourneyContext {
  "customer"?: QueueConversationCallbackEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationCallbackEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationCallbackEventTopicJourneyAction;
}

export interface QueueConversationCallbackEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationCallbackEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationCallbackEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface QueueConversationCallbackEventTopicPhoneNumberColumn {
  "columnName"?: string;
  "type"?: string;
}

export interface QueueConversationCallbackEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationCallbackEventTopicScoredAgent {
  "agent"?: QueueConversationCallbackEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationCallbackEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationCallbackEventTopicVoicemail {
  "id"?: string;
  "uploadStatus"?: string;
}

export interface QueueConversationCallbackEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationChatEventTopicChatConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<QueueConversationChatEventTopicChatMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<QueueConversationChatEventTopicConversationDivisionMembership>;
}

export interface QueueConversationChatEventTopicChatMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: QueueConversationChatEventTopicUriReference;
  "queue"?: QueueConversationChatEventTopicUriReference;
  "team"?: QueueConversationChatEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: QueueConversationChatEventTopicErrorBody;
  "script"?: QueueConversationChatEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: QueueConversationChatEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: QueueConversationChatEventTopicUriReference;
  "wrapup"?: QueueConversationChatEventTopicWrapup;
  "conversationRoutingData"?: QueueConversationChatEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: QueueConversationChatEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: QueueConversationChatEventTopicQueueMediaSettings;
  "roomId"?: string;
  "avatarImageUrl"?: string;
}

export interface QueueConversationChatEventTopicConversationDivisionMembership {
  "division"?: QueueConversationChatEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationChatEventTopicDivisionEntityRef>;
}

export interface QueueConversationChatEventTopicConversationRoutingData {
  "queue"?: QueueConversationChatEventTopicUriReference;
  "language"?: QueueConversationChatEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationChatEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationChatEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationChatEventTopicUriReference;
}

export interface QueueConversationChatEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface QueueConversationChatEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationChatEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationChatEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<QueueConversationChatEventTopicDetail>;
  "errors"?: Array<QueueConversationChatEventTopicErrorBody>;
  "limit"?: QueueConversationChatEventTopicLimit;
}

export interface QueueConversationChatEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationChatEventTopicJourneyActionMap;
}

export interface QueueConversationChatEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationChatEventTopicJourneyContext {
  "customer"?: QueueConversationChatEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationChatEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationChatEventTopicJourneyAction;
}

export interface QueueConversationChatEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationChatEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationChatEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface QueueConversationChatEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationChatEventTopicScoredAgent {
  "agent"?: QueueConversationChatEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationChatEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationChatEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationCobrowseEventTopicCobrowseConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<QueueConversationCobrowseEventTopicCobrowseMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<QueueConversationCobrowseEventTopicConversationDivisionMembership>;
}

export interface QueueConversationCobrowseEventTopicCobrowseMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: QueueConversationCobrowseEventTopicUriReference;
  "queue"?: QueueConversationCobrowseEventTopicUriReference;
  "team"?: QueueConversationCobrowseEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: QueueConversationCobrowseEventTopicErrorBody;
  "script"?: QueueConversationCobrowseEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: QueueConversationCobrowseEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: QueueConversationCobrowseEventTopicUriReference;
  "wrapup"?: QueueConversationCobrowseEventTopicWrapup;
  "conversationRoutingData"?: QueueConversationCobrowseEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: QueueConversationCobrowseEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: QueueConversationCobrowseEventTopicQueueMediaSettings;
  "cobrowseSessionId"?: string;
  "cobrowseRole"?: string;
  "viewerUrl"?: string;
  "providerEventTime"?: string;
  "controlling"?: Array<string>;
}

export interface QueueConversationCobrowseEventTopicConversationDivisionMembership {
  "division"?: QueueConversationCobrowseEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationCobrowseEventTopicDivisionEntityRef>;
}

export interface QueueConversationCobrowseEventTopicConversationRoutingData {
  "queue"?: QueueConversationCobrowseEventTopicUriReference;
  "language"?: QueueConversationCobrowseEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationCobrowseEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationCobrowseEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationCobrowseEventTopicUriReference;
}

export interface QueueConversationCobrowseEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface QueueConversationCobrowseEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationCobrowseEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationCobrowseEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<QueueConversationCobrowseEventTopicDetail>;
  "errors"?: Array<QueueConversationCobrowseEventTopicErrorBody>;
  "limit"?: QueueConversationCobrowseEventTopicLimit;
}

export interface QueueConversationCobrowseEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationCobrowseEventTopicJourneyActionMap;
}

export interface QueueConversationCobrowseEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationCobrowseEventTopicJourneyContext {
  "customer"?: QueueConversationCobrowseEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationCobrowseEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationCobrowseEventTopicJourneyAction;
}

export interface QueueConversationCobrowseEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationCobrowseEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationCobrowseEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface QueueConversationCobrowseEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationCobrowseEventTopicScoredAgent {
  "agent"?: QueueConversationCobrowseEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationCobrowseEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationCobrowseEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationEmailEventTopicAttachment {
  "attachmentId"?: string;
  "name"?: string;
  "contentUri"?: string;
  "contentType"?: string;
  "contentLength"?: number;
}

export interface QueueConversationEmailEventTopicConversationDivisionMembership {
  "division"?: QueueConversationEmailEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationEmailEventTopicDivisionEntityRef>;
}

export interface QueueConversationEmailEventTopicConversationRoutingData {
  "queue"?: QueueConversationEmailEventTopicUriReference;
  "language"?: QueueConversationEmailEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationEmailEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationEmailEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationEmailEventTopicUriReference;
}

export interface QueueConversationEmailEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface QueueConversationEmailEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationEmailEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationEmailEventTopicEmailConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<QueueConversationEmailEventTopicEmailMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<QueueConversationEmailEventTopicConversationDivisionMembership>;
}

export interface QueueConversationEmailEventTopicEmailMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: QueueConversationEmailEventTopicUriReference;
  "queue"?: QueueConversationEmailEventTopicUriReference;
  "team"?: QueueConversationEmailEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: QueueConversationEmailEventTopicErrorBody;
  "script"?: QueueConversationEmailEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: QueueConversationEmailEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: QueueConversationEmailEventTopicUriReference;
  "wrapup"?: QueueConversationEmailEventTopicWrapup;
  "conversationRoutingData"?: QueueConversationEmailEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: QueueConversationEmailEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: QueueConversationEmailEventTopicQueueMediaSettings;
  "subject"?: string;
  "messagesSent"?: number;
  "autoGenerated"?: boolean;
  "messageId"?: string;
  "draftAttachments"?: Array<QueueConversationEmailEventTopicAttachment>;
  "spam"?: boolean;
}

export interface QueueConversationEmailEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<QueueConversationEmailEventTopicDetail>;
  "errors"?: Array<QueueConversationEmailEventTopicErrorBody>;
  "limit"?: QueueConversationEmailEventTopicLimit;
}

export interface QueueConversationEmailEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationEmailEventTopicJourneyActionMap;
}

export interface QueueConversationEmailEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationEmailEventTopicJourneyContext {
  "customer"?: QueueConversationEmailEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationEmailEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationEmailEventTopicJourneyAction;
}

export interface QueueConversationEmailEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationEmailEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationEmailEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface QueueConversationEmailEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationEmailEventTopicScoredAgent {
  "agent"?: QueueConversationEmailEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationEmailEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationEmailEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationEventTopicAddress {
  "name"?: string;
  "nameRaw"?: string;
  "addressNormalized"?: string;
  "addressRaw"?: string;
  "addressDisplayable"?: string;
}

export interface QueueConversationEventTopicAfterCallWork {
  "state"?: string;
  "startTime"?: string;
  "endTime"?: string;
}

export interface QueueConversationEventTopicAttachment {
  "attachmentId"?: string;
  "name"?: string;
  "contentUri"?: string;
  "contentType"?: string;
  "contentLength"?: number;
}

export interface QueueConversationEventTopicCall {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "recording"?: boolean;
  "recordingState"?: string;
  "recordersState"?: QueueConversationEventTopicRecordersState;
  "muted"?: boolean;
  "confined"?: boolean;
  "held"?: boolean;
  "securePause"?: boolean;
  "errorInfo"?: QueueConversationEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "direction"?: string;
  "documentId"?: string;
  "self"?: QueueConversationEventTopicAddress;
  "other"?: QueueConversationEventTopicAddress;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "disconnectReasons"?: Array<QueueConversationEventTopicDisconnectReason>;
  "faxStatus"?: QueueConversationEventTopicFaxStatus;
  "uuiData"?: string;
  "bargedTime"?: string;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
  "disposition"?: QueueConversationEventTopicDisposition;
  "transferSource"?: string;
  "publicIpAddress"?: string;
}

export interface QueueConversationEventTopicCallback {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "direction"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "dialerPreview"?: QueueConversationEventTopicDialerPreview;
  "voicemail"?: QueueConversationEventTopicVoicemail;
  "callbackNumbers"?: Array<string>;
  "callbackUserName"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "externalCampaign"?: boolean;
  "skipEnabled"?: boolean;
  "provider"?: string;
  "timeoutSeconds"?: number;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "callbackScheduledTime"?: string;
  "automatedCallbackConfigId"?: string;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "callerId"?: string;
  "callerIdName"?: string;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
}

export interface QueueConversationEventTopicChat {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "roomId"?: string;
  "avatarImageUrl"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "journeyContext"?: QueueConversationEventTopicJourneyContext;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
}

export interface QueueConversationEventTopicCobrowse {
  "state"?: string;
  "initialState"?: string;
  "disconnectType"?: string;
  "id"?: string;
  "self"?: QueueConversationEventTopicAddress;
  "roomId"?: string;
  "cobrowseSessionId"?: string;
  "cobrowseRole"?: string;
  "controlling"?: Array<string>;
  "viewerUrl"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "providerEventTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
}

export interface QueueConversationEventTopicConversation {
  "id"?: string;
  "maxParticipants"?: number;
  "participants"?: Array<QueueConversationEventTopicParticipant>;
  "recentTransfers"?: Array<QueueConversationEventTopicTransferResponse>;
  "recordingState"?: string;
  "address"?: string;
  "externalTag"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "securePause"?: boolean;
  "inactivityTimeout"?: string;
  "associatedConversation"?: QueueConversationEventTopicDomainEntityRef;
  "consultationConversations"?: Array<QueueConversationEventTopicDomainEntityRef>;
  "divisions"?: Array<QueueConversationEventTopicConversationDivisionMembership>;
}

export interface QueueConversationEventTopicConversationDivisionMembership {
  "division"?: QueueConversationEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationEventTopicDivisionEntityRef>;
}

export interface QueueConversationEventTopicConversationRoutingData {
  "queue"?: QueueConversationEventTopicUriReference;
  "language"?: QueueConversationEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationEventTopicUriReference;
}

export interface QueueConversationEventTopicDialerPreview {
  "id"?: string;
  "contactId"?: string;
  "contactListId"?: string;
  "campaignId"?: string;
  "phoneNumberColumns"?: Array<QueueConversationEventTopicPhoneNumberColumn>;
}

export interface QueueConversationEventTopicDisconnectReason {
  "type"?: string;
  "code"?: number;
  "phrase"?: string;
  "reason"?: string;
}

export interface QueueConversationEventTopicDisposition {
  "name"?: string;
  "analyzer"?: string;
  "amdTimeout"?: QueueConversationEventTopicDispositionAmdTimeout;
  "silentCallTimeout"?: QueueConversationEventTopicDispositionSilentCallTimeout;
}

export interface QueueConversationEventTopicDispositionAmdTimeout {
  "timeoutMs"?: number;
  "timerStartEvent"?: string;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationEventTopicDispositionSilentCallTimeout {
  "timeoutMs"?: number;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationEventTopicEmail {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "held"?: boolean;
  "autoGenerated"?: boolean;
  "subject"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "messagesSent"?: number;
  "errorInfo"?: QueueConversationEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "messageId"?: string;
  "direction"?: string;
  "draftAttachments"?: Array<QueueConversationEventTopicAttachment>;
  "spam"?: boolean;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface QueueConversationEventTopicErrorDetails {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "uri"?: string;
}

export interface QueueConversationEventTopicFaxStatus {
  "direction"?: string;
  "expectedPages"?: number;
  "activePage"?: number;
  "linesTransmitted"?: number;
  "bytesTransmitted"?: number;
  "baudRate"?: number;
  "pageErrors"?: number;
  "lineErrors"?: number;
}

export interface QueueConversationEventTopicInternalMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "sourceUserId"?: string;
  "toAddress"?: QueueConversationEventTopicAddress;
  "fromAddress"?: QueueConversationEventTopicAddress;
  "messages"?: Array<QueueConversationEventTopicInternalMessageDetails>;
}

export interface QueueConversationEventTopicInternalMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
}

export interface QueueConversationEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationEventTopicJourneyActionMap;
}

export interface QueueConversationEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationEventTopicJourneyContext {
  "customer"?: QueueConversationEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationEventTopicJourneyAction;
}

export interface QueueConversationEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationEventTopicMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "held"?: boolean;
  "errorInfo"?: QueueConversationEventTopicErrorDetails;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "toAddress"?: QueueConversationEventTopicAddress;
  "fromAddress"?: QueueConversationEventTopicAddress;
  "messages"?: Array<QueueConversationEventTopicMessageDetails>;
  "messagesTranscriptUri"?: string;
  "type"?: string;
  "recipientCountry"?: string;
  "recipientType"?: string;
  "journeyContext"?: QueueConversationEventTopicJourneyContext;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "engagementSource"?: string;
  "byoSmsIntegrationId"?: string;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface QueueConversationEventTopicMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
  "messageStatus"?: string;
  "messageSegmentCount"?: number;
  "media"?: Array<QueueConversationEventTopicMessageMedia>;
  "errorInfo"?: QueueConversationEventTopicErrorDetails;
  "stickers"?: Array<QueueConversationEventTopicMessageSticker>;
  "messageMetadata"?: QueueConversationEventTopicMessageMetadata;
  "socialVisibility"?: string;
}

export interface QueueConversationEventTopicMessageMedia {
  "url"?: string;
  "mediaType"?: string;
  "contentLengthBytes"?: number;
  "name"?: string;
  "id"?: string;
}

export interface QueueConversationEventTopicMessageMetadata {
  "type"?: string;
  "events"?: Array<QueueConversationEventTopicMessageMetadataEvent>;
  "content"?: Array<QueueConversationEventTopicMessageMetadataContent>;
}

export interface QueueConversationEventTopicMessageMetadataContent {
  "contentType"?: string;
  "subType"?: string;
}

export interface QueueConversationEventTopicMessageMetadataEvent {
  "eventType"?: string;
  "subType"?: string;
}

export interface QueueConversationEventTopicMessageSticker {
  "url"?: string;
  "id"?: string;
}

export interface QueueConversationEventTopicParticipant {
  "id"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "externalContactInitialDivisionId"?: string;
  "externalOrganizationId"?: string;
  "name"?: string;
  "queueId"?: string;
  "groupId"?: string;
  "teamId"?: string;
  "purpose"?: string;
  "consultParticipantId"?: string;
  "address"?: string;
  "wrapupRequired"?: boolean;
  "wrapupExpected"?: boolean;
  "wrapupPrompt"?: string;
  "wrapupTimeoutMs"?: number;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "conversationRoutingData"?: QueueConversationEventTopicConversationRoutingData;
  "alertingTimeoutMs"?: number;
  "monitoredParticipantId"?: string;
  "screenMonitoredParticipantId"?: string;
  "coachedParticipantId"?: string;
  "bargedParticipantId"?: string;
  "mediaRoles"?: Array<string>;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "attributes"?: { [key: string]: string; };
  "calls"?: Array<QueueConversationEventTopicCall>;
  "callbacks"?: Array<QueueConversationEventTopicCallback>;
  "chats"?: Array<QueueConversationEventTopicChat>;
  "cobrowsesessions"?: Array<QueueConversationEventTopicCobrowse>;
  "emails"?: Array<QueueConversationEventTopicEmail>;
  "messages"?: Array<QueueConversationEventTopicMessage>;
  "internalMessages"?: Array<QueueConversationEventTopicInternalMessage>;
  "screenMonitorings"?: Array<QueueConversationEventTopicScreenMonitoring>;
  "screenshares"?: Array<QueueConversationEventTopicScreenShare>;
  "socialExpressions"?: Array<QueueConversationEventTopicSocialExpression>;
  "videos"?: Array<QueueConversationEventTopicVideo>;
  "workflow"?: QueueConversationEventTopicWorkflow;
}

export interface QueueConversationEventTopicPhoneNumberColumn {
  "columnName"?: string;
  "type"?: string;
}

export interface QueueConversationEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationEventTopicRecordersState {
  "adhocState"?: string;
  "customerExperienceState"?: string;
  "agentExperienceState"?: string;
  "snippetState"?: string;
}

export interface QueueConversationEventTopicScoredAgent {
  "agent"?: QueueConversationEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationEventTopicScreenMonitoring {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "screenMonitoringId"?: string;
  "monitoringType"?: string;
  "count"?: number;
}

export interface QueueConversationEventTopicScreenShare {
  "state"?: string;
  "initialState"?: string;
  "self"?: QueueConversationEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "sharing"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "peerCount"?: number;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
}

export interface QueueConversationEventTopicSocialExpression {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "socialMediaId"?: string;
  "socialMediaHub"?: string;
  "socialUserName"?: string;
  "previewText"?: string;
  "recordingId"?: string;
  "held"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
}

export interface QueueConversationEventTopicTransferDestination {
  "userId"?: string;
  "address"?: string;
}

export interface QueueConversationEventTopicTransferInitiator {
  "userId"?: string;
}

export interface QueueConversationEventTopicTransferModifedBy {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationEventTopicTransferResponse {
  "id"?: string;
  "state"?: string;
  "dateIssued"?: string;
  "initiator"?: QueueConversationEventTopicTransferInitiator;
  "modifiedBy"?: QueueConversationEventTopicTransferModifedBy;
  "destination"?: QueueConversationEventTopicTransferDestination;
  "transferType"?: string;
}

export interface QueueConversationEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationEventTopicVideo {
  "state"?: string;
  "initialState"?: string;
  "self"?: QueueConversationEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "audioMuted"?: boolean;
  "videoMuted"?: boolean;
  "sharingScreen"?: boolean;
  "peerCount"?: number;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "msids"?: Array<string>;
  "wrapup"?: QueueConversationEventTopicWrapup;
  "afterCallWork"?: QueueConversationEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationEventTopicQueueMediaSettings;
}

export interface QueueConversationEventTopicVoicemail {
  "id"?: string;
  "uploadStatus"?: string;
}

export interface QueueConversationEventTopicWorkflow {
  "workflowId"?: string;
}

export interface QueueConversationEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationMessageEventTopicConversationDivisionMembership {
  "division"?: QueueConversationMessageEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationMessageEventTopicDivisionEntityRef>;
}

export interface QueueConversationMessageEventTopicConversationRoutingData {
  "queue"?: QueueConversationMessageEventTopicUriReference;
  "language"?: QueueConversationMessageEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationMessageEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationMessageEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationMessageEventTopicUriReference;
}

export interface QueueConversationMessageEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface QueueConversationMessageEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationMessageEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationMessageEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<QueueConversationMessageEventTopicDetail>;
  "errors"?: Array<QueueConversationMessageEventTopicErrorBody>;
  "limit"?: QueueConversationMessageEventTopicLimit;
}

export interface QueueConversationMessageEventTopicErrorDetails {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "uri"?: string;
}

export interface QueueConversationMessageEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationMessageEventTopicJourneyActionMap;
}

export interface QueueConversationMessageEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationMessageEventTopicJourneyContext {
  "customer"?: QueueConversationMessageEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationMessageEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationMessageEventTopicJourneyAction;
}

export interface QueueConversationMessageEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationMessageEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationMessageEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface QueueConversationMessageEventTopicMessageConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<QueueConversationMessageEventTopicMessageMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<QueueConversationMessageEventTopicConversationDivisionMembership>;
}

export interface QueueConversationMessageEventTopicMessageDetails {
  "message"?: QueueConversationMessageEventTopicUriReference;
  "messageTime"?: string;
  "messageSegmentCount"?: number;
  "messageStatus"?: string;
  "media"?: Array<QueueConversationMessageEventTopicMessageMedia>;
  "stickers"?: Array<QueueConversationMessageEventTopicMessageSticker>;
  "errorInfo"?: QueueConversationMessageEventTopicErrorDetails;
  "messageMetadata"?: QueueConversationMessageEventTopicMessageMetadata;
  "socialVisibility"?: string;
}

export interface QueueConversationMessageEventTopicMessageMedia {
  "url"?: string;
  "mediaType"?: string;
  "contentLengthBytes"?: number;
  "name"?: string;
  "id"?: string;
}

export interface QueueConversationMessageEventTopicMessageMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: QueueConversationMessageEventTopicUriReference;
  "queue"?: QueueConversationMessageEventTopicUriReference;
  "team"?: QueueConversationMessageEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: QueueConversationMessageEventTopicErrorBody;
  "script"?: QueueConversationMessageEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: QueueConversationMessageEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: QueueConversationMessageEventTopicUriReference;
  "wrapup"?: QueueConversationMessageEventTopicWrapup;
  "conversationRoutingData"?: QueueConversationMessageEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: QueueConversationMessageEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: QueueConversationMessageEventTopicQueueMediaSettings;
  "messages"?: Array<QueueConversationMessageEventTopicMessageDetails>;
  "type"?: string;
  "recipientCountry"?: string;
  "recipientType"?: string;
  "byoSmsIntegrationId"?: string;
  "engagementSource"?: string;
  "monitoredParticipantId"?: string;
}

export interface QueueConversationMessageEventTopicMessageMetadata {
  "type"?: string;
  "events"?: Array<QueueConversationMessageEventTopicMessageMetadataEvent>;
  "content"?: Array<QueueConversationMessageEventTopicMessageMetadataContent>;
}

export interface QueueConversationMessageEventTopicMessageMetadataContent {
  "contentType"?: string;
  "subType"?: string;
}

export interface QueueConversationMessageEventTopicMessageMetadataEvent {
  "eventType"?: string;
  "subType"?: string;
}

export interface QueueConversationMessageEventTopicMessageSticker {
  "url"?: string;
  "id"?: string;
}

export interface QueueConversationMessageEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationMessageEventTopicScoredAgent {
  "agent"?: QueueConversationMessageEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationMessageEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationMessageEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationScreenShareEventTopicConversationDivisionMembership {
  "division"?: QueueConversationScreenShareEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationScreenShareEventTopicDivisionEntityRef>;
}

export interface QueueConversationScreenShareEventTopicConversationRoutingData {
  "queue"?: QueueConversationScreenShareEventTopicUriReference;
  "language"?: QueueConversationScreenShareEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationScreenShareEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationScreenShareEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationScreenShareEventTopicUriReference;
}

export interface QueueConversationScreenShareEventTopicDetail {
  "errorCode"?: string;
  "fieldName"?: string;
  "entityId"?: string;
  "entityName"?: string;
}

export interface QueueConversationScreenShareEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationScreenShareEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationScreenShareEventTopicErrorBody {
  "message"?: string;
  "code"?: string;
  "status"?: number;
  "entityId"?: string;
  "entityName"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "details"?: Array<QueueConversationScreenShareEventTopicDetail>;
  "errors"?: Array<QueueConversationScreenShareEventTopicErrorBody>;
  "limit"?: QueueConversationScreenShareEventTopicLimit;
}

export interface QueueConversationScreenShareEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationScreenShareEventTopicJourneyActionMap;
}

export interface QueueConversationScreenShareEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationScreenShareEventTopicJourneyContext {
  "customer"?: QueueConversationScreenShareEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationScreenShareEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationScreenShareEventTopicJourneyAction;
}

export interface QueueConversationScreenShareEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationScreenShareEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationScreenShareEventTopicLimit {
  "key"?: string;
  "namespace"?: string;
  "value"?: number;
  "documented"?: boolean;
}

export interface QueueConversationScreenShareEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationScreenShareEventTopicScoredAgent {
  "agent"?: QueueConversationScreenShareEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationScreenShareEventTopicScreenShareConversation {
  "id"?: string;
  "name"?: string;
  "participants"?: Array<QueueConversationScreenShareEventTopicScreenShareMediaParticipant>;
  "otherMediaUris"?: Array<string>;
  "address"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "inactivityTimeout"?: string;
  "divisions"?: Array<QueueConversationScreenShareEventTopicConversationDivisionMembership>;
}

export interface QueueConversationScreenShareEventTopicScreenShareMediaParticipant {
  "id"?: string;
  "name"?: string;
  "address"?: string;
  "startTime"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "startHoldTime"?: string;
  "purpose"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "disconnectType"?: string;
  "held"?: boolean;
  "wrapupRequired"?: boolean;
  "wrapupPrompt"?: string;
  "user"?: QueueConversationScreenShareEventTopicUriReference;
  "queue"?: QueueConversationScreenShareEventTopicUriReference;
  "team"?: QueueConversationScreenShareEventTopicUriReference;
  "attributes"?: { [key: string]: string; };
  "errorInfo"?: QueueConversationScreenShareEventTopicErrorBody;
  "script"?: QueueConversationScreenShareEventTopicUriReference;
  "wrapupTimeoutMs"?: number;
  "wrapupSkipped"?: boolean;
  "alertingTimeoutMs"?: number;
  "provider"?: string;
  "externalContact"?: QueueConversationScreenShareEventTopicUriReference;
  "externalContactInitialDivisionId"?: string;
  "externalOrganization"?: QueueConversationScreenShareEventTopicUriReference;
  "wrapup"?: QueueConversationScreenShareEventTopicWrapup;
  "conversationRoutingData"?: QueueConversationScreenShareEventTopicConversationRoutingData;
  "peer"?: string;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "journeyContext"?: QueueConversationScreenShareEventTopicJourneyContext;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "resumeTime"?: string;
  "parkTime"?: string;
  "mediaRoles"?: Array<string>;
  "queueMediaSettings"?: QueueConversationScreenShareEventTopicQueueMediaSettings;
  "context"?: string;
  "peerCount"?: number;
  "sharing"?: boolean;
}

export interface QueueConversationScreenShareEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationScreenShareEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationSocialExpressionEventTopicAddress {
  "name"?: string;
  "nameRaw"?: string;
  "addressNormalized"?: string;
  "addressRaw"?: string;
  "addressDisplayable"?: string;
}

export interface QueueConversationSocialExpressionEventTopicAfterCallWork {
  "state"?: string;
  "startTime"?: string;
  "endTime"?: string;
}

export interface QueueConversationSocialExpressionEventTopicAttachment {
  "attachmentId"?: string;
  "name"?: string;
  "contentUri"?: string;
  "contentType"?: string;
  "contentLength"?: number;
}

export interface QueueConversationSocialExpressionEventTopicCall {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "recording"?: boolean;
  "recordingState"?: string;
  "recordersState"?: QueueConversationSocialExpressionEventTopicRecordersState;
  "muted"?: boolean;
  "confined"?: boolean;
  "held"?: boolean;
  "securePause"?: boolean;
  "errorInfo"?: QueueConversationSocialExpressionEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "direction"?: string;
  "documentId"?: string;
  "self"?: QueueConversationSocialExpressionEventTopicAddress;
  "other"?: QueueConversationSocialExpressionEventTopicAddress;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "disconnectReasons"?: Array<QueueConversationSocialExpressionEventTopicDisconnectReason>;
  "faxStatus"?: QueueConversationSocialExpressionEventTopicFaxStatus;
  "uuiData"?: string;
  "bargedTime"?: string;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
  "disposition"?: QueueConversationSocialExpressionEventTopicDisposition;
  "transferSource"?: string;
  "publicIpAddress"?: string;
}

export interface QueueConversationSocialExpressionEventTopicCallback {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "direction"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "dialerPreview"?: QueueConversationSocialExpressionEventTopicDialerPreview;
  "voicemail"?: QueueConversationSocialExpressionEventTopicVoicemail;
  "callbackNumbers"?: Array<string>;
  "callbackUserName"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "externalCampaign"?: boolean;
  "skipEnabled"?: boolean;
  "provider"?: string;
  "timeoutSeconds"?: number;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "callbackScheduledTime"?: string;
  "automatedCallbackConfigId"?: string;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "callerId"?: string;
  "callerIdName"?: string;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
}

export interface QueueConversationSocialExpressionEventTopicChat {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "roomId"?: string;
  "avatarImageUrl"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "journeyContext"?: QueueConversationSocialExpressionEventTopicJourneyContext;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
}

export interface QueueConversationSocialExpressionEventTopicCobrowse {
  "state"?: string;
  "initialState"?: string;
  "disconnectType"?: string;
  "id"?: string;
  "self"?: QueueConversationSocialExpressionEventTopicAddress;
  "roomId"?: string;
  "cobrowseSessionId"?: string;
  "cobrowseRole"?: string;
  "controlling"?: Array<string>;
  "viewerUrl"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "providerEventTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
}

export interface QueueConversationSocialExpressionEventTopicConversation {
  "id"?: string;
  "maxParticipants"?: number;
  "participants"?: Array<QueueConversationSocialExpressionEventTopicParticipant>;
  "recentTransfers"?: Array<QueueConversationSocialExpressionEventTopicTransferResponse>;
  "recordingState"?: string;
  "address"?: string;
  "externalTag"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "securePause"?: boolean;
  "inactivityTimeout"?: string;
  "associatedConversation"?: QueueConversationSocialExpressionEventTopicDomainEntityRef;
  "consultationConversations"?: Array<QueueConversationSocialExpressionEventTopicDomainEntityRef>;
  "divisions"?: Array<QueueConversationSocialExpressionEventTopicConversationDivisionMembership>;
}

export interface QueueConversationSocialExpressionEventTopicConversationDivisionMembership {
  "division"?: QueueConversationSocialExpressionEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationSocialExpressionEventTopicDivisionEntityRef>;
}

export interface QueueConversationSocialExpressionEventTopicConversationRoutingData {
  "queue"?: QueueConversationSocialExpressionEventTopicUriReference;
  "language"?: QueueConversationSocialExpressionEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationSocialExpressionEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationSocialExpressionEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationSocialExpressionEventTopicUriReference;
}

export interface QueueConversationSocialExpressionEventTopicDialerPreview {
  "id"?: string;
  "contactId"?: string;
  "contactListId"?: string;
  "campaignId"?: string;
  "phoneNumberColumns"?: Array<QueueConversationSocialExpressionEventTopicPhoneNumberColumn>;
}

export interface QueueConversationSocialExpressionEventTopicDisconnectReason {
  "type"?: string;
  "code"?: number;
  "phrase"?: string;
  "reason"?: string;
}

export interface QueueConversationSocialExpressionEventTopicDisposition {
  "name"?: string;
  "analyzer"?: string;
  "amdTimeout"?: QueueConversationSocialExpressionEventTopicDispositionAmdTimeout;
  "silentCallTimeout"?: QueueConversationSocialExpressionEventTopicDispositionSilentCallTimeout;
}

export interface QueueConversationSocialExpressionEventTopicDispositionAmdTimeout {
  "timeoutMs"?: number;
  "timerStartEvent"?: string;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationSocialExpressionEventTopicDispositionSilentCallTimeout {
  "timeoutMs"?: number;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationSocialExpressionEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationSocialExpressionEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationSocialExpressionEventTopicEmail {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "held"?: boolean;
  "autoGenerated"?: boolean;
  "subject"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "messagesSent"?: number;
  "errorInfo"?: QueueConversationSocialExpressionEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "messageId"?: string;
  "direction"?: string;
  "draftAttachments"?: Array<QueueConversationSocialExpressionEventTopicAttachment>;
  "spam"?: boolean;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface QueueConversationSocialExpressionEventTopicErrorDetails {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "uri"?: string;
}

export interface QueueConversationSocialExpressionEventTopicFaxStatus {
  "direction"?: string;
  "expectedPages"?: number;
  "activePage"?: number;
  "linesTransmitted"?: number;
  "bytesTransmitted"?: number;
  "baudRate"?: number;
  "pageErrors"?: number;
  "lineErrors"?: number;
}

export interface QueueConversationSocialExpressionEventTopicInternalMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "sourceUserId"?: string;
  "toAddress"?: QueueConversationSocialExpressionEventTopicAddress;
  "fromAddress"?: QueueConversationSocialExpressionEventTopicAddress;
  "messages"?: Array<QueueConversationSocialExpressionEventTopicInternalMessageDetails>;
}

export interface QueueConversationSocialExpressionEventTopicInternalMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
}

export interface QueueConversationSocialExpressionEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationSocialExpressionEventTopicJourneyActionMap;
}

export interface QueueConversationSocialExpressionEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationSocialExpressionEventTopicJourneyContext {
  "customer"?: QueueConversationSocialExpressionEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationSocialExpressionEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationSocialExpressionEventTopicJourneyAction;
}

export interface QueueConversationSocialExpressionEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationSocialExpressionEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationSocialExpressionEventTopicMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "held"?: boolean;
  "errorInfo"?: QueueConversationSocialExpressionEventTopicErrorDetails;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "toAddress"?: QueueConversationSocialExpressionEventTopicAddress;
  "fromAddress"?: QueueConversationSocialExpressionEventTopicAddress;
  "messages"?: Array<QueueConversationSocialExpressionEventTopicMessageDetails>;
  "messagesTranscriptUri"?: string;
  "type"?: string;
  "recipientCountry"?: string;
  "recipientType"?: string;
  "journeyContext"?: QueueConversationSocialExpressionEventTopicJourneyContext;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "engagementSource"?: string;
  "byoSmsIntegrationId"?: string;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface QueueConversationSocialExpressionEventTopicMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
  "messageStatus"?: string;
  "messageSegmentCount"?: number;
  "media"?: Array<QueueConversationSocialExpressionEventTopicMessageMedia>;
  "errorInfo"?: QueueConversationSocialExpressionEventTopicErrorDetails;
  "stickers"?: Array<QueueConversationSocialExpressionEventTopicMessageSticker>;
  "messageMetadata"?: QueueConversationSocialExpressionEventTopicMessageMetadata;
  "socialVisibility"?: string;
}

export interface QueueConversationSocialExpressionEventTopicMessageMedia {
  "url"?: string;
  "mediaType"?: string;
  "contentLengthBytes"?: number;
  "name"?: string;
  "id"?: string;
}

export interface QueueConversationSocialExpressionEventTopicMessageMetadata {
  "type"?: string;
  "events"?: Array<QueueConversationSocialExpressionEventTopicMessageMetadataEvent>;
  "content"?: Array<QueueConversationSocialExpressionEventTopicMessageMetadataContent>;
}

export interface QueueConversationSocialExpressionEventTopicMessageMetadataContent {
  "contentType"?: string;
  "subType"?: string;
}

export interface QueueConversationSocialExpressionEventTopicMessageMetadataEvent {
  "eventType"?: string;
  "subType"?: string;
}

export interface QueueConversationSocialExpressionEventTopicMessageSticker {
  "url"?: string;
  "id"?: string;
}

export interface QueueConversationSocialExpressionEventTopicParticipant {
  "id"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "externalContactInitialDivisionId"?: string;
  "externalOrganizationId"?: string;
  "name"?: string;
  "queueId"?: string;
  "groupId"?: string;
  "teamId"?: string;
  "purpose"?: string;
  "consultParticipantId"?: string;
  "address"?: string;
  "wrapupRequired"?: boolean;
  "wrapupExpected"?: boolean;
  "wrapupPrompt"?: string;
  "wrapupTimeoutMs"?: number;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "conversationRoutingData"?: QueueConversationSocialExpressionEventTopicConversationRoutingData;
  "alertingTimeoutMs"?: number;
  "monitoredParticipantId"?: string;
  "screenMonitoredParticipantId"?: string;
  "coachedParticipantId"?: string;
  "bargedParticipantId"?: string;
  "mediaRoles"?: Array<string>;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "attributes"?: { [key: string]: string; };
  "calls"?: Array<QueueConversationSocialExpressionEventTopicCall>;
  "callbacks"?: Array<QueueConversationSocialExpressionEventTopicCallback>;
  "chats"?: Array<QueueConversationSocialExpressionEventTopicChat>;
  "cobrowsesessions"?: Array<QueueConversationSocialExpressionEventTopicCobrowse>;
  "emails"?: Array<QueueConversationSocialExpressionEventTopicEmail>;
  "messages"?: Array<QueueConversationSocialExpressionEventTopicMessage>;
  "internalMessages"?: Array<QueueConversationSocialExpressionEventTopicInternalMessage>;
  "screenMonitorings"?: Array<QueueConversationSocialExpressionEventTopicScreenMonitoring>;
  "screenshares"?: Array<QueueConversationSocialExpressionEventTopicScreenShare>;
  "socialExpressions"?: Array<QueueConversationSocialExpressionEventTopicSocialExpression>;
  "videos"?: Array<QueueConversationSocialExpressionEventTopicVideo>;
  "workflow"?: QueueConversationSocialExpressionEventTopicWorkflow;
}

export interface QueueConversationSocialExpressionEventTopicPhoneNumberColumn {
  "columnName"?: string;
  "type"?: string;
}

export interface QueueConversationSocialExpressionEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationSocialExpressionEventTopicRecordersState {
  "adhocState"?: string;
  "customerExperienceState"?: string;
  "agentExperienceState"?: string;
  "snippetState"?: string;
}

export interface QueueConversationSocialExpressionEventTopicScoredAgent {
  "agent"?: QueueConversationSocialExpressionEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationSocialExpressionEventTopicScreenMonitoring {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "screenMonitoringId"?: string;
  "monitoringType"?: string;
  "count"?: number;
}

export interface QueueConversationSocialExpressionEventTopicScreenShare {
  "state"?: string;
  "initialState"?: string;
  "self"?: QueueConversationSocialExpressionEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "sharing"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "peerCount"?: number;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
}

export interface QueueConversationSocialExpressionEventTopicSocialExpression {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "socialMediaId"?: string;
  "socialMediaHub"?: string;
  "socialUserName"?: string;
  "previewText"?: string;
  "recordingId"?: string;
  "held"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
}

export interface QueueConversationSocialExpressionEventTopicTransferDestination {
  "userId"?: string;
  "address"?: string;
}

export interface QueueConversationSocialExpressionEventTopicTransferInitiator {
  "userId"?: string;
}

export interface QueueConversationSocialExpressionEventTopicTransferModifedBy {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationSocialExpressionEventTopicTransferResponse {
  "id"?: string;
  "state"?: string;
  "dateIssued"?: string;
  "initiator"?: QueueConversationSocialExpressionEventTopicTransferInitiator;
  "modifiedBy"?: QueueConversationSocialExpressionEventTopicTransferModifedBy;
  "destination"?: QueueConversationSocialExpressionEventTopicTransferDestination;
  "transferType"?: string;
}

export interface QueueConversationSocialExpressionEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationSocialExpressionEventTopicVideo {
  "state"?: string;
  "initialState"?: string;
  "self"?: QueueConversationSocialExpressionEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "audioMuted"?: boolean;
  "videoMuted"?: boolean;
  "sharingScreen"?: boolean;
  "peerCount"?: number;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "msids"?: Array<string>;
  "wrapup"?: QueueConversationSocialExpressionEventTopicWrapup;
  "afterCallWork"?: QueueConversationSocialExpressionEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationSocialExpressionEventTopicQueueMediaSettings;
}

export interface QueueConversationSocialExpressionEventTopicVoicemail {
  "id"?: string;
  "uploadStatus"?: string;
}

export interface QueueConversationSocialExpressionEventTopicWorkflow {
  "workflowId"?: string;
}

export interface QueueConversationSocialExpressionEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueConversationVideoEventTopicAddress {
  "name"?: string;
  "nameRaw"?: string;
  "addressNormalized"?: string;
  "addressRaw"?: string;
  "addressDisplayable"?: string;
}

export interface QueueConversationVideoEventTopicAfterCallWork {
  "state"?: string;
  "startTime"?: string;
  "endTime"?: string;
}

export interface QueueConversationVideoEventTopicAttachment {
  "attachmentId"?: string;
  "name"?: string;
  "contentUri"?: string;
  "contentType"?: string;
  "contentLength"?: number;
}

export interface QueueConversationVideoEventTopicCall {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "recording"?: boolean;
  "recordingState"?: string;
  "recordersState"?: QueueConversationVideoEventTopicRecordersState;
  "muted"?: boolean;
  "confined"?: boolean;
  "held"?: boolean;
  "securePause"?: boolean;
  "errorInfo"?: QueueConversationVideoEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "direction"?: string;
  "documentId"?: string;
  "self"?: QueueConversationVideoEventTopicAddress;
  "other"?: QueueConversationVideoEventTopicAddress;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "disconnectReasons"?: Array<QueueConversationVideoEventTopicDisconnectReason>;
  "faxStatus"?: QueueConversationVideoEventTopicFaxStatus;
  "uuiData"?: string;
  "bargedTime"?: string;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
  "disposition"?: QueueConversationVideoEventTopicDisposition;
  "transferSource"?: string;
  "publicIpAddress"?: string;
}

export interface QueueConversationVideoEventTopicCallback {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "direction"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "dialerPreview"?: QueueConversationVideoEventTopicDialerPreview;
  "voicemail"?: QueueConversationVideoEventTopicVoicemail;
  "callbackNumbers"?: Array<string>;
  "callbackUserName"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "externalCampaign"?: boolean;
  "skipEnabled"?: boolean;
  "provider"?: string;
  "timeoutSeconds"?: number;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "callbackScheduledTime"?: string;
  "automatedCallbackConfigId"?: string;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "callerId"?: string;
  "callerIdName"?: string;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
}

export interface QueueConversationVideoEventTopicChat {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "roomId"?: string;
  "avatarImageUrl"?: string;
  "held"?: boolean;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "journeyContext"?: QueueConversationVideoEventTopicJourneyContext;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
}

export interface QueueConversationVideoEventTopicCobrowse {
  "state"?: string;
  "initialState"?: string;
  "disconnectType"?: string;
  "id"?: string;
  "self"?: QueueConversationVideoEventTopicAddress;
  "roomId"?: string;
  "cobrowseSessionId"?: string;
  "cobrowseRole"?: string;
  "controlling"?: Array<string>;
  "viewerUrl"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "providerEventTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
}

export interface QueueConversationVideoEventTopicConversation {
  "id"?: string;
  "maxParticipants"?: number;
  "participants"?: Array<QueueConversationVideoEventTopicParticipant>;
  "recentTransfers"?: Array<QueueConversationVideoEventTopicTransferResponse>;
  "recordingState"?: string;
  "address"?: string;
  "externalTag"?: string;
  "utilizationLabelId"?: string;
  "accessAttributes"?: Array<string>;
  "securePause"?: boolean;
  "inactivityTimeout"?: string;
  "associatedConversation"?: QueueConversationVideoEventTopicDomainEntityRef;
  "consultationConversations"?: Array<QueueConversationVideoEventTopicDomainEntityRef>;
  "divisions"?: Array<QueueConversationVideoEventTopicConversationDivisionMembership>;
}

export interface QueueConversationVideoEventTopicConversationDivisionMembership {
  "division"?: QueueConversationVideoEventTopicDomainEntityRef;
  "entities"?: Array<QueueConversationVideoEventTopicDivisionEntityRef>;
}

export interface QueueConversationVideoEventTopicConversationRoutingData {
  "queue"?: QueueConversationVideoEventTopicUriReference;
  "language"?: QueueConversationVideoEventTopicUriReference;
  "priority"?: number;
  "skills"?: Array<QueueConversationVideoEventTopicUriReference>;
  "scoredAgents"?: Array<QueueConversationVideoEventTopicScoredAgent>;
  "skillExpressionId"?: QueueConversationVideoEventTopicUriReference;
}

export interface QueueConversationVideoEventTopicDialerPreview {
  "id"?: string;
  "contactId"?: string;
  "contactListId"?: string;
  "campaignId"?: string;
  "phoneNumberColumns"?: Array<QueueConversationVideoEventTopicPhoneNumberColumn>;
}

export interface QueueConversationVideoEventTopicDisconnectReason {
  "type"?: string;
  "code"?: number;
  "phrase"?: string;
  "reason"?: string;
}

export interface QueueConversationVideoEventTopicDisposition {
  "name"?: string;
  "analyzer"?: string;
  "amdTimeout"?: QueueConversationVideoEventTopicDispositionAmdTimeout;
  "silentCallTimeout"?: QueueConversationVideoEventTopicDispositionSilentCallTimeout;
}

export interface QueueConversationVideoEventTopicDispositionAmdTimeout {
  "timeoutMs"?: number;
  "timerStartEvent"?: string;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationVideoEventTopicDispositionSilentCallTimeout {
  "timeoutMs"?: number;
  "timerStartTime"?: number;
  "timerEndTime"?: number;
}

export interface QueueConversationVideoEventTopicDivisionEntityRef {
  "id"?: string;
  "selfUri"?: string;
  "dateDivisionUpdated"?: string;
}

export interface QueueConversationVideoEventTopicDomainEntityRef {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationVideoEventTopicEmail {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "held"?: boolean;
  "autoGenerated"?: boolean;
  "subject"?: string;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "messagesSent"?: number;
  "errorInfo"?: QueueConversationVideoEventTopicErrorDetails;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "messageId"?: string;
  "direction"?: string;
  "draftAttachments"?: Array<QueueConversationVideoEventTopicAttachment>;
  "spam"?: boolean;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface QueueConversationVideoEventTopicErrorDetails {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageWithParams"?: string;
  "messageParams"?: { [key: string]: string; };
  "contextId"?: string;
  "uri"?: string;
}

export interface QueueConversationVideoEventTopicFaxStatus {
  "direction"?: string;
  "expectedPages"?: number;
  "activePage"?: number;
  "linesTransmitted"?: number;
  "bytesTransmitted"?: number;
  "baudRate"?: number;
  "pageErrors"?: number;
  "lineErrors"?: number;
}

export interface QueueConversationVideoEventTopicInternalMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "sourceUserId"?: string;
  "toAddress"?: QueueConversationVideoEventTopicAddress;
  "fromAddress"?: QueueConversationVideoEventTopicAddress;
  "messages"?: Array<QueueConversationVideoEventTopicInternalMessageDetails>;
}

export interface QueueConversationVideoEventTopicInternalMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
}

export interface QueueConversationVideoEventTopicJourneyAction {
  "id"?: string;
  "actionMap"?: QueueConversationVideoEventTopicJourneyActionMap;
}

export interface QueueConversationVideoEventTopicJourneyActionMap {
  "id"?: string;
  "version"?: number;
}

export interface QueueConversationVideoEventTopicJourneyContext {
  "customer"?: QueueConversationVideoEventTopicJourneyCustomer;
  "customerSession"?: QueueConversationVideoEventTopicJourneyCustomerSession;
  "triggeringAction"?: QueueConversationVideoEventTopicJourneyAction;
}

export interface QueueConversationVideoEventTopicJourneyCustomer {
  "id"?: string;
  "idType"?: string;
}

export interface QueueConversationVideoEventTopicJourneyCustomerSession {
  "id"?: string;
  "type"?: string;
}

export interface QueueConversationVideoEventTopicMessage {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "direction"?: string;
  "held"?: boolean;
  "errorInfo"?: QueueConversationVideoEventTopicErrorDetails;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "toAddress"?: QueueConversationVideoEventTopicAddress;
  "fromAddress"?: QueueConversationVideoEventTopicAddress;
  "messages"?: Array<QueueConversationVideoEventTopicMessageDetails>;
  "messagesTranscriptUri"?: string;
  "type"?: string;
  "recipientCountry"?: string;
  "recipientType"?: string;
  "journeyContext"?: QueueConversationVideoEventTopicJourneyContext;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "agentAssistantId"?: string;
  "engagementSource"?: string;
  "byoSmsIntegrationId"?: string;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
  "resumeTime"?: string;
  "parkTime"?: string;
}

export interface QueueConversationVideoEventTopicMessageDetails {
  "messageId"?: string;
  "messageTime"?: string;
  "messageStatus"?: string;
  "messageSegmentCount"?: number;
  "media"?: Array<QueueConversationVideoEventTopicMessageMedia>;
  "errorInfo"?: QueueConversationVideoEventTopicErrorDetails;
  "stickers"?: Array<QueueConversationVideoEventTopicMessageSticker>;
  "messageMetadata"?: QueueConversationVideoEventTopicMessageMetadata;
  "socialVisibility"?: string;
}

export interface QueueConversationVideoEventTopicMessageMedia {
  "url"?: string;
  "mediaType"?: string;
  "contentLengthBytes"?: number;
  "name"?: string;
  "id"?: string;
}

export interface QueueConversationVideoEventTopicMessageMetadata {
  "type"?: string;
  "events"?: Array<QueueConversationVideoEventTopicMessageMetadataEvent>;
  "content"?: Array<QueueConversationVideoEventTopicMessageMetadataContent>;
}

export interface QueueConversationVideoEventTopicMessageMetadataContent {
  "contentType"?: string;
  "subType"?: string;
}

export interface QueueConversationVideoEventTopicMessageMetadataEvent {
  "eventType"?: string;
  "subType"?: string;
}

export interface QueueConversationVideoEventTopicMessageSticker {
  "url"?: string;
  "id"?: string;
}

export interface QueueConversationVideoEventTopicParticipant {
  "id"?: string;
  "connectedTime"?: string;
  "endTime"?: string;
  "userId"?: string;
  "externalContactId"?: string;
  "externalContactInitialDivisionId"?: string;
  "externalOrganizationId"?: string;
  "name"?: string;
  "queueId"?: string;
  "groupId"?: string;
  "teamId"?: string;
  "purpose"?: string;
  "consultParticipantId"?: string;
  "address"?: string;
  "wrapupRequired"?: boolean;
  "wrapupExpected"?: boolean;
  "wrapupPrompt"?: string;
  "wrapupTimeoutMs"?: number;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "startAcwTime"?: string;
  "endAcwTime"?: string;
  "conversationRoutingData"?: QueueConversationVideoEventTopicConversationRoutingData;
  "alertingTimeoutMs"?: number;
  "monitoredParticipantId"?: string;
  "screenMonitoredParticipantId"?: string;
  "coachedParticipantId"?: string;
  "bargedParticipantId"?: string;
  "mediaRoles"?: Array<string>;
  "screenRecordingState"?: string;
  "flaggedReason"?: string;
  "attributes"?: { [key: string]: string; };
  "calls"?: Array<QueueConversationVideoEventTopicCall>;
  "callbacks"?: Array<QueueConversationVideoEventTopicCallback>;
  "chats"?: Array<QueueConversationVideoEventTopicChat>;
  "cobrowsesessions"?: Array<QueueConversationVideoEventTopicCobrowse>;
  "emails"?: Array<QueueConversationVideoEventTopicEmail>;
  "messages"?: Array<QueueConversationVideoEventTopicMessage>;
  "internalMessages"?: Array<QueueConversationVideoEventTopicInternalMessage>;
  "screenMonitorings"?: Array<QueueConversationVideoEventTopicScreenMonitoring>;
  "screenshares"?: Array<QueueConversationVideoEventTopicScreenShare>;
  "socialExpressions"?: Array<QueueConversationVideoEventTopicSocialExpression>;
  "videos"?: Array<QueueConversationVideoEventTopicVideo>;
  "workflow"?: QueueConversationVideoEventTopicWorkflow;
}

export interface QueueConversationVideoEventTopicPhoneNumberColumn {
  "columnName"?: string;
  "type"?: string;
}

export interface QueueConversationVideoEventTopicQueueMediaSettings {
  "alertingTimeoutSeconds"?: number;
  "autoAnswerAlertToneSeconds"?: number;
  "manualAnswerAlertToneSeconds"?: number;
  "enableAutoAnswer"?: boolean;
}

export interface QueueConversationVideoEventTopicRecordersState {
  "adhocState"?: string;
  "customerExperienceState"?: string;
  "agentExperienceState"?: string;
  "snippetState"?: string;
}

export interface QueueConversationVideoEventTopicScoredAgent {
  "agent"?: QueueConversationVideoEventTopicUriReference;
  "score"?: number;
}

export interface QueueConversationVideoEventTopicScreenMonitoring {
  "id"?: string;
  "state"?: string;
  "initialState"?: string;
  "provider"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "targetUserId"?: string;
  "screenMonitoringId"?: string;
  "monitoringType"?: string;
  "count"?: number;
}

export interface QueueConversationVideoEventTopicScreenShare {
  "state"?: string;
  "initialState"?: string;
  "self"?: QueueConversationVideoEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "sharing"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "peerCount"?: number;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
}

export interface QueueConversationVideoEventTopicSocialExpression {
  "state"?: string;
  "initialState"?: string;
  "id"?: string;
  "socialMediaId"?: string;
  "socialMediaHub"?: string;
  "socialUserName"?: string;
  "previewText"?: string;
  "recordingId"?: string;
  "held"?: boolean;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "startHoldTime"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
}

export interface QueueConversationVideoEventTopicTransferDestination {
  "userId"?: string;
  "address"?: string;
}

export interface QueueConversationVideoEventTopicTransferInitiator {
  "userId"?: string;
}

export interface QueueConversationVideoEventTopicTransferModifedBy {
  "id"?: string;
  "selfUri"?: string;
}

export interface QueueConversationVideoEventTopicTransferResponse {
  "id"?: string;
  "state"?: string;
  "dateIssued"?: string;
  "initiator"?: QueueConversationVideoEventTopicTransferInitiator;
  "modifiedBy"?: QueueConversationVideoEventTopicTransferModifedBy;
  "destination"?: QueueConversationVideoEventTopicTransferDestination;
  "transferType"?: string;
}

export interface QueueConversationVideoEventTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface QueueConversationVideoEventTopicVideo {
  "state"?: string;
  "initialState"?: string;
  "self"?: QueueConversationVideoEventTopicAddress;
  "id"?: string;
  "context"?: string;
  "audioMuted"?: boolean;
  "videoMuted"?: boolean;
  "sharingScreen"?: boolean;
  "peerCount"?: number;
  "provider"?: string;
  "scriptId"?: string;
  "peerId"?: string;
  "disconnectType"?: string;
  "connectedTime"?: string;
  "disconnectedTime"?: string;
  "msids"?: Array<string>;
  "wrapup"?: QueueConversationVideoEventTopicWrapup;
  "afterCallWork"?: QueueConversationVideoEventTopicAfterCallWork;
  "afterCallWorkRequired"?: boolean;
  "queueMediaSettings"?: QueueConversationVideoEventTopicQueueMediaSettings;
}

export interface QueueConversationVideoEventTopicVoicemail {
  "id"?: string;
  "uploadStatus"?: string;
}

export interface QueueConversationVideoEventTopicWorkflow {
  "workflowId"?: string;
}

export interface QueueConversationVideoEventTopicWrapup {
  "code"?: string;
  "notes"?: string;
  "tags"?: Array<string>;
  "durationSeconds"?: number;
  "endTime"?: string;
}

export interface QueueUserEventTopicQueueMember {
  "id"?: string;
  "user"?: QueueUserEventTopicUserReference;
  "queueId"?: string;
  "joined"?: boolean;
  "additionalProperties"?: { [key: string]: object; };
}

export interface QueueUserEventTopicUserReference {
  "id"?: string;
}

export interface RecordingArchiveRestoreTopicMediaResult {
  "channelId"?: string;
  "waveUri"?: string;
  "mediaUri"?: string;
  "waveformData"?: Array<number>;
}

export interface RecordingArchiveRestoreTopicRecording {
  "id"?: string;
  "conversationId"?: string;
  "fileState"?: string;
  "mediaUris"?: Array<RecordingArchiveRestoreTopicMediaResult>;
  "estimatedTranscodeTimeMs"?: number;
  "actualTranscodeTimeMs"?: number;
}

export interface RecordingEventMediaResult {
  "channelId"?: string;
  "waveUri"?: string;
  "mediaUri"?: string;
  "waveformData"?: Array<number>;
}

export interface RecordingEventRecording {
  "id"?: string;
  "conversationId"?: string;
  "fileState"?: string;
  "mediaUris"?: Array<RecordingEventMediaResult>;
  "estimatedTranscodeTimeMs"?: number;
  "actualTranscodeTimeMs"?: number;
}

export interface RecordingTranscodeCompleteTopicMediaResult {
  "channelId"?: string;
  "waveUri"?: string;
  "mediaUri"?: string;
  "waveformData"?: Array<number>;
}

export interface RecordingTranscodeCompleteTopicRecording {
  "id"?: string;
  "conversationId"?: string;
  "fileState"?: string;
  "mediaUris"?: Array<RecordingTranscodeCompleteTopicMediaResult>;
  "estimatedTranscodeTimeMs"?: number;
  "actualTranscodeTimeMs"?: number;
}

export interface ReportingDataExportTopicDataExportNotification {
  "id"?: string;
  "runId"?: string;
  "name"?: string;
  "status"?: string;
  "exportFormat"?: string;
  "downloadUrl"?: string;
  "viewType"?: string;
  "exportErrorMessagesType"?: string;
  "read"?: boolean;
  "createdDateTime"?: string;
  "modifiedDateTime"?: string;
  "percentageComplete"?: number;
  "emailStatuses"?: { [key: string]: string; };
  "emailErrorDescription"?: string;
  "scheduleExpression"?: string;
  "scheduleStaticLinkUrl"?: string;
  "exportAllowedToRerun"?: boolean;
}

export interface ScheduleBiddingAdminNotificationTopicScheduleBiddingNotification {
  "id"?: string;
  "buId"?: string;
  "status"?: string;
  "bidType"?: string;
}

export interface StatEventCampaignTopicIntervalMetrics {
  "interval"?: string;
  "metrics"?: Array<StatEventCampaignTopicMetricStats>;
}

export interface StatEventCampaignTopicMetricStats {
  "metric"?: string;
  "qualifier"?: string;
  "stats"?: { [key: string]: number; };
}

export interface StatEventCampaignTopicStatsNotification {
  "group"?: { [key: string]: string; };
  "data"?: Array<StatEventCampaignTopicIntervalMetrics>;
}

export interface StatEventFlowOutcomeTopicIntervalMetrics {
  "interval"?: string;
  "metrics"?: Array<StatEventFlowOutcomeTopicMetricStats>;
}

export interface StatEventFlowOutcomeTopicMetricStats {
  "metric"?: string;
  "qualifier"?: string;
  "stats"?: { [key: string]: number; };
}

export interface StatEventFlowOutcomeTopicStatsNotification {
  "group"?: { [key: string]: string; };
  "data"?: Array<StatEventFlowOutcomeTopicIntervalMetrics>;
}

export interface StatEventFlowTopicIntervalMetrics {
  "interval"?: string;
  "metrics"?: Array<StatEventFlowTopicMetricStats>;
}

export interface StatEventFlowTopicMetricStats {
  "metric"?: string;
  "qualifier"?: string;
  "stats"?: { [key: string]: number; };
}

export interface StatEventFlowTopicStatsNotification {
  "group"?: { [key: string]: string; };
  "data"?: Array<StatEventFlowTopicIntervalMetrics>;
}

export interface StatEventQueueTopicIntervalMetrics {
  "interval"?: string;
  "metrics"?: Array<StatEventQueueTopicMetricStats>;
}

export interface StatEventQueueTopicMetricStats {
  "metric"?: string;
  "qualifier"?: string;
  "stats"?: { [key: string]: number; };
}

export interface StatEventQueueTopicStatsNotification {
  "group"?: { [key: string]: string; };
  "data"?: Array<StatEventQueueTopicIntervalMetrics>;
}

export interface StatEventUserTopicIntervalMetrics {
  "interval"?: string;
  "metrics"?: Array<StatEventUserTopicMetricStats>;
}

export interface StatEventUserTopicMetricStats {
  "metric"?: string;
  "qualifier"?: string;
  "stats"?: { [key: string]: number; };
}

export interface StatEventUserTopicStatsNotification {
  "group"?: { [key: string]: string; };
  "data"?: Array<StatEventUserTopicIntervalMetrics>;
}

export interface StatEventWrapUpCodeTopicIntervalMetrics {
  "interval"?: string;
  "metrics"?: Array<StatEventWrapUpCodeTopicMetricStats>;
}

export interface StatEventWrapUpCodeTopicMetricStats {
  "metric"?: string;
  "qualifier"?: string;
  "stats"?: { [key: string]: number; };
}

export interface StatEventWrapUpCodeTopicStatsNotification {
  "group"?: { [key: string]: string; };
  "data"?: Array<StatEventWrapUpCodeTopicIntervalMetrics>;
}

export interface SystemMessageSystemMessage {
  "channelId"?: string;
  "systemTopicType"?: string;
  "correlationId"?: string;
  "organizationId"?: string;
  "userId"?: string;
  "oauthClientId"?: string;
  "oauthClientOrgId"?: string;
  "reason"?: string;
  "message"?: string;
  "data"?: { [key: string]: object; };
}

export interface TestTopicPhraseTestPhraseDetectedPhrase {
  "foundPhrase"?: string;
  "snippet"?: string;
  "confidence"?: number;
}

export interface TestTopicPhraseTestPhraseMatchedTranscript {
  "timestamp"?: number;
  "transcriptId"?: string;
  "communicationId"?: string;
  "conversationId"?: string;
  "mediaType"?: string;
  "detectedPhrases"?: Array<TestTopicPhraseTestPhraseDetectedPhrase>;
}

export interface TestTopicPhraseTestTopicPhraseResults {
  "processedTranscriptsCount"?: number;
  "matchedTranscriptsCount"?: number;
  "matchedTranscripts"?: Array<TestTopicPhraseTestPhraseMatchedTranscript>;
}

export interface TestTopicPhraseTopicsDefinitionsJob {
  "id"?: string;
  "state"?: string;
  "testTopicPhraseResults"?: Array<TestTopicPhraseTestTopicPhraseResults>;
  "genAIPhrasesResults"?: Array<string>;
}

export interface TranscriptionTopicTranscriptAlternative {
  "confidence"?: number;
  "offsetMs"?: number;
  "durationMs"?: number;
  "transcript"?: string;
  "words"?: Array<TranscriptionTopicTranscriptWord>;
  "decoratedTranscript"?: string;
  "decoratedWords"?: Array<TranscriptionTopicTranscriptWord>;
}

export interface TranscriptionTopicTranscriptResult {
  "utteranceId"?: string;
  "isFinal"?: boolean;
  "channel"?: string;
  "alternatives"?: Array<TranscriptionTopicTranscriptAlternative>;
  "agentAssistantId"?: string;
  "engineProvider"?: string;
  "engineId"?: string;
  "engineName"?: string;
  "dialect"?: string;
  "speechTextAnalyticsProgramId"?: string;
  "agentAssistEnabled"?: boolean;
  "voiceTranscriptionEnabled"?: boolean;
}

export interface TranscriptionTopicTranscriptWord {
  "confidence"?: number;
  "startTimeMs"?: number;
  "offsetMs"?: number;
  "durationMs"?: number;
  "word"?: string;
}

export interface TranscriptionTopicTranscriptionMessage {
  "eventTime"?: string;
  "organizationId"?: string;
  "conversationId"?: string;
  "communicationId"?: string;
  "sessionStartTimeMs"?: number;
  "transcriptionStartTimeMs"?: number;
  "transcripts"?: Array<TranscriptionTopicTranscriptResult>;
  "status"?: TranscriptionTopicTranscriptionRequestStatus;
  "speechTextAnalyticsProgramId"?: string;
}

export interface TranscriptionTopicTranscriptionRequestStatus {
  "offsetMs"?: number;
  "status"?: string;
}

export interface TrunkInstanceTopicTrunk {
  "id"?: string;
  "connectedStatus"?: TrunkInstanceTopicTrunkConnectedStatus;
  "optionsStatus"?: Array<TrunkInstanceTopicTrunkMetricsOptions>;
  "registersStatus"?: Array<TrunkInstanceTopicTrunkMetricsRegisters>;
  "ipStatus"?: TrunkInstanceTopicTrunkMetricsNetworkTypeIp;
}

export interface TrunkInstanceTopicTrunkConnectedStatus {
  "connected"?: boolean;
  "connectedStateTime"?: string;
}

export interface TrunkInstanceTopicTrunkErrorInfo {
  "text"?: string;
  "code"?: string;
  "details"?: TrunkInstanceTopicTrunkErrorInfoDetails;
}

export interface TrunkInstanceTopicTrunkErrorInfoDetails {
  "code"?: string;
  "message"?: string;
  "hostname"?: string;
}

export interface TrunkInstanceTopicTrunkMetricsNetworkTypeIp {
  "address"?: string;
  "errorInfo"?: TrunkInstanceTopicTrunkErrorInfo;
}

export interface TrunkInstanceTopicTrunkMetricsOptions {
  "proxyAddress"?: string;
  "optionState"?: boolean;
  "optionStateTime"?: string;
  "errorInfo"?: TrunkInstanceTopicTrunkErrorInfo;
}

export interface TrunkInstanceTopicTrunkMetricsRegisters {
  "proxyAddress"?: string;
  "registerState"?: boolean;
  "registerStateTime"?: string;
  "errorInfo"?: TrunkInstanceTopicTrunkErrorInfo;
}

export interface TrunkMetricsTopicTrunkMetrics {
  "calls"?: TrunkMetricsTopicTrunkMetricsCalls;
  "eventTime"?: string;
  "qos"?: TrunkMetricsTopicTrunkMetricsQoS;
  "trunk"?: TrunkMetricsTopicUriReference;
}

export interface TrunkMetricsTopicTrunkMetricsCalls {
  "inboundCallCount"?: number;
  "outboundCallCount"?: number;
}

export interface TrunkMetricsTopicTrunkMetricsQoS {
  "mismatchCount"?: number;
}

export interface TrunkMetricsTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface UpdatedTopicSystemMessage {
  "channelId"?: string;
  "systemTopicType"?: string;
  "correlationId"?: string;
  "organizationId"?: string;
  "userId"?: string;
  "oauthClientId"?: string;
  "oauthClientOrgId"?: string;
  "reason"?: string;
  "message"?: string;
  "data"?: { [key: string]: object; };
}

export interface UserConversationsEventMediaSummary {
  "contactCenter"?: UserConversationsEventMediaSummaryDetail;
  "enterprise"?: UserConversationsEventMediaSummaryDetail;
}

export interface UserConversationsEventMediaSummaryDetail {
  "active"?: number;
  "acw"?: number;
}

export interface UserConversationsEventUserConversationSummary {
  "userId"?: string;
  "call"?: UserConversationsEventMediaSummary;
  "callback"?: UserConversationsEventMediaSummary;
  "email"?: UserConversationsEventMediaSummary;
  "message"?: UserConversationsEventMediaSummary;
  "chat"?: UserConversationsEventMediaSummary;
  "socialExpression"?: UserConversationsEventMediaSummary;
  "video"?: UserConversationsEventMediaSummary;
}

export interface UserDetailsDatalakeAvailabilityTopicDataAvailabilityChangeNotification {
  "dataAvailabilityDate"?: string;
}

export interface UserEndDetailEventTopicUserEndEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "disconnectType"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "userId"?: string;
  "divisionId"?: string;
  "queueId"?: string;
  "interactingDurationMs"?: number;
  "heldDurationMs"?: number;
  "alertingDurationMs"?: number;
  "contactingDurationMs"?: number;
  "dialingDurationMs"?: number;
  "callbackDurationMs"?: number;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface UserGreetingEventGreeting {
  "id"?: string;
  "name"?: string;
  "type"?: string;
  "ownerType"?: string;
  "owner"?: UserGreetingEventGreetingOwner;
  "greetingAudioFile"?: UserGreetingEventGreetingAudioFile;
  "audioTTS"?: string;
}

export interface UserGreetingEventGreetingAudioFile {
  "durationMilliseconds"?: number;
  "sizeBytes"?: number;
}

export interface UserGreetingEventGreetingOwner {
  "id"?: string;
}

export interface UserRoutingStatusErrorInfo {
  "errorCode"?: string;
  "status"?: number;
  "correlationId"?: string;
  "userMessage"?: string;
  "userParamsMessage"?: string;
  "userParams"?: Array<UserRoutingStatusUserParam>;
}

export interface UserRoutingStatusRoutingStatus {
  "status"?: string;
  "startTime"?: string;
}

export interface UserRoutingStatusUserParam {
  "key"?: string;
  "value"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface UserRoutingStatusUserRoutingStatus {
  "id"?: string;
  "routingStatus"?: UserRoutingStatusRoutingStatus;
  "errorInfo"?: UserRoutingStatusErrorInfo;
}

export interface UserStartDetailEventTopicUserStartEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "userId"?: string;
  "divisionId"?: string;
  "queueId"?: string;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface UserStationChangeTopicUser {
  "id"?: string;
}

export interface UserStationChangeTopicUserStation {
  "id"?: string;
  "name"?: string;
  "associatedUser"?: UserStationChangeTopicUser;
}

export interface UserStationChangeTopicUserStations {
  "associatedStation"?: UserStationChangeTopicUserStation;
}

export interface UserTokensTopicTokenNotification {
  "user"?: UserTokensTopicUriReference;
  "ipAddress"?: string;
  "dateCreated"?: string;
  "tokenExpirationDate"?: string;
  "sessionId"?: string;
  "clientId"?: string;
  "tokenHash"?: string;
}

export interface UserTokensTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface V2ConversationMessageTypingEventForUserTopicConversationEventTyping {
  "type"?: string;
  "duration"?: number;
}

export interface V2ConversationMessageTypingEventForUserTopicConversationMessageEvent {
  "eventType"?: string;
  "typing"?: V2ConversationMessageTypingEventForUserTopicConversationEventTyping;
}

export interface V2ConversationMessageTypingEventForUserTopicConversationMessagingChannel {
  "id"?: string;
  "platform"?: string;
  "to"?: V2ConversationMessageTypingEventForUserTopicConversationMessagingToRecipient;
  "from"?: V2ConversationMessageTypingEventForUserTopicConversationMessagingFromRecipient;
  "time"?: string;
}

export interface V2ConversationMessageTypingEventForUserTopicConversationMessagingFromRecipient {
  "nickname"?: string;
  "id"?: string;
  "idType"?: string;
  "image"?: string;
  "firstName"?: string;
  "lastName"?: string;
  "email"?: string;
  "additionalIds"?: Array<V2ConversationMessageTypingEventForUserTopicConversationRecipientAdditionalIdentifier>;
}

export interface V2ConversationMessageTypingEventForUserTopicConversationMessagingToRecipient {
  "nickname"?: string;
  "id"?: string;
  "idType"?: string;
  "image"?: string;
  "firstName"?: string;
  "lastName"?: string;
  "email"?: string;
  "additionalIds"?: Array<V2ConversationMessageTypingEventForUserTopicConversationRecipientAdditionalIdentifier>;
}

export interface V2ConversationMessageTypingEventForUserTopicConversationNormalizedMessage {
  "channel"?: V2ConversationMessageTypingEventForUserTopicConversationMessagingChannel;
  "type"?: string;
  "events"?: Array<V2ConversationMessageTypingEventForUserTopicConversationMessageEvent>;
  "direction"?: string;
}

export interface V2ConversationMessageTypingEventForUserTopicConversationRecipientAdditionalIdentifier {
  "type"?: string;
  "value"?: string;
}

export interface V2ConversationMessageTypingEventForUserTopicMessageData {
  "conversationId"?: string;
  "normalizedMessage"?: V2ConversationMessageTypingEventForUserTopicConversationNormalizedMessage;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicConversationEventTyping {
  "type"?: string;
  "duration"?: number;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicConversationMessageEvent {
  "eventType"?: string;
  "typing"?: V2ConversationMessageTypingEventForWorkflowTopicConversationEventTyping;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicConversationMessagingChannel {
  "id"?: string;
  "platform"?: string;
  "to"?: V2ConversationMessageTypingEventForWorkflowTopicConversationMessagingToRecipient;
  "from"?: V2ConversationMessageTypingEventForWorkflowTopicConversationMessagingFromRecipient;
  "time"?: string;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicConversationMessagingFromRecipient {
  "nickname"?: string;
  "id"?: string;
  "idType"?: string;
  "image"?: string;
  "firstName"?: string;
  "lastName"?: string;
  "email"?: string;
  "additionalIds"?: Array<V2ConversationMessageTypingEventForWorkflowTopicConversationRecipientAdditionalIdentifier>;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicConversationMessagingToRecipient {
  "nickname"?: string;
  "id"?: string;
  "idType"?: string;
  "image"?: string;
  "firstName"?: string;
  "lastName"?: string;
  "email"?: string;
  "additionalIds"?: Array<V2ConversationMessageTypingEventForWorkflowTopicConversationRecipientAdditionalIdentifier>;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicConversationNormalizedMessage {
  "channel"?: V2ConversationMessageTypingEventForWorkflowTopicConversationMessagingChannel;
  "type"?: string;
  "events"?: Array<V2ConversationMessageTypingEventForWorkflowTopicConversationMessageEvent>;
  "direction"?: string;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicConversationRecipientAdditionalIdentifier {
  "type"?: string;
  "value"?: string;
}

export interface V2ConversationMessageTypingEventForWorkflowTopicMessageData {
  "conversationId"?: string;
  "normalizedMessage"?: V2ConversationMessageTypingEventForWorkflowTopicConversationNormalizedMessage;
}

export interface V2FlowExecutionDataFlowidTopicFlowErrorWarningInfo {
  "reason"?: string;
  "executionId"?: string;
  "objectId"?: string;
}

export interface V2FlowExecutionDataFlowidTopicFlowExecutionHistory {
  "executionId"?: string;
  "conversationId"?: string;
  "divisionId"?: string;
  "endDateTime"?: string;
  "endpoint"?: string;
  "errors"?: Array<V2FlowExecutionDataFlowidTopicFlowErrorWarningInfo>;
  "execution"?: Array<V2FlowExecutionDataFlowidTopicFlowExecutionItem>;
  "flowExitReason"?: string;
  "flowId"?: string;
  "flowIsDebug"?: boolean;
  "executionItemsTruncated"?: boolean;
  "flowType"?: string;
  "flowVersion"?: string;
  "messageType"?: string;
  "invokingContext"?: V2FlowExecutionDataFlowidTopicInvokingContextInfo;
  "startDateTime"?: string;
  "warnings"?: Array<V2FlowExecutionDataFlowidTopicFlowErrorWarningInfo>;
  "executionHistoryUri"?: string;
  "executionHistoryUriTtl"?: number;
}

export interface V2FlowExecutionDataFlowidTopicFlowExecutionItem {
  "objectType"?: string;
  "objectId"?: string;
  "outputPathId"?: string;
  "executionId"?: string;
  "startDateTime"?: string;
  "error"?: V2FlowExecutionDataFlowidTopicFlowErrorWarningInfo;
  "warning"?: V2FlowExecutionDataFlowidTopicFlowErrorWarningInfo;
  "languageTag"?: string;
}

export interface V2FlowExecutionDataFlowidTopicInvokingContextInfo {
  "flow"?: V2FlowExecutionDataFlowidTopicInvokingFlowContext;
  "journeyActionMap"?: V2FlowExecutionDataFlowidTopicInvokingJourneyActionMapContext;
  "processAutomation"?: V2FlowExecutionDataFlowidTopicInvokingProcessAutomationContext;
  "quality"?: V2FlowExecutionDataFlowidTopicInvokingQualityContext;
  "workitem"?: V2FlowExecutionDataFlowidTopicInvokingWorkitemContext;
}

export interface V2FlowExecutionDataFlowidTopicInvokingFlowContext {
  "flowExecutionId"?: string;
  "objectExecutionId"?: string;
}

export interface V2FlowExecutionDataFlowidTopicInvokingJourneyActionMapContext {
  "actionMapId"?: string;
  "actionId"?: string;
}

export interface V2FlowExecutionDataFlowidTopicInvokingProcessAutomationContext {
  "triggerId"?: string;
  "triggerName"?: string;
}

export interface V2FlowExecutionDataFlowidTopicInvokingQualityContext {
  "policyId"?: string;
  "policyName"?: string;
}

export interface V2FlowExecutionDataFlowidTopicInvokingWorkitemContext {
  "workitemId"?: string;
  "workitemName"?: string;
}

export interface V2IntegrationPresenceEventOrganizationPresence {
  "id"?: string;
  "systemPresence"?: string;
}

export interface V2IntegrationPresenceEventPresenceActivityEvent {
  "userId"?: string;
  "eventType"?: string;
  "source"?: string;
  "modifiedDate"?: string;
  "presenceDefinition"?: V2IntegrationPresenceEventOrganizationPresence;
  "message"?: string;
  "currentDisplaySourceId"?: string;
  "previousDisplaySourceId"?: string;
  "futurePresenceDefinition"?: V2IntegrationPresenceEventOrganizationPresence;
}

export interface V2MobiusAlertsTopicAddressableEntityRef {
  "id"?: string;
}

export interface V2MobiusAlertsTopicAlert {
  "rule"?: V2MobiusAlertsTopicAlertRuleProperties;
  "id"?: string;
  "userId"?: string;
  "notifications"?: Array<V2MobiusAlertsTopicAlertNotification>;
  "dateStart"?: string;
  "dateEnd"?: string;
  "conditions"?: V2MobiusAlertsTopicCondition;
  "additionalProperties"?: { [key: string]: string; };
  "active"?: boolean;
  "unread"?: boolean;
  "muted"?: boolean;
  "snoozed"?: boolean;
  "dateMutedUntil"?: string;
  "dateSnoozedUntil"?: string;
  "action"?: string;
  "alertSummary"?: V2MobiusAlertsTopicAlertSummary;
  "sendExitingAlarmNotification"?: boolean;
}

export interface V2MobiusAlertsTopicAlertNotification {
  "recipient"?: V2MobiusAlertsTopicAlertNotificationRecipient;
  "notificationTypes"?: Array<string>;
  "locale"?: string;
}

export interface V2MobiusAlertsTopicAlertNotificationRecipient {
  "userId"?: string;
  "displayName"?: string;
  "contactAddress"?: string;
}

export interface V2MobiusAlertsTopicAlertRuleProperties {
  "id"?: string;
  "name"?: string;
  "type"?: string;
}

export interface V2MobiusAlertsTopicAlertSummary {
  "entities"?: Array<V2MobiusAlertsTopicAlertSummaryEntity>;
  "conversation"?: V2MobiusAlertsTopicAddressableEntityRef;
  "metricType"?: string;
  "isTeamMemberRuleSummary"?: boolean;
  "teamMemberRuleSummary"?: boolean;
}

export interface V2MobiusAlertsTopicAlertSummaryEntity {
  "entityType"?: string;
  "user"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
  "group"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
  "queue"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
  "team"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
  "alerting"?: boolean;
}

export interface V2MobiusAlertsTopicAlertingAddressableEntityRef {
  "id"?: string;
  "displayName"?: string;
}

export interface V2MobiusAlertsTopicCondition {
  "id"?: string;
  "clauses"?: Array<V2MobiusAlertsTopicCondition>;
  "predicates"?: Array<V2MobiusAlertsTopicConditionRulePredicate>;
  "type"?: string;
}

export interface V2MobiusAlertsTopicConditionRulePredicate {
  "id"?: string;
  "entity"?: V2MobiusAlertsTopicEntityProperties;
  "metric"?: string;
  "metricType"?: string;
  "metricValueType"?: string;
  "value"?: number;
  "status"?: string;
  "mediaType"?: string;
  "topic"?: string;
  "characteristic"?: string;
  "comparisonOperator"?: string;
}

export interface V2MobiusAlertsTopicEntityProperties {
  "entityType"?: string;
  "user"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
  "group"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
  "queue"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
  "team"?: V2MobiusAlertsTopicAlertingAddressableEntityRef;
}

export interface V2MobiusRulesTopicAlertNotification {
  "recipient"?: V2MobiusRulesTopicAlertNotificationRecipient;
  "notificationTypes"?: Array<string>;
  "locale"?: string;
}

export interface V2MobiusRulesTopicAlertNotificationRecipient {
  "userId"?: string;
  "displayName"?: string;
  "contactAddress"?: string;
}

export interface V2MobiusRulesTopicAlertingAddressableEntityRef {
  "id"?: string;
  "displayName"?: string;
}

export interface V2MobiusRulesTopicCondition {
  "id"?: string;
  "clauses"?: Array<V2MobiusRulesTopicCondition>;
  "predicates"?: Array<V2MobiusRulesTopicConditionRulePredicate>;
  "type"?: string;
}

export interface V2MobiusRulesTopicConditionRulePredicate {
  "id"?: string;
  "entity"?: V2MobiusRulesTopicEntityProperties;
  "metric"?: string;
  "metricType"?: string;
  "metricValueType"?: string;
  "value"?: number;
  "status"?: string;
  "mediaType"?: string;
  "topic"?: string;
  "characteristic"?: string;
  "comparisonOperator"?: string;
}

export interface V2MobiusRulesTopicEntityProperties {
  "entityType"?: string;
  "user"?: V2MobiusRulesTopicAlertingAddressableEntityRef;
  "group"?: V2MobiusRulesTopicAlertingAddressableEntityRef;
  "queue"?: V2MobiusRulesTopicAlertingAddressableEntityRef;
  "team"?: V2MobiusRulesTopicAlertingAddressableEntityRef;
}

export interface V2MobiusRulesTopicRule {
  "id"?: string;
  "userId"?: string;
  "name"?: string;
  "type"?: string;
  "notifications"?: Array<V2MobiusRulesTopicAlertNotification>;
  "conditions"?: V2MobiusRulesTopicCondition;
  "enabled"?: boolean;
  "inAlarm"?: boolean;
  "action"?: string;
  "dateCreated"?: string;
  "sendExitingAlarmNotification"?: boolean;
  "waitBetweenNotificationMs"?: number;
}

export interface V2QueueObservationMetricCountData {
  "metric"?: string;
  "count"?: number;
  "calculatedMetricValue"?: number;
}

export interface V2QueueObservationMetricCountGroup {
  "mediaType"?: string;
  "data"?: Array<V2QueueObservationMetricCountData>;
}

export interface V2QueueObservationObservationCountNotification {
  "results"?: Array<V2QueueObservationMetricCountGroup>;
}

export interface V2ReprocessJobStateChangedTopicJobStateChanged {
  "organizationId"?: string;
  "jobId"?: string;
  "jobStatus"?: string;
  "processedInteractionsCount"?: number;
  "failedInteractionsCount"?: number;
  "totalInteractions"?: number;
}

export interface V2SessionConversationsSummarySettingsPreviewEventConversationFollowupAction {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface V2SessionConversationsSummarySettingsPreviewEventConversationReasonMessage {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface V2SessionConversationsSummarySettingsPreviewEventConversationResolutionMessage {
  "text"?: string;
  "description"?: string;
  "score"?: number;
}

export interface V2SessionConversationsSummarySettingsPreviewEventConversationSummaryExtractedEntity {
  "label"?: string;
  "value"?: string;
}

export interface V2SessionConversationsSummarySettingsPreviewEventConversationSummaryLabel {
  "name"?: string;
  "description"?: string;
  "type"?: string;
}

export interface V2SessionConversationsSummarySettingsPreviewEventConversationSummaryMessage {
  "text"?: string;
  "score"?: number;
}

export interface V2SessionConversationsSummarySettingsPreviewEventConversationSummarySettingsPreviewMessage {
  "createdDate"?: string;
  "summaryId"?: string;
  "sessionId"?: string;
  "userId"?: string;
  "summarySettingsId"?: string;
  "language"?: string;
  "mediaType"?: string;
  "summary"?: V2SessionConversationsSummarySettingsPreviewEventConversationSummaryMessage;
  "reason"?: V2SessionConversationsSummarySettingsPreviewEventConversationReasonMessage;
  "resolution"?: V2SessionConversationsSummarySettingsPreviewEventConversationResolutionMessage;
  "followupActions"?: Array<V2SessionConversationsSummarySettingsPreviewEventConversationFollowupAction>;
  "extractedEntities"?: Array<V2SessionConversationsSummarySettingsPreviewEventConversationSummaryExtractedEntity>;
  "labels"?: Array<V2SessionConversationsSummarySettingsPreviewEventConversationSummaryLabel>;
  "errorType"?: string;
  "durationMs"?: number;
}

export interface V2StaConversationCategoriesStaConversationCategoriesMessage {
  "organizationId"?: string;
  "conversationId"?: string;
  "mediaType"?: string;
  "transcriptIds"?: Array<string>;
  "categoryIds"?: Array<string>;
}

export interface V2StaEmpathyOverallTopicAgentEmpathyScore {
  "agentId"?: string;
  "overallEmpathyScore"?: number;
}

export interface V2StaEmpathyOverallTopicOverallEmpathyMessage {
  "conversationId"?: string;
  "queueIds"?: Array<string>;
  "divisionIds"?: Array<string>;
  "flowIds"?: Array<string>;
  "agents"?: Array<V2StaEmpathyOverallTopicAgentEmpathyScore>;
}

export interface V2StaSentimentOverallTopicOverallSentimentMessage {
  "conversationId"?: string;
  "sentimentOverallScore"?: number;
  "sentimentTrendScore"?: number;
  "queueIds"?: Array<string>;
  "divisionIds"?: Array<string>;
  "flowIds"?: Array<string>;
}

export interface V2StaTopicsDetectedTopicParticipant {
  "userId"?: string;
  "queueId"?: string;
  "divisionId"?: string;
  "purpose"?: string;
  "flowId"?: string;
}

export interface V2StaTopicsDetectedTopicTopicDetected {
  "participant"?: string;
  "topicId"?: string;
  "topicName"?: string;
}

export interface V2StaTopicsDetectedTopicTopicsDetectedMessage {
  "conversationId"?: string;
  "communicationId"?: string;
  "recordingId"?: string;
  "transcriptId"?: string;
  "mediaType"?: string;
  "programId"?: string;
  "topics"?: Array<V2StaTopicsDetectedTopicTopicDetected>;
  "participants"?: Array<V2StaTopicsDetectedTopicParticipant>;
}

export interface V2WebMessagingUndeliveredMessageTopicMessage {
  "id"?: string;
  "eventTimeMs"?: number;
}

export interface V2WebMessagingUndeliveredMessageTopicWebMessagingUndeliveredMessageEventBody {
  "conversationId"?: string;
  "deploymentId"?: string;
  "participantId"?: string;
  "externalContactId"?: string;
  "communicationId"?: string;
  "sessionExpiry"?: number;
  "messages"?: Array<V2WebMessagingUndeliveredMessageTopicMessage>;
  "eventTimeMs"?: number;
}

export interface V2WemEngagementCelebrationUpdatesTopicContestCompleteData {
  "dateEnd"?: string;
  "anonymization"?: string;
  "metrics"?: Array<V2WemEngagementCelebrationUpdatesTopicContestMetrics>;
  "prizes"?: Array<V2WemEngagementCelebrationUpdatesTopicContestPrizes>;
  "winners"?: Array<V2WemEngagementCelebrationUpdatesTopicContestWinners>;
}

export interface V2WemEngagementCelebrationUpdatesTopicContestMetrics {
  "id"?: string;
  "name"?: string;
}

export interface V2WemEngagementCelebrationUpdatesTopicContestPrizes {
  "tier"?: number;
  "name"?: string;
  "imageId"?: string;
}

export interface V2WemEngagementCelebrationUpdatesTopicContestWinners {
  "tier"?: number;
  "winnersCount"?: number;
  "contestScore"?: V2WemEngagementCelebrationUpdatesTopicContestWinnersScore;
  "users"?: Array<V2WemEngagementCelebrationUpdatesTopicContestWinnersUsers>;
}

export interface V2WemEngagementCelebrationUpdatesTopicContestWinnersScore {
  "score"?: number;
}

export interface V2WemEngagementCelebrationUpdatesTopicContestWinnersUsers {
  "id"?: string;
  "rank"?: number;
}

export interface V2WemEngagementCelebrationUpdatesTopicEngagementCelebration {
  "id"?: string;
  "recipient"?: V2WemEngagementCelebrationUpdatesTopicUserId;
  "createdBy"?: V2WemEngagementCelebrationUpdatesTopicUserId;
  "dateCreated"?: string;
  "type"?: string;
  "title"?: string;
  "note"?: string;
  "sourceEntity"?: V2WemEngagementCelebrationUpdatesTopicSourceEntity;
}

export interface V2WemEngagementCelebrationUpdatesTopicSourceEntity {
  "id"?: string;
  "type"?: string;
  "contestCompleteData"?: V2WemEngagementCelebrationUpdatesTopicContestCompleteData;
}

export interface V2WemEngagementCelebrationUpdatesTopicUserId {
  "id"?: string;
}

export interface V2WfmAgentOpportunityTopicAgentOpportunityNotification {
  "id"?: string;
  "businessUnitId"?: string;
  "organizationId"?: string;
  "agentIds"?: Array<string>;
  "opportunityStartDate"?: string;
  "opportunityEndDate"?: string;
  "openDate"?: string;
  "approvalType"?: string;
  "lengthMinutes"?: number;
  "deadlineDate"?: string;
  "activityCodeId"?: string;
  "name"?: string;
  "description"?: string;
  "closedDate"?: string;
  "status"?: string;
  "eventType"?: string;
  "denialCode"?: string;
  "reviewNote"?: string;
  "remainingSpaces"?: number;
}

export interface V2WfmMainForecastExportForecastEventMainForecastErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface V2WfmMainForecastExportForecastEventMainForecastExportNotification {
  "exportType"?: string;
  "businessUnitId"?: string;
  "id"?: string;
  "status"?: string;
  "downloadUrl"?: string;
  "error"?: V2WfmMainForecastExportForecastEventMainForecastErrorBody;
}

export interface V2WfmMainForecastExportHistoricalEventMainForecastErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface V2WfmMainForecastExportHistoricalEventMainForecastExportNotification {
  "exportType"?: string;
  "businessUnitId"?: string;
  "id"?: string;
  "status"?: string;
  "downloadUrl"?: string;
  "error"?: V2WfmMainForecastExportHistoricalEventMainForecastErrorBody;
}

export interface V2WfmMainForecastExportSnapshotEventMainForecastErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface V2WfmMainForecastExportSnapshotEventMainForecastExportNotification {
  "exportType"?: string;
  "businessUnitId"?: string;
  "id"?: string;
  "status"?: string;
  "downloadUrl"?: string;
  "error"?: V2WfmMainForecastExportSnapshotEventMainForecastErrorBody;
}

export interface V2WfmOpportunityTopicOpportunityNotification {
  "id"?: string;
  "businessUnitId"?: string;
  "organizationId"?: string;
  "opportunityStartDate"?: string;
  "opportunityEndDate"?: string;
  "openDate"?: string;
  "approvalType"?: string;
  "lengthMinutes"?: number;
  "deadlineDate"?: string;
  "activityCodeId"?: string;
  "name"?: string;
  "description"?: string;
  "createdDate"?: string;
  "publishedDate"?: string;
  "closedDate"?: string;
  "status"?: string;
  "eventType"?: string;
  "pendingCount"?: number;
  "withdrawnCount"?: number;
  "approvedCount"?: number;
  "deniedCount"?: number;
  "remainingSpaces"?: number;
}

export interface VideoConferenceUpdateTopicParticipantInfo {
  "activeParticipantCount"?: number;
  "version"?: number;
}

export interface VideoConferenceUpdateTopicVideoConference {
  "conversationId"?: string;
  "conferenceId"?: string;
  "participantInfo"?: VideoConferenceUpdateTopicParticipantInfo;
}

export interface VoicemailEndDetailEventTopicVoicemailEndEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "disconnectType"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "userId"?: string;
  "queueId"?: string;
  "divisionId"?: string;
  "voicemailDurationMs"?: number;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface VoicemailMessagesTopicOwner {
  "id"?: string;
}

export interface VoicemailMessagesTopicVoicemailCopyRecord {
  "user"?: VoicemailMessagesTopicOwner;
  "group"?: VoicemailMessagesTopicOwner;
}

export interface VoicemailMessagesTopicVoicemailMessage {
  "id"?: string;
  "read"?: boolean;
  "audioRecordingDurationSeconds"?: number;
  "audioRecordingSizeBytes"?: number;
  "createdDate"?: string;
  "modifiedDate"?: string;
  "createdDateString"?: string;
  "callerAddress"?: string;
  "callerName"?: string;
  "action"?: string;
  "note"?: string;
  "deleted"?: boolean;
  "modifiedByUserId"?: string;
  "copiedTo"?: Array<VoicemailMessagesTopicVoicemailCopyRecord>;
  "copiedFrom"?: VoicemailMessagesTopicVoicemailCopyRecord;
  "modifiedDateString"?: string;
}

export interface VoicemailStartDetailEventTopicVoicemailStartEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "userId"?: string;
  "queueId"?: string;
  "divisionId"?: string;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}

export interface WebDeploymentsConfigTopicWebMessagingConfigChangeEventBody {
  "id"?: string;
  "version"?: string;
  "status"?: string;
}

export interface WebDeploymentsDeploymentTopicWebMessagingConfigChangeEventBody {
  "id"?: string;
  "version"?: string;
  "status"?: string;
}

export interface WebDeploymentsDeploymentTopicWebMessagingDeploymentChangeEventBody {
  "id"?: string;
  "configuration"?: WebDeploymentsDeploymentTopicWebMessagingConfigChangeEventBody;
  "status"?: string;
}

export interface WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobComplete {
  "id"?: string;
  "attendeeIds"?: Array<string>;
  "facilitatorIds"?: Array<string>;
  "lengthInMinutes"?: number;
  "businessUnitId"?: string;
  "activityCodeId"?: string;
  "slotsType"?: string;
  "results"?: Array<WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobResults>;
}

export interface WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobResults {
  "interval"?: string;
  "status"?: string;
  "slot"?: WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobResultsSlot;
  "hasConflict"?: boolean;
}

export interface WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobResultsSlot {
  "dateStart"?: string;
  "schedule"?: WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobResultsSlotSchedule;
}

export interface WemCoachingScheduleSlotJobCompleteTopicCoachingScheduleSlotJobResultsSlotSchedule {
  "id"?: string;
  "weekDate"?: string;
  "weekCount"?: number;
}

export interface WemCoachingUserNotificationTopicCoachingAppointmentReference {
  "id"?: string;
}

export interface WemCoachingUserNotificationTopicCoachingUserNotification {
  "id"?: string;
  "name"?: string;
  "markedAsRead"?: boolean;
  "actionType"?: string;
  "relationship"?: string;
  "appointment"?: WemCoachingUserNotificationTopicCoachingAppointmentReference;
  "dateStart"?: string;
  "lengthInMinutes"?: number;
  "status"?: string;
}

export interface WfmActivityPlanJobCompleteTopicActivityPlanJobCompleteNotification {
  "id"?: string;
  "type"?: string;
  "activityPlan"?: WfmActivityPlanJobCompleteTopicActivityPlanReference;
  "status"?: string;
  "exceptions"?: Array<WfmActivityPlanJobCompleteTopicActivityPlanJobException>;
  "error"?: WfmActivityPlanJobCompleteTopicErrorBody;
}

export interface WfmActivityPlanJobCompleteTopicActivityPlanJobException {
  "exceptionType"?: string;
  "occurrences"?: Array<WfmActivityPlanJobCompleteTopicActivityPlanOccurrenceReference>;
}

export interface WfmActivityPlanJobCompleteTopicActivityPlanOccurrenceReference {
  "id"?: string;
  "sessions"?: Array<WfmActivityPlanJobCompleteTopicActivityPlanSessionReference>;
}

export interface WfmActivityPlanJobCompleteTopicActivityPlanReference {
  "id"?: string;
  "occurrences"?: Array<WfmActivityPlanJobCompleteTopicActivityPlanOccurrenceReference>;
}

export interface WfmActivityPlanJobCompleteTopicActivityPlanSessionReference {
  "id"?: string;
  "users"?: Array<WfmActivityPlanJobCompleteTopicUserReference>;
}

export interface WfmActivityPlanJobCompleteTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmActivityPlanJobCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmActivityPlanRunJobCompleteTopicActivityPlanJobCompleteNotification {
  "id"?: string;
  "type"?: string;
  "activityPlan"?: WfmActivityPlanRunJobCompleteTopicActivityPlanReference;
  "status"?: string;
  "exceptions"?: Array<WfmActivityPlanRunJobCompleteTopicActivityPlanJobException>;
  "error"?: WfmActivityPlanRunJobCompleteTopicErrorBody;
}

export interface WfmActivityPlanRunJobCompleteTopicActivityPlanJobException {
  "exceptionType"?: string;
  "occurrences"?: Array<WfmActivityPlanRunJobCompleteTopicActivityPlanOccurrenceReference>;
}

export interface WfmActivityPlanRunJobCompleteTopicActivityPlanOccurrenceReference {
  "id"?: string;
  "sessions"?: Array<WfmActivityPlanRunJobCompleteTopicActivityPlanSessionReference>;
}

export interface WfmActivityPlanRunJobCompleteTopicActivityPlanReference {
  "id"?: string;
  "occurrences"?: Array<WfmActivityPlanRunJobCompleteTopicActivityPlanOccurrenceReference>;
}

export interface WfmActivityPlanRunJobCompleteTopicActivityPlanSessionReference {
  "id"?: string;
  "users"?: Array<WfmActivityPlanRunJobCompleteTopicUserReference>;
}

export interface WfmActivityPlanRunJobCompleteTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmActivityPlanRunJobCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmAdherenceExplanationJobCompleteTopicAdherenceExplanationChangedNotification {
  "id"?: string;
  "agent"?: WfmAdherenceExplanationJobCompleteTopicUserReference;
  "managementUnit"?: WfmAdherenceExplanationJobCompleteTopicManagementUnit;
  "businessUnit"?: WfmAdherenceExplanationJobCompleteTopicBusinessUnit;
  "type"?: string;
  "status"?: string;
  "startDate"?: string;
  "lengthMinutes"?: number;
  "notes"?: string;
  "reviewedBy"?: WfmAdherenceExplanationJobCompleteTopicUserReference;
  "reviewedDate"?: string;
}

export interface WfmAdherenceExplanationJobCompleteTopicAdherenceExplanationJobNotification {
  "id"?: string;
  "type"?: string;
  "status"?: string;
  "adherenceExplanation"?: WfmAdherenceExplanationJobCompleteTopicAdherenceExplanationChangedNotification;
  "downloadUrl"?: string;
  "error"?: WfmAdherenceExplanationJobCompleteTopicErrorBody;
}

export interface WfmAdherenceExplanationJobCompleteTopicBusinessUnit {
  "id"?: string;
}

export interface WfmAdherenceExplanationJobCompleteTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmAdherenceExplanationJobCompleteTopicManagementUnit {
  "id"?: string;
}

export interface WfmAdherenceExplanationJobCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmAgentAdherenceExplanationChangedAgentTopicAdherenceExplanationChangedNotification {
  "id"?: string;
  "agent"?: WfmAgentAdherenceExplanationChangedAgentTopicUserReference;
  "managementUnit"?: WfmAgentAdherenceExplanationChangedAgentTopicManagementUnit;
  "businessUnit"?: WfmAgentAdherenceExplanationChangedAgentTopicBusinessUnit;
  "type"?: string;
  "status"?: string;
  "startDate"?: string;
  "lengthMinutes"?: number;
  "notes"?: string;
  "reviewedBy"?: WfmAgentAdherenceExplanationChangedAgentTopicUserReference;
  "reviewedDate"?: string;
}

export interface WfmAgentAdherenceExplanationChangedAgentTopicBusinessUnit {
  "id"?: string;
}

export interface WfmAgentAdherenceExplanationChangedAgentTopicManagementUnit {
  "id"?: string;
}

export interface WfmAgentAdherenceExplanationChangedAgentTopicUserReference {
  "id"?: string;
}

export interface WfmAgentAdherenceExplanationChangedBusinessUnitTopicAdherenceExplanationChangedNotification {
  "id"?: string;
  "agent"?: WfmAgentAdherenceExplanationChangedBusinessUnitTopicUserReference;
  "managementUnit"?: WfmAgentAdherenceExplanationChangedBusinessUnitTopicManagementUnit;
  "businessUnit"?: WfmAgentAdherenceExplanationChangedBusinessUnitTopicBusinessUnit;
  "type"?: string;
  "status"?: string;
  "startDate"?: string;
  "lengthMinutes"?: number;
  "notes"?: string;
  "reviewedBy"?: WfmAgentAdherenceExplanationChangedBusinessUnitTopicUserReference;
  "reviewedDate"?: string;
}

export interface WfmAgentAdherenceExplanationChangedBusinessUnitTopicBusinessUnit {
  "id"?: string;
}

export interface WfmAgentAdherenceExplanationChangedBusinessUnitTopicManagementUnit {
  "id"?: string;
}

export interface WfmAgentAdherenceExplanationChangedBusinessUnitTopicUserReference {
  "id"?: string;
}

export interface WfmAgentManagementUnitScheduleChangedTopicAgentMuScheduleChangedNotification {
  "agents"?: Array<WfmAgentManagementUnitScheduleChangedTopicAgentMuUserScheduleChanged>;
  "visibilityRange"?: WfmAgentManagementUnitScheduleChangedTopicAgentMuScheduleVisibilityRange;
}

export interface WfmAgentManagementUnitScheduleChangedTopicAgentMuScheduleVisibilityRange {
  "endBusinessUnitDate"?: string;
  "endDate"?: string;
}

export interface WfmAgentManagementUnitScheduleChangedTopicAgentMuUserScheduleChanged {
  "agentId"?: string;
  "startDate"?: string;
  "endDate"?: string;
}

export interface WfmAgentMuScheduleSearchCompleteTopicAgentMuScheduleSearchCompleteNotification {
  "operationId"?: string;
  "status"?: string;
  "downloadUrl"?: string;
  "error"?: WfmAgentMuScheduleSearchCompleteTopicErrorBody;
}

export interface WfmAgentMuScheduleSearchCompleteTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmAgentScheduleUpdateTopicAgentScheduleShiftUpdate {
  "type"?: string;
  "shiftStartDates"?: Array<string>;
}

export interface WfmAgentScheduleUpdateTopicAgentScheduleUpdateNotification {
  "user"?: WfmAgentScheduleUpdateTopicUserReference;
  "startDate"?: string;
  "endDate"?: string;
  "updates"?: Array<WfmAgentScheduleUpdateTopicAgentScheduleShiftUpdate>;
  "visibilityRange"?: WfmAgentScheduleUpdateTopicAgentScheduleVisibilityRange;
}

export interface WfmAgentScheduleUpdateTopicAgentScheduleVisibilityRange {
  "endBusinessUnitDate"?: string;
  "endDate"?: string;
}

export interface WfmAgentScheduleUpdateTopicUserReference {
  "id"?: string;
}

export interface WfmAlternativeShiftJobCompleteEventV3AlternativeShiftJobCompleteNotification {
  "id"?: string;
  "type"?: string;
  "status"?: string;
  "downloadUrl"?: string;
  "error"?: WfmAlternativeShiftJobCompleteEventV3ErrorBody;
}

export interface WfmAlternativeShiftJobCompleteEventV3ErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmBuIntradayDataUpdateTopicBuIntradayDataGroup {
  "mediaType"?: string;
  "forecastDataSummary"?: WfmBuIntradayDataUpdateTopicBuIntradayForecastData;
  "forecastDataPerInterval"?: Array<WfmBuIntradayDataUpdateTopicBuIntradayForecastData>;
  "scheduleDataSummary"?: WfmBuIntradayDataUpdateTopicBuIntradayScheduleData;
  "scheduleDataPerInterval"?: Array<WfmBuIntradayDataUpdateTopicBuIntradayScheduleData>;
  "performancePredictionDataSummary"?: WfmBuIntradayDataUpdateTopicIntradayPerformancePredictionData;
  "performancePredictionDataPerInterval"?: Array<WfmBuIntradayDataUpdateTopicIntradayPerformancePredictionData>;
}

export interface WfmBuIntradayDataUpdateTopicBuIntradayForecastData {
  "offered"?: number;
  "averageHandleTimeSeconds"?: number;
}

export interface WfmBuIntradayDataUpdateTopicBuIntradayNotification {
  "operationId"?: string;
  "result"?: WfmBuIntradayDataUpdateTopicBuIntradayResult;
}

export interface WfmBuIntradayDataUpdateTopicBuIntradayResult {
  "startDate"?: string;
  "endDate"?: string;
  "intervalLengthMinutes"?: number;
  "intradayDataGroupings"?: Array<WfmBuIntradayDataUpdateTopicBuIntradayDataGroup>;
  "categories"?: Array<string>;
  "noDataReason"?: string;
  "schedule"?: WfmBuIntradayDataUpdateTopicBuScheduleReference;
  "shortTermForecast"?: WfmBuIntradayDataUpdateTopicBuShortTermForecastReference;
}

export interface WfmBuIntradayDataUpdateTopicBuIntradayScheduleData {
  "onQueueTimeSeconds"?: number;
}

export interface WfmBuIntradayDataUpdateTopicBuScheduleReference {
  "id"?: string;
  "weekDate"?: string;
}

export interface WfmBuIntradayDataUpdateTopicBuShortTermForecastReference {
  "id"?: string;
  "weekDate"?: string;
  "description"?: string;
}

export interface WfmBuIntradayDataUpdateTopicIntradayPerformancePredictionData {
  "serviceLevelPercent"?: number;
  "averageSpeedOfAnswerSeconds"?: number;
  "occupancyPercent"?: number;
}

export interface WfmBuScheduleQueryResultTopicBuScheduleSearchResultNotification {
  "operationId"?: string;
  "businessUnitId"?: string;
  "downloadUrl"?: string;
}

export interface WfmBuScheduleRunTopicBuScheduleReference {
  "id"?: string;
  "weekDate"?: string;
}

export interface WfmBuScheduleRunTopicBuScheduleRun {
  "id"?: string;
  "percentComplete"?: number;
  "intradayRescheduling"?: boolean;
  "state"?: string;
  "weekCount"?: number;
  "schedule"?: WfmBuScheduleRunTopicBuScheduleReference;
  "schedulingCanceledBy"?: WfmBuScheduleRunTopicUserReference;
  "schedulingCompletedTime"?: string;
  "messageCount"?: number;
  "messageSeverityCounts"?: Array<WfmBuScheduleRunTopicSchedulerMessageSeverityCount>;
}

export interface WfmBuScheduleRunTopicBuSchedulingRunProgressNotification {
  "status"?: string;
  "operationId"?: string;
  "result"?: WfmBuScheduleRunTopicBuScheduleRun;
}

export interface WfmBuScheduleRunTopicSchedulerMessageSeverityCount {
  "severity"?: string;
  "count"?: number;
}

export interface WfmBuScheduleRunTopicUserReference {
  "id"?: string;
}

export interface WfmBuScheduleSearchResultTopicBuScheduleSearchResultNotification {
  "operationId"?: string;
  "businessUnitId"?: string;
  "downloadUrl"?: string;
}

export interface WfmBuScheduleTopicBuManagementUnitScheduleSummary {
  "managementUnit"?: WfmBuScheduleTopicManagementUnit;
  "startDate"?: string;
  "endDate"?: string;
  "agents"?: Array<WfmBuScheduleTopicUserReference>;
  "agentCount"?: number;
}

export interface WfmBuScheduleTopicBuScheduleGenerationResultSummary {
  "failed"?: boolean;
  "runId"?: string;
  "messageCount"?: number;
  "messageSeverityCounts"?: Array<WfmBuScheduleTopicSchedulerMessageSeverityCount>;
}

export interface WfmBuScheduleTopicBuScheduleMetadata {
  "id"?: string;
  "weekDate"?: string;
  "weekCount"?: number;
  "description"?: string;
  "published"?: boolean;
  "shortTermForecast"?: WfmBuScheduleTopicBuShortTermForecastReference;
  "managementUnits"?: Array<WfmBuScheduleTopicBuManagementUnitScheduleSummary>;
  "generationResults"?: WfmBuScheduleTopicBuScheduleGenerationResultSummary;
  "metadata"?: WfmBuScheduleTopicWfmVersionedEntityMetadata;
}

export interface WfmBuScheduleTopicBuScheduleNotification {
  "status"?: string;
  "operationId"?: string;
  "eventType"?: string;
  "result"?: WfmBuScheduleTopicBuScheduleMetadata;
}

export interface WfmBuScheduleTopicBuShortTermForecastReference {
  "id"?: string;
  "weekDate"?: string;
  "description"?: string;
}

export interface WfmBuScheduleTopicManagementUnit {
  "id"?: string;
}

export interface WfmBuScheduleTopicSchedulerMessageSeverityCount {
  "severity"?: string;
  "count"?: number;
}

export interface WfmBuScheduleTopicUserReference {
  "id"?: string;
}

export interface WfmBuScheduleTopicWfmVersionedEntityMetadata {
  "version"?: number;
  "modifiedBy"?: WfmBuScheduleTopicUserReference;
  "dateModified"?: string;
}

export interface WfmBuShortTermForecastCopyCompleteTopicBuForecastModification {
  "type"?: string;
  "startIntervalIndex"?: number;
  "endIntervalIndex"?: number;
  "metric"?: string;
  "legacyMetric"?: string;
  "value"?: number;
  "values"?: Array<WfmBuShortTermForecastCopyCompleteTopicModificationIntervalOffsetValue>;
  "secondaryValues"?: Array<WfmBuShortTermForecastCopyCompleteTopicModificationIntervalOffsetValue>;
  "enabled"?: boolean;
  "granularity"?: string;
  "secondaryGranularity"?: string;
  "displayGranularity"?: string;
  "planningGroupIds"?: Array<string>;
}

export interface WfmBuShortTermForecastCopyCompleteTopicBuShortTermForecast {
  "id"?: string;
  "weekDate"?: string;
  "creationMethod"?: string;
  "description"?: string;
  "legacy"?: boolean;
  "referenceStartDate"?: string;
  "sourceDays"?: Array<WfmBuShortTermForecastCopyCompleteTopicForecastSourceDayPointer>;
  "modifications"?: Array<WfmBuShortTermForecastCopyCompleteTopicBuForecastModification>;
  "timeZone"?: string;
  "planningGroupsVersion"?: number;
  "weekCount"?: number;
  "metadata"?: WfmBuShortTermForecastCopyCompleteTopicWfmVersionedEntityMetadata;
  "canUseForScheduling"?: boolean;
}

export interface WfmBuShortTermForecastCopyCompleteTopicBuShortTermForecastNotification {
  "status"?: string;
  "result"?: WfmBuShortTermForecastCopyCompleteTopicBuShortTermForecast;
  "operationId"?: string;
}

export interface WfmBuShortTermForecastCopyCompleteTopicForecastSourceDayPointer {
  "dayOfWeek"?: string;
  "weight"?: number;
  "date"?: string;
  "fileName"?: string;
  "dataKey"?: string;
}

export interface WfmBuShortTermForecastCopyCompleteTopicModificationIntervalOffsetValue {
  "intervalIndex"?: number;
  "value"?: number;
}

export interface WfmBuShortTermForecastCopyCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmBuShortTermForecastCopyCompleteTopicWfmVersionedEntityMetadata {
  "version"?: number;
  "modifiedBy"?: WfmBuShortTermForecastCopyCompleteTopicUserReference;
  "dateModified"?: string;
}

export interface WfmBuShortTermForecastGenerateProgressTopicBuForecastModification {
  "type"?: string;
  "startIntervalIndex"?: number;
  "endIntervalIndex"?: number;
  "metric"?: string;
  "legacyMetric"?: string;
  "value"?: number;
  "values"?: Array<WfmBuShortTermForecastGenerateProgressTopicModificationIntervalOffsetValue>;
  "secondaryValues"?: Array<WfmBuShortTermForecastGenerateProgressTopicModificationIntervalOffsetValue>;
  "enabled"?: boolean;
  "granularity"?: string;
  "secondaryGranularity"?: string;
  "displayGranularity"?: string;
  "planningGroupIds"?: Array<string>;
}

export interface WfmBuShortTermForecastGenerateProgressTopicBuShortTermForecast {
  "id"?: string;
  "weekDate"?: string;
  "creationMethod"?: string;
  "description"?: string;
  "legacy"?: boolean;
  "referenceStartDate"?: string;
  "sourceDays"?: Array<WfmBuShortTermForecastGenerateProgressTopicForecastSourceDayPointer>;
  "modifications"?: Array<WfmBuShortTermForecastGenerateProgressTopicBuForecastModification>;
  "timeZone"?: string;
  "planningGroupsVersion"?: number;
  "weekCount"?: number;
  "metadata"?: WfmBuShortTermForecastGenerateProgressTopicWfmVersionedEntityMetadata;
  "canUseForScheduling"?: boolean;
}

export interface WfmBuShortTermForecastGenerateProgressTopicForecastSourceDayPointer {
  "dayOfWeek"?: string;
  "weight"?: number;
  "date"?: string;
  "fileName"?: string;
  "dataKey"?: string;
}

export interface WfmBuShortTermForecastGenerateProgressTopicGenerateBuShortTermForecastProgressNotification {
  "status"?: string;
  "result"?: WfmBuShortTermForecastGenerateProgressTopicBuShortTermForecast;
  "operationId"?: string;
  "progress"?: number;
}

export interface WfmBuShortTermForecastGenerateProgressTopicModificationIntervalOffsetValue {
  "intervalIndex"?: number;
  "value"?: number;
}

export interface WfmBuShortTermForecastGenerateProgressTopicUserReference {
  "id"?: string;
}

export interface WfmBuShortTermForecastGenerateProgressTopicWfmVersionedEntityMetadata {
  "version"?: number;
  "modifiedBy"?: WfmBuShortTermForecastGenerateProgressTopicUserReference;
  "dateModified"?: string;
}

export interface WfmBuShortTermForecastImportCompleteTopicBuForecastModification {
  "type"?: string;
  "startIntervalIndex"?: number;
  "endIntervalIndex"?: number;
  "metric"?: string;
  "legacyMetric"?: string;
  "value"?: number;
  "values"?: Array<WfmBuShortTermForecastImportCompleteTopicModificationIntervalOffsetValue>;
  "secondaryValues"?: Array<WfmBuShortTermForecastImportCompleteTopicModificationIntervalOffsetValue>;
  "enabled"?: boolean;
  "granularity"?: string;
  "secondaryGranularity"?: string;
  "displayGranularity"?: string;
  "planningGroupIds"?: Array<string>;
}

export interface WfmBuShortTermForecastImportCompleteTopicBuShortTermForecast {
  "id"?: string;
  "weekDate"?: string;
  "creationMethod"?: string;
  "description"?: string;
  "legacy"?: boolean;
  "referenceStartDate"?: string;
  "sourceDays"?: Array<WfmBuShortTermForecastImportCompleteTopicForecastSourceDayPointer>;
  "modifications"?: Array<WfmBuShortTermForecastImportCompleteTopicBuForecastModification>;
  "timeZone"?: string;
  "planningGroupsVersion"?: number;
  "weekCount"?: number;
  "metadata"?: WfmBuShortTermForecastImportCompleteTopicWfmVersionedEntityMetadata;
  "canUseForScheduling"?: boolean;
}

export interface WfmBuShortTermForecastImportCompleteTopicBuShortTermForecastNotification {
  "status"?: string;
  "result"?: WfmBuShortTermForecastImportCompleteTopicBuShortTermForecast;
  "operationId"?: string;
}

export interface WfmBuShortTermForecastImportCompleteTopicForecastSourceDayPointer {
  "dayOfWeek"?: string;
  "weight"?: number;
  "date"?: string;
  "fileName"?: string;
  "dataKey"?: string;
}

export interface WfmBuShortTermForecastImportCompleteTopicModificationIntervalOffsetValue {
  "intervalIndex"?: number;
  "value"?: number;
}

export interface WfmBuShortTermForecastImportCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmBuShortTermForecastImportCompleteTopicWfmVersionedEntityMetadata {
  "version"?: number;
  "modifiedBy"?: WfmBuShortTermForecastImportCompleteTopicUserReference;
  "dateModified"?: string;
}

export interface WfmBuShortTermForecastStaffingRequirementsGenerateCompleteTopicBuForecastShortTermStaffingRequirementsNotification {
  "businessUnitId"?: string;
  "state"?: string;
  "forecast"?: WfmBuShortTermForecastStaffingRequirementsGenerateCompleteTopicBuShortTermForecastReference;
  "weekCount"?: number;
  "intervalLengthMinutes"?: number;
  "referenceStartDate"?: string;
  "results"?: Array<WfmBuShortTermForecastStaffingRequirementsGenerateCompleteTopicBuForecastShortTermStaffingRequirementsResults>;
}

export interface WfmBuShortTermForecastStaffingRequirementsGenerateCompleteTopicBuForecastShortTermStaffingRequirementsResults {
  "weekNumber"?: number;
  "downloadUrl"?: string;
  "downloadUrlExpirationDate"?: string;
}

export interface WfmBuShortTermForecastStaffingRequirementsGenerateCompleteTopicBuShortTermForecastReference {
  "id"?: string;
  "weekDate"?: string;
  "description"?: string;
}

export interface WfmBuShortTermForecastUpdateCompleteTopicBuForecastModification {
  "type"?: string;
  "startIntervalIndex"?: number;
  "endIntervalIndex"?: number;
  "metric"?: string;
  "legacyMetric"?: string;
  "value"?: number;
  "values"?: Array<WfmBuShortTermForecastUpdateCompleteTopicModificationIntervalOffsetValue>;
  "secondaryValues"?: Array<WfmBuShortTermForecastUpdateCompleteTopicModificationIntervalOffsetValue>;
  "enabled"?: boolean;
  "granularity"?: string;
  "secondaryGranularity"?: string;
  "displayGranularity"?: string;
  "planningGroupIds"?: Array<string>;
}

export interface WfmBuShortTermForecastUpdateCompleteTopicBuShortTermForecast {
  "id"?: string;
  "weekDate"?: string;
  "creationMethod"?: string;
  "description"?: string;
  "legacy"?: boolean;
  "referenceStartDate"?: string;
  "sourceDays"?: Array<WfmBuShortTermForecastUpdateCompleteTopicForecastSourceDayPointer>;
  "modifications"?: Array<WfmBuShortTermForecastUpdateCompleteTopicBuForecastModification>;
  "timeZone"?: string;
  "planningGroupsVersion"?: number;
  "weekCount"?: number;
  "metadata"?: WfmBuShortTermForecastUpdateCompleteTopicWfmVersionedEntityMetadata;
  "canUseForScheduling"?: boolean;
}

export interface WfmBuShortTermForecastUpdateCompleteTopicBuShortTermForecastNotification {
  "status"?: string;
  "result"?: WfmBuShortTermForecastUpdateCompleteTopicBuShortTermForecast;
  "operationId"?: string;
}

export interface WfmBuShortTermForecastUpdateCompleteTopicForecastSourceDayPointer {
  "dayOfWeek"?: string;
  "weight"?: number;
  "date"?: string;
  "fileName"?: string;
  "dataKey"?: string;
}

export interface WfmBuShortTermForecastUpdateCompleteTopicModificationIntervalOffsetValue {
  "intervalIndex"?: number;
  "value"?: number;
}

export interface WfmBuShortTermForecastUpdateCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmBuShortTermForecastUpdateCompleteTopicWfmVersionedEntityMetadata {
  "version"?: number;
  "modifiedBy"?: WfmBuShortTermForecastUpdateCompleteTopicUserReference;
  "dateModified"?: string;
}

export interface WfmBulkShiftTradeStateUpdateNotificationTopicBulkShiftTradeStateUpdateNotification {
  "status"?: string;
  "operationId"?: string;
  "result"?: WfmBulkShiftTradeStateUpdateNotificationTopicBulkShiftTradeStateUpdateResultListing;
  "weekDate"?: string;
}

export interface WfmBulkShiftTradeStateUpdateNotificationTopicBulkShiftTradeStateUpdateResult {
  "id"?: string;
  "state"?: string;
  "reviewedBy"?: WfmBulkShiftTradeStateUpdateNotificationTopicUserReference;
  "reviewedDate"?: string;
  "failureReason"?: string;
  "metadata"?: WfmBulkShiftTradeStateUpdateNotificationTopicWfmVersionedEntityMetadata;
}

export interface WfmBulkShiftTradeStateUpdateNotificationTopicBulkShiftTradeStateUpdateResultListing {
  "entities"?: Array<WfmBulkShiftTradeStateUpdateNotificationTopicBulkShiftTradeStateUpdateResult>;
}

export interface WfmBulkShiftTradeStateUpdateNotificationTopicUserReference {
  "id"?: string;
}

export interface WfmBulkShiftTradeStateUpdateNotificationTopicWfmVersionedEntityMetadata {
  "version"?: number;
  "modifiedBy"?: WfmBulkShiftTradeStateUpdateNotificationTopicUserReference;
  "dateModified"?: string;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicSecondaryPresenceReference {
  "id"?: string;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceActuals {
  "actualActivityCategory"?: string;
  "actualSecondaryPresenceId"?: string;
  "startOffsetSeconds"?: number;
  "endOffsetSeconds"?: number;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceAgentCalculationsCompleteNotification {
  "jobId"?: string;
  "queryState"?: string;
  "downloadUrls"?: Array<string>;
  "result"?: WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceAgentResult;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceAgentDayMetrics {
  "dayStartOffsetSeconds"?: number;
  "adherenceScheduleSeconds"?: number;
  "conformanceScheduleSeconds"?: number;
  "conformanceActualSeconds"?: number;
  "exceptionCount"?: number;
  "exceptionDurationSeconds"?: number;
  "actualLengthSeconds"?: number;
  "scheduleLengthSeconds"?: number;
  "impactSeconds"?: number;
  "adherencePercentage"?: number;
  "conformancePercentage"?: number;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceAgentResult {
  "user"?: WfmHistoricalAdherenceAgentCalculationsCompleteTopicUserReference;
  "startDate"?: string;
  "endDate"?: string;
  "calculationsCompletedDate"?: string;
  "targetAdherencePercentage"?: number;
  "adherencePercentage"?: number;
  "conformancePercentage"?: number;
  "impact"?: string;
  "exceptionInfo"?: Array<WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceExceptionInfo>;
  "dayMetrics"?: Array<WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceAgentDayMetrics>;
  "actuals"?: Array<WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceActuals>;
  "scheduledActivities"?: Array<WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceScheduledActivity>;
  "secondaryPresenceLookupItems"?: Array<WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmSecondaryPresenceLookupItem>;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceExceptionInfo {
  "startOffsetSeconds"?: number;
  "endOffsetSeconds"?: number;
  "scheduledActivityCodeId"?: string;
  "scheduledActivityCategory"?: string;
  "scheduledSecondaryPresenceLookupIds"?: Array<string>;
  "actualActivityCodeId"?: string;
  "actualActivityCategory"?: string;
  "systemPresence"?: string;
  "routingStatus"?: string;
  "impact"?: string;
  "secondaryPresenceLookupId"?: string;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmHistoricalAdherenceScheduledActivity {
  "activityCodeId"?: string;
  "startOffsetSeconds"?: number;
  "endOffsetSeconds"?: number;
}

export interface WfmHistoricalAdherenceAgentCalculationsCompleteTopicWfmSecondaryPresenceLookupItem {
  "lookupId"?: string;
  "secondaryPresence"?: WfmHistoricalAdherenceAgentCalculationsCompleteTopicSecondaryPresenceReference;
}

export interface WfmHistoricalAdherenceBulkCalculationsCompleteTopicWfmHistoricalAdherenceBulkCalculationsCompleteNotification {
  "id"?: string;
  "downloadUrls"?: Array<string>;
  "queryState"?: string;
}

export interface WfmHistoricalAdherenceCalculationsCompleteTopicWfmHistoricalAdherenceCalculationsCompleteNotice {
  "id"?: string;
  "downloadUrl"?: string;
  "downloadUrls"?: Array<string>;
  "queryState"?: string;
}

export interface WfmHistoricalDataImportPurgeCompleteTopicHistoricalDataDeleteEntity {
  "requestId"?: string;
  "status"?: string;
}

export interface WfmHistoricalDataImportPurgeCompleteTopicHistoricalDataDisallowedDeleteEntity {
  "requestId"?: string;
  "reason"?: string;
}

export interface WfmHistoricalDataImportPurgeCompleteTopicHistoricalDataPurgeRequestComplete {
  "id"?: string;
  "state"?: string;
  "entities"?: Array<WfmHistoricalDataImportPurgeCompleteTopicHistoricalDataDeleteEntity>;
  "disallowedEntities"?: Array<WfmHistoricalDataImportPurgeCompleteTopicHistoricalDataDisallowedDeleteEntity>;
}

export interface WfmHistoricalDataUploadPurgeRequestStatusTopicHistoricalDataUploadPurgeRequestUpdate {
  "status"?: string;
}

export interface WfmHistoricalDataUploadRequestStatusTopicHistoricalDataUploadRequestUpdate {
  "requestId"?: string;
  "dateImportStarted"?: string;
  "dateImportEnded"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "status"?: string;
  "error"?: string;
  "active"?: boolean;
  "type"?: string;
  "fileName"?: string;
  "fileSize"?: number;
}

export interface WfmHistoricalShrinkageCalculationsCompleteTopicHistoricalShrinkageCalculationsCompleteNotification {
  "operationId"?: string;
  "downloadUrls"?: Array<string>;
  "state"?: string;
}

export interface WfmIntegrationsHrisTimeOffTypesJobTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmIntegrationsHrisTimeOffTypesJobTopicHrisTimeOffType {
  "id"?: string;
  "name"?: string;
  "secondaryId"?: string;
}

export interface WfmIntegrationsHrisTimeOffTypesJobTopicHrisTimeOffTypesJobNotification {
  "id"?: string;
  "entities"?: Array<WfmIntegrationsHrisTimeOffTypesJobTopicHrisTimeOffType>;
  "status"?: string;
  "error"?: WfmIntegrationsHrisTimeOffTypesJobTopicErrorBody;
}

export interface WfmIntradayDataUpdateTopicIntradayDataGroup {
  "mediaType"?: string;
  "forecastDataPerInterval"?: Array<WfmIntradayDataUpdateTopicIntradayForecastData>;
  "scheduleDataPerInterval"?: Array<WfmIntradayDataUpdateTopicIntradayScheduleData>;
  "historicalAgentDataPerInterval"?: Array<WfmIntradayDataUpdateTopicIntradayHistoricalAgentData>;
  "historicalQueueDataPerInterval"?: Array<WfmIntradayDataUpdateTopicIntradayHistoricalQueueData>;
  "performancePredictionAgentDataPerInterval"?: Array<WfmIntradayDataUpdateTopicIntradayPerformancePredictionAgentData>;
  "performancePredictionQueueDataPerInterval"?: Array<WfmIntradayDataUpdateTopicIntradayPerformancePredictionQueueData>;
}

export interface WfmIntradayDataUpdateTopicIntradayDataUpdate {
  "startDate"?: string;
  "endDate"?: string;
  "intervalLengthMinutes"?: number;
  "numberOfIntervals"?: number;
  "metrics"?: Array<WfmIntradayDataUpdateTopicIntradayMetric>;
  "queueIds"?: Array<string>;
  "intradayDataGroupings"?: Array<WfmIntradayDataUpdateTopicIntradayDataGroup>;
}

export interface WfmIntradayDataUpdateTopicIntradayForecastData {
  "offered"?: number;
  "averageTalkTimeSeconds"?: number;
  "averageAfterCallWorkSeconds"?: number;
}

export interface WfmIntradayDataUpdateTopicIntradayHistoricalAgentData {
  "onQueueTimeSeconds"?: number;
  "interactingTimeSeconds"?: number;
}

export interface WfmIntradayDataUpdateTopicIntradayHistoricalQueueData {
  "offered"?: number;
  "completed"?: number;
  "answered"?: number;
  "abandoned"?: number;
  "averageTalkTimeSeconds"?: number;
  "averageAfterCallWorkSeconds"?: number;
  "serviceLevelPercent"?: number;
  "averageSpeedOfAnswerSeconds"?: number;
}

export interface WfmIntradayDataUpdateTopicIntradayMetric {
  "category"?: string;
  "version"?: string;
}

export interface WfmIntradayDataUpdateTopicIntradayPerformancePredictionAgentData {
  "interactingTimeSeconds"?: number;
}

export interface WfmIntradayDataUpdateTopicIntradayPerformancePredictionQueueData {
  "serviceLevelPercent"?: number;
  "averageSpeedOfAnswerSeconds"?: number;
  "numberOfInteractions"?: number;
}

export interface WfmIntradayDataUpdateTopicIntradayScheduleData {
  "onQueueTimeSeconds"?: number;
  "scheduledTimeSeconds"?: number;
}

export interface WfmMoveAgentsCompleteTopicManagementUnit {
  "id"?: string;
}

export interface WfmMoveAgentsCompleteTopicUserReference {
  "id"?: string;
}

export interface WfmMoveAgentsCompleteTopicWfmMoveAgentData {
  "user"?: WfmMoveAgentsCompleteTopicUserReference;
  "result"?: string;
}

export interface WfmMoveAgentsCompleteTopicWfmMoveAgentsComplete {
  "requestingUser"?: WfmMoveAgentsCompleteTopicUserReference;
  "destinationManagementUnit"?: WfmMoveAgentsCompleteTopicManagementUnit;
  "results"?: Array<WfmMoveAgentsCompleteTopicWfmMoveAgentData>;
}

export interface WfmMoveManagementUnitTopicBusinessUnit {
  "id"?: string;
}

export interface WfmMoveManagementUnitTopicMoveManagementUnitNotification {
  "businessUnit"?: WfmMoveManagementUnitTopicBusinessUnit;
  "status"?: string;
}

export interface WfmScheduleTopicWfmScheduleNotification {
  "status"?: string;
  "operationId"?: string;
  "downloadUrl"?: string;
  "percentComplete"?: number;
  "eventType"?: string;
}

export interface WfmShiftTradingJobCompleteEventErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmShiftTradingJobCompleteEventShiftTradingJobCompleteNotification {
  "id"?: string;
  "type"?: string;
  "status"?: string;
  "trade"?: WfmShiftTradingJobCompleteEventTradeEntity;
  "weekSummaries"?: WfmShiftTradingJobCompleteEventWeekSummaryList;
  "downloadUrl"?: string;
  "error"?: WfmShiftTradingJobCompleteEventErrorBody;
}

export interface WfmShiftTradingJobCompleteEventTradeEntity {
  "id"?: string;
  "state"?: string;
  "expirationDate"?: string;
  "acceptableIntervals"?: Array<WfmShiftTradingJobCompleteEventWfmDateTimeInterval>;
  "oneSided"?: boolean;
  "initiating"?: WfmShiftTradingJobCompleteEventTradeSide;
  "receiving"?: WfmShiftTradingJobCompleteEventTradeSide;
  "targetUserId"?: string;
  "reviewedBy"?: string;
  "reviewedDate"?: string;
  "metadata"?: WfmShiftTradingJobCompleteEventWfmVersionMetadata;
}

export interface WfmShiftTradingJobCompleteEventTradeShift {
  "scheduleId"?: string;
  "scheduleStartDate"?: string;
  "managementUnitId"?: string;
  "id"?: string;
  "startDate"?: string;
  "endDate"?: string;
  "weekDate"?: string;
}

export interface WfmShiftTradingJobCompleteEventTradeSide {
  "userId"?: string;
  "shift"?: WfmShiftTradingJobCompleteEventTradeShift;
  "reviewNote"?: string;
}

export interface WfmShiftTradingJobCompleteEventWeekSummary {
  "weekDate"?: string;
  "initiatingMatchedCount"?: number;
  "crossWeekReceivingMatchedCount"?: number;
}

export interface WfmShiftTradingJobCompleteEventWeekSummaryList {
  "weeks"?: Array<WfmShiftTradingJobCompleteEventWeekSummary>;
}

export interface WfmShiftTradingJobCompleteEventWfmDateTimeInterval {
  "startDate"?: string;
  "endDate"?: string;
}

export interface WfmShiftTradingJobCompleteEventWfmVersionMetadata {
  "version"?: number;
  "modifiedBy"?: string;
  "dateModified"?: string;
}

export interface WfmTimeOffBalanceJobTopicErrorBody {
  "status"?: number;
  "code"?: string;
  "message"?: string;
  "messageParams"?: { [key: string]: string; };
}

export interface WfmTimeOffBalanceJobTopicTimeOffBalance {
  "activityCodeId"?: string;
  "hrisTimeOffTypeId"?: string;
  "hrisTimeOffTypeSecondaryId"?: string;
  "startDate"?: string;
  "balanceMinutesPerDay"?: Array<number>;
}

export interface WfmTimeOffBalanceJobTopicTimeOffBalanceJobNotification {
  "id"?: string;
  "entities"?: Array<WfmTimeOffBalanceJobTopicTimeOffBalance>;
  "status"?: string;
  "error"?: WfmTimeOffBalanceJobTopicErrorBody;
}

export interface WfmTimeOffRequestUpdateTopicTimeOffRequestUpdate {
  "id"?: string;
  "user"?: WfmTimeOffRequestUpdateTopicUserReference;
  "isFullDayRequest"?: boolean;
  "markedAsRead"?: boolean;
  "activityCodeId"?: string;
  "paid"?: boolean;
  "status"?: string;
  "substatus"?: string;
  "partialDayStartDateTimes"?: Array<string>;
  "fullDayManagementUnitDates"?: Array<string>;
  "fullDayEarliestStartOffsetMinutes"?: Array<number>;
  "fullDayLatestEndOffsetMinutes"?: Array<number>;
  "dailyDurationMinutes"?: number;
  "durationMinutes"?: Array<number>;
  "payableMinutes"?: Array<number>;
  "notes"?: string;
  "reviewedDate"?: string;
  "reviewedBy"?: string;
  "submittedDate"?: string;
  "submittedBy"?: string;
  "modifiedDate"?: string;
  "modifiedBy"?: string;
}

export interface WfmTimeOffRequestUpdateTopicUserReference {
  "id"?: string;
}

export interface WfmUpdateAgentDetailsTopicWfmUpdateAgentDetailsComplete {
  "status"?: string;
}

export interface WfmUserNotificationTopicAdherenceExplanationNotification {
  "id"?: string;
  "agent"?: WfmUserNotificationTopicUserReference;
  "managementUnit"?: WfmUserNotificationTopicManagementUnit;
  "businessUnit"?: WfmUserNotificationTopicBusinessUnit;
  "startDate"?: string;
  "lengthMinutes"?: number;
  "status"?: string;
  "type"?: string;
  "notes"?: string;
}

export interface WfmUserNotificationTopicAlternativeShiftNotification {
  "id"?: string;
  "weekDate"?: string;
  "granularity"?: string;
  "newState"?: string;
  "initiatingUser"?: WfmUserNotificationTopicUserReference;
  "initiatingShiftDate"?: string;
  "receivingUser"?: WfmUserNotificationTopicUserReference;
  "receivingShiftDate"?: string;
}

export interface WfmUserNotificationTopicBusinessUnit {
  "id"?: string;
}

export interface WfmUserNotificationTopicManagementUnit {
  "id"?: string;
}

export interface WfmUserNotificationTopicShiftTradeNotification {
  "weekDate"?: string;
  "tradeId"?: string;
  "oneSided"?: boolean;
  "newState"?: string;
  "initiatingUser"?: WfmUserNotificationTopicUserReference;
  "initiatingShiftDate"?: string;
  "receivingUser"?: WfmUserNotificationTopicUserReference;
  "receivingShiftDate"?: string;
}

export interface WfmUserNotificationTopicTimeOffRequestNotification {
  "timeOffRequestId"?: string;
  "user"?: WfmUserNotificationTopicUserReference;
  "isFullDayRequest"?: boolean;
  "status"?: string;
  "partialDayStartDateTimes"?: Array<string>;
  "fullDayManagementUnitDates"?: Array<string>;
}

export interface WfmUserNotificationTopicUserReference {
  "id"?: string;
}

export interface WfmUserNotificationTopicWfmUserNotification {
  "id"?: string;
  "mutableGroupId"?: string;
  "timestamp"?: string;
  "type"?: string;
  "shiftTrade"?: WfmUserNotificationTopicShiftTradeNotification;
  "timeOffRequest"?: WfmUserNotificationTopicTimeOffRequestNotification;
  "adherenceExplanation"?: WfmUserNotificationTopicAdherenceExplanationNotification;
  "alternativeShift"?: WfmUserNotificationTopicAlternativeShiftNotification;
  "agentNotification"?: boolean;
  "otherNotificationIdsInGroup"?: Array<string>;
  "markedAsRead"?: boolean;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicActivityCodeReference {
  "id"?: string;
  "secondaryPresences"?: Array<WfmUserScheduleAdherenceUpdatedMuTopicSecondaryPresenceReference>;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicQueueReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicRealTimeAdherenceExplanation {
  "id"?: string;
  "startDate"?: string;
  "lengthMinutes"?: number;
  "status"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicSecondaryPresenceReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicUserNextActivityReminder {
  "activityCategory"?: string;
  "startDate"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicUserReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedMuTopicUserScheduleAdherenceUpdate {
  "user"?: WfmUserScheduleAdherenceUpdatedMuTopicUserReference;
  "managementUnitId"?: string;
  "businessUnitId"?: string;
  "team"?: WfmUserScheduleAdherenceUpdatedMuTopicUriReference;
  "scheduledActivityCategory"?: string;
  "scheduledActivityCode"?: WfmUserScheduleAdherenceUpdatedMuTopicActivityCodeReference;
  "systemPresence"?: string;
  "organizationSecondaryPresenceId"?: string;
  "routingStatus"?: string;
  "actualActivityCategory"?: string;
  "isOutOfOffice"?: boolean;
  "adherenceState"?: string;
  "impact"?: string;
  "adherenceExplanation"?: WfmUserScheduleAdherenceUpdatedMuTopicRealTimeAdherenceExplanation;
  "adherenceChangeTime"?: string;
  "presenceUpdateTime"?: string;
  "activeQueues"?: Array<WfmUserScheduleAdherenceUpdatedMuTopicQueueReference>;
  "activeQueuesModifiedTime"?: string;
  "removedFromManagementUnit"?: boolean;
  "suppressOnTimeReminder"?: boolean;
  "nextActivityReminders"?: Array<WfmUserScheduleAdherenceUpdatedMuTopicUserNextActivityReminder>;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicActivityCodeReference {
  "id"?: string;
  "secondaryPresences"?: Array<WfmUserScheduleAdherenceUpdatedTeamTopicSecondaryPresenceReference>;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicQueueReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicRealTimeAdherenceExplanation {
  "id"?: string;
  "startDate"?: string;
  "lengthMinutes"?: number;
  "status"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicSecondaryPresenceReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicUserNextActivityReminder {
  "activityCategory"?: string;
  "startDate"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicUserReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTeamTopicUserScheduleAdherenceUpdate {
  "user"?: WfmUserScheduleAdherenceUpdatedTeamTopicUserReference;
  "managementUnitId"?: string;
  "businessUnitId"?: string;
  "team"?: WfmUserScheduleAdherenceUpdatedTeamTopicUriReference;
  "scheduledActivityCategory"?: string;
  "scheduledActivityCode"?: WfmUserScheduleAdherenceUpdatedTeamTopicActivityCodeReference;
  "systemPresence"?: string;
  "organizationSecondaryPresenceId"?: string;
  "routingStatus"?: string;
  "actualActivityCategory"?: string;
  "isOutOfOffice"?: boolean;
  "adherenceState"?: string;
  "impact"?: string;
  "adherenceExplanation"?: WfmUserScheduleAdherenceUpdatedTeamTopicRealTimeAdherenceExplanation;
  "adherenceChangeTime"?: string;
  "presenceUpdateTime"?: string;
  "activeQueues"?: Array<WfmUserScheduleAdherenceUpdatedTeamTopicQueueReference>;
  "activeQueuesModifiedTime"?: string;
  "removedFromManagementUnit"?: boolean;
  "suppressOnTimeReminder"?: boolean;
  "nextActivityReminders"?: Array<WfmUserScheduleAdherenceUpdatedTeamTopicUserNextActivityReminder>;
}

export interface WfmUserScheduleAdherenceUpdatedTopicActivityCodeReference {
  "id"?: string;
  "secondaryPresences"?: Array<WfmUserScheduleAdherenceUpdatedTopicSecondaryPresenceReference>;
}

export interface WfmUserScheduleAdherenceUpdatedTopicQueueReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTopicRealTimeAdherenceExplanation {
  "id"?: string;
  "startDate"?: string;
  "lengthMinutes"?: number;
  "status"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTopicSecondaryPresenceReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTopicUriReference {
  "id"?: string;
  "name"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTopicUserNextActivityReminder {
  "activityCategory"?: string;
  "startDate"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTopicUserReference {
  "id"?: string;
}

export interface WfmUserScheduleAdherenceUpdatedTopicUserScheduleAdherenceUpdate {
  "user"?: WfmUserScheduleAdherenceUpdatedTopicUserReference;
  "managementUnitId"?: string;
  "businessUnitId"?: string;
  "team"?: WfmUserScheduleAdherenceUpdatedTopicUriReference;
  "scheduledActivityCategory"?: string;
  "scheduledActivityCode"?: WfmUserScheduleAdherenceUpdatedTopicActivityCodeReference;
  "systemPresence"?: string;
  "organizationSecondaryPresenceId"?: string;
  "routingStatus"?: string;
  "actualActivityCategory"?: string;
  "isOutOfOffice"?: boolean;
  "adherenceState"?: string;
  "impact"?: string;
  "adherenceExplanation"?: WfmUserScheduleAdherenceUpdatedTopicRealTimeAdherenceExplanation;
  "adherenceChangeTime"?: string;
  "presenceUpdateTime"?: string;
  "activeQueues"?: Array<WfmUserScheduleAdherenceUpdatedTopicQueueReference>;
  "activeQueuesModifiedTime"?: string;
  "removedFromManagementUnit"?: boolean;
  "suppressOnTimeReminder"?: boolean;
  "nextActivityReminders"?: Array<WfmUserScheduleAdherenceUpdatedTopicUserNextActivityReminder>;
}

export interface WhatsappCampaignScheduleConfigChangeAlteration {
  "type"?: string;
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface WhatsappCampaignScheduleConfigChangeRecurrencePattern {
  "type"?: string;
  "interval"?: number;
  "daysOfWeek"?: Array<string>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface WhatsappCampaignScheduleConfigChangeRecurrenceRange {
  "type"?: string;
  "end"?: string;
  "numberOfOccurrences"?: number;
  "additionalProperties"?: { [key: string]: object; };
}

export interface WhatsappCampaignScheduleConfigChangeScheduleInterval {
  "start"?: string;
  "end"?: string;
  "additionalProperties"?: { [key: string]: object; };
}

export interface WhatsappCampaignScheduleConfigChangeScheduleRecurrence {
  "id"?: string;
  "start"?: string;
  "end"?: string;
  "timeZone"?: string;
  "range"?: WhatsappCampaignScheduleConfigChangeRecurrenceRange;
  "pattern"?: WhatsappCampaignScheduleConfigChangeRecurrencePattern;
  "alterations"?: Array<WhatsappCampaignScheduleConfigChangeAlteration>;
  "additionalProperties"?: { [key: string]: object; };
}

export interface WhatsappCampaignScheduleConfigChangeUriReference {
  "id"?: string;
  "name"?: string;
}

export interface WhatsappCampaignScheduleConfigChangeWhatsAppCampaignSchedule {
  "intervals"?: Array<WhatsappCampaignScheduleConfigChangeScheduleInterval>;
  "recurrences"?: Array<WhatsappCampaignScheduleConfigChangeScheduleRecurrence>;
  "timeZone"?: string;
  "whatsAppCampaign"?: WhatsappCampaignScheduleConfigChangeUriReference;
  "additionalProperties"?: { [key: string]: object; };
  "id"?: string;
  "name"?: string;
  "dateCreated"?: string;
  "dateModified"?: string;
  "version"?: number;
}

export interface WorkPlanBiddingAdminNotificationTopicWorkPlanBiddingNotification {
  "id"?: string;
  "buId"?: string;
  "status"?: string;
  "bidType"?: string;
  "bidWindowStartDate"?: string;
  "bidWindowEndDate"?: string;
  "effectiveDate"?: string;
  "agentRankingType"?: string;
  "rankingTiebreakerType"?: string;
  "workPlanFieldsVisibleToAgents"?: Array<string>;
}

export interface WorkitemsEventsNotificationAssignmentSegment {
  "startState"?: string;
  "endState"?: string;
  "durationMs"?: number;
}

export interface WorkitemsEventsNotificationCustomAttribute {
  "dataType"?: string;
  "value"?: string;
}

export interface WorkitemsEventsNotificationDelta {
  "op"?: string;
  "field"?: string;
  "oldValue"?: string;
  "newValue"?: string;
}

export interface WorkitemsEventsNotificationPropertyChange {
  "property"?: string;
  "oldValues"?: Array<string>;
  "newValues"?: Array<string>;
}

export interface WorkitemsEventsNotificationScoredAgent {
  "id"?: string;
  "score"?: number;
}

export interface WorkitemsEventsNotificationSession {
  "type"?: string;
  "id"?: string;
  "status"?: string;
  "dateSessionStart"?: string;
  "dateSessionEnd"?: string;
  "assignmentSegments"?: Array<WorkitemsEventsNotificationAssignmentSegment>;
}

export interface WorkitemsEventsNotificationWorkitem {
  "id"?: string;
  "name"?: string;
  "typeId"?: string;
  "description"?: string;
  "languageId"?: string;
  "priority"?: number;
  "dateCreated"?: string;
  "dateModified"?: string;
  "dateDue"?: string;
  "dateExpires"?: string;
  "dateAssignmentStateChanged"?: string;
  "durationSeconds"?: number;
  "ttl"?: number;
  "statusId"?: string;
  "statusCategory"?: string;
  "dateClosed"?: string;
  "workbinId"?: string;
  "reporterId"?: string;
  "assigneeId"?: string;
  "externalContactId"?: string;
  "externalTag"?: string;
  "wrapupId"?: string;
  "modifiedBy"?: string;
  "operation"?: string;
  "changes"?: Array<WorkitemsEventsNotificationDelta>;
  "propertyChanges"?: Array<WorkitemsEventsNotificationPropertyChange>;
  "assignmentState"?: string;
  "assignmentId"?: string;
  "alertTimeoutSeconds"?: number;
  "queueId"?: string;
  "customFields"?: { [key: string]: WorkitemsEventsNotificationCustomAttribute; };
  "wrapup"?: WorkitemsEventsNotificationWrapup;
  "sessions"?: Array<WorkitemsEventsNotificationSession>;
  "skillIds"?: Array<string>;
  "scriptId"?: string;
  "workbinName"?: string;
  "typeName"?: string;
  "preferredAgentIds"?: Array<string>;
  "divisionId"?: string;
  "scoredAgents"?: Array<WorkitemsEventsNotificationScoredAgent>;
  "utilizationLabelId"?: string;
  "caseId"?: string;
}

export interface WorkitemsEventsNotificationWrapup {
  "code"?: string;
  "userId"?: string;
  "op"?: string;
  "action"?: string;
}

export interface WorkitemsQueueEventsNotificationAssignmentSegment {
  "startState"?: string;
  "endState"?: string;
  "durationMs"?: number;
}

export interface WorkitemsQueueEventsNotificationCustomAttribute {
  "dataType"?: string;
  "value"?: string;
}

export interface WorkitemsQueueEventsNotificationDelta {
  "op"?: string;
  "field"?: string;
  "oldValue"?: string;
  "newValue"?: string;
}

export interface WorkitemsQueueEventsNotificationPropertyChange {
  "property"?: string;
  "oldValues"?: Array<string>;
  "newValues"?: Array<string>;
}

export interface WorkitemsQueueEventsNotificationScoredAgent {
  "id"?: string;
  "score"?: number;
}

export interface WorkitemsQueueEventsNotificationSession {
  "type"?: string;
  "id"?: string;
  "status"?: string;
  "dateSessionStart"?: string;
  "dateSessionEnd"?: string;
  "assignmentSegments"?: Array<WorkitemsQueueEventsNotificationAssignmentSegment>;
}

export interface WorkitemsQueueEventsNotificationWorkitem {
  "id"?: string;
  "name"?: string;
  "typeId"?: string;
  "description"?: string;
  "languageId"?: string;
  "priority"?: number;
  "dateCreated"?: string;
  "dateModified"?: string;
  "dateDue"?: string;
  "dateExpires"?: string;
  "dateAssignmentStateChanged"?: string;
  "durationSeconds"?: number;
  "ttl"?: number;
  "statusId"?: string;
  "statusCategory"?: string;
  "dateClosed"?: string;
  "workbinId"?: string;
  "reporterId"?: string;
  "assigneeId"?: string;
  "externalContactId"?: string;
  "externalTag"?: string;
  "wrapupId"?: string;
  "modifiedBy"?: string;
  "operation"?: string;
  "changes"?: Array<WorkitemsQueueEventsNotificationDelta>;
  "propertyChanges"?: Array<WorkitemsQueueEventsNotificationPropertyChange>;
  "assignmentState"?: string;
  "assignmentId"?: string;
  "alertTimeoutSeconds"?: number;
  "queueId"?: string;
  "customFields"?: { [key: string]: WorkitemsQueueEventsNotificationCustomAttribute; };
  "wrapup"?: WorkitemsQueueEventsNotificationWrapup;
  "sessions"?: Array<WorkitemsQueueEventsNotificationSession>;
  "skillIds"?: Array<string>;
  "scriptId"?: string;
  "workbinName"?: string;
  "typeName"?: string;
  "preferredAgentIds"?: Array<string>;
  "divisionId"?: string;
  "scoredAgents"?: Array<WorkitemsQueueEventsNotificationScoredAgent>;
  "utilizationLabelId"?: string;
  "caseId"?: string;
}

export interface WorkitemsQueueEventsNotificationWrapup {
  "code"?: string;
  "userId"?: string;
  "op"?: string;
  "action"?: string;
}

export interface WorkitemsUserEventsNotificationAssignmentSegment {
  "startState"?: string;
  "endState"?: string;
  "durationMs"?: number;
}

export interface WorkitemsUserEventsNotificationCustomAttribute {
  "dataType"?: string;
  "value"?: string;
}

export interface WorkitemsUserEventsNotificationDelta {
  "op"?: string;
  "field"?: string;
  "oldValue"?: string;
  "newValue"?: string;
}

export interface WorkitemsUserEventsNotificationPropertyChange {
  "property"?: string;
  "oldValues"?: Array<string>;
  "newValues"?: Array<string>;
}

export interface WorkitemsUserEventsNotificationScoredAgent {
  "id"?: string;
  "score"?: number;
}

export interface WorkitemsUserEventsNotificationSession {
  "type"?: string;
  "id"?: string;
  "status"?: string;
  "dateSessionStart"?: string;
  "dateSessionEnd"?: string;
  "assignmentSegments"?: Array<WorkitemsUserEventsNotificationAssignmentSegment>;
}

export interface WorkitemsUserEventsNotificationWorkitem {
  "id"?: string;
  "name"?: string;
  "typeId"?: string;
  "description"?: string;
  "languageId"?: string;
  "priority"?: number;
  "dateCreated"?: string;
  "dateModified"?: string;
  "dateDue"?: string;
  "dateExpires"?: string;
  "dateAssignmentStateChanged"?: string;
  "durationSeconds"?: number;
  "ttl"?: number;
  "statusId"?: string;
  "statusCategory"?: string;
  "dateClosed"?: string;
  "workbinId"?: string;
  "reporterId"?: string;
  "assigneeId"?: string;
  "externalContactId"?: string;
  "externalTag"?: string;
  "wrapupId"?: string;
  "modifiedBy"?: string;
  "operation"?: string;
  "changes"?: Array<WorkitemsUserEventsNotificationDelta>;
  "propertyChanges"?: Array<WorkitemsUserEventsNotificationPropertyChange>;
  "assignmentState"?: string;
  "assignmentId"?: string;
  "alertTimeoutSeconds"?: number;
  "queueId"?: string;
  "customFields"?: { [key: string]: WorkitemsUserEventsNotificationCustomAttribute; };
  "wrapup"?: WorkitemsUserEventsNotificationWrapup;
  "sessions"?: Array<WorkitemsUserEventsNotificationSession>;
  "skillIds"?: Array<string>;
  "scriptId"?: string;
  "workbinName"?: string;
  "typeName"?: string;
  "preferredAgentIds"?: Array<string>;
  "divisionId"?: string;
  "scoredAgents"?: Array<WorkitemsUserEventsNotificationScoredAgent>;
  "utilizationLabelId"?: string;
  "caseId"?: string;
}

export interface WorkitemsUserEventsNotificationWrapup {
  "code"?: string;
  "userId"?: string;
  "op"?: string;
  "action"?: string;
}

export interface WrapupDetailEventTopicWrapupEvent {
  "eventTime"?: number;
  "conversationId"?: string;
  "participantId"?: string;
  "sessionId"?: string;
  "mediaType"?: string;
  "provider"?: string;
  "direction"?: string;
  "ani"?: string;
  "dnis"?: string;
  "addressTo"?: string;
  "addressFrom"?: string;
  "callbackUserName"?: string;
  "callbackNumbers"?: Array<string>;
  "callbackScheduledTime"?: number;
  "subject"?: string;
  "messageType"?: string;
  "queueId"?: string;
  "wrapupCode"?: string;
  "wrapupNotes"?: string;
  "wrapupDurationMs"?: number;
  "conversationExternalContactIds"?: Array<string>;
  "conversationExternalOrganizationIds"?: Array<string>;
  "utilizationLabel"?: string;
}
